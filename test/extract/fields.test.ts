import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../../src/extract/people.ts';
import { findPlaces } from '../../src/extract/places.ts';
import { monthFirstDate, resolveDate } from '../../src/extract/fields/date.ts';
import { readOverrides } from '../../src/extract/fields/overrides.ts';
import { detectLanguage } from '../../src/extract/language.ts';
import { countLetters, countSyllables } from '../../src/extract/letters.ts';
import { escapeMarkdown } from '../../src/extract/markdown.ts';
import { findDates, findLeadDate } from '../../src/extract/dates.ts';
import { extractRecord, leadOf } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import { PROSE } from '../helpers.ts';
import { readDateline } from '../../src/extract/rules/dateline.ts';

test('date: with no date in the text, the day the file\'s name or folders give, with a warning', () => {
  const text = ['Bắt giữ đối tượng trộm cắp', PROSE, 'Minh Anh'].join('\n');
  for (const file of ['2024-03-07-bat-giu.txt', '2024/03/07/bat-giu.txt', '20240307_bat-giu.txt']) {
    const extraction = extractRecord(readSource(file, Buffer.from(text)));
    assert.equal(extraction.record?.date, '2024-03-07', file);
    assert.equal(extraction.record?.dateInferred, true, file);
    assert.match(extraction.diagnostics.find((d) => d.code === 'date-inferred')?.message ?? '', /file's name/);
  }
});

test('date: a date in the text beats the file\'s name; a year or a number in the name gives none (negative)', () => {
  const dated = ['Bắt giữ đối tượng trộm cắp', '05/03/2024 08:00', PROSE, 'Minh Anh'].join('\n');
  assert.equal(extractRecord(readSource('2024-03-07-bat-giu.txt', Buffer.from(dated))).record?.date, '2024-03-05T08:00:00+07:00');
  const undated = ['Bắt giữ đối tượng trộm cắp', PROSE, 'Minh Anh'].join('\n');
  for (const file of ['bat-giu-2024.txt', 'tin-123456789.txt', '2024-13-45-x.txt']) {
    assert.equal(extractRecord(readSource(file, Buffer.from(undated))).record, null, file);
  }
});

test("date: with no date in the text, the day the page's own address names, printed with the copy: a permalink's date at the top, a paper's article number that opens with the minute it was published in the source line; a link in the text, or an address with no date, gives none (negative)", () => {
  const article = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(lines.join('\n'))));
  const top = article('https://congan.hatinh.gov.vn/2026/12/07/bat-giu-doi-tuong/', 'Bắt giữ đối tượng trộm cắp', PROSE, 'Minh Anh');
  assert.deepEqual([top.record?.date, top.record?.dateInferred], ['2026-12-07', true]);
  assert.match(top.diagnostics.find((d) => d.code === 'date-inferred')?.message ?? '', /address/);
  const numbered = article('Bắt giữ đối tượng trộm cắp', PROSE, PROSE, 'Nguồn: https://dantri.com.vn/phap-luat/bat-giu-doi-tuong-20261207102034567.htm');
  assert.equal(numbered.record?.date, '2026-12-07T10:20:00+07:00');
  assert.equal(article('Bắt giữ đối tượng trộm cắp', `${PROSE} Xem tại https://example.vn/2025/01/02/tin-cu/.`, PROSE, 'Minh Anh').record, null);
  assert.equal(article('Bắt giữ đối tượng trộm cắp', PROSE, PROSE, 'Nguồn: https://baohatinh.vn/bat-giu-doi-tuong-post312345.html').record, null);
  // A date in the text beats the address's.
  assert.equal(article('https://congan.hatinh.gov.vn/2026/12/07/bat-giu-doi-tuong/', 'Bắt giữ đối tượng trộm cắp', '05/12/2026 08:00', PROSE).record?.date, '2026-12-05T08:00:00+07:00');
});

test("date: with no date line, the day a bulletin's title names ('Bản tin truyền thanh ngày 7/12/2026'), with a warning; a week's range, or a day long past that the text's dates outrun, dates nothing (negative)", () => {
  const article = (title: string, ...text: string[]) => extractRecord(readSource('a.txt', Buffer.from([title, ...text].join('\n'))));
  const bulletin = article('Bản tin truyền thanh ngày 7/12/2026', 'Kính thưa bà con!', '1. UBND xã đã tổ chức hội nghị ngày 5/12 để triển khai kế hoạch sản xuất vụ Xuân với sự tham gia của các thôn.', 'Trạm Y tế xã thông báo lịch tiêm chủng cho trẻ em vào ngày 10/12/2026.');
  assert.deepEqual([bulletin.record?.date, bulletin.record?.dateInferred], ['2026-12-07', true]);
  assert.match(bulletin.diagnostics.find((d) => d.code === 'date-inferred')?.message ?? '', /title/);
  assert.equal(article('Bản tin an ninh trật tự tuần từ 30/11 đến 6/12/2026', PROSE).record, null);
  assert.equal(article('Nhớ mãi chiến thắng Điện Biên Phủ 7/5/1954', PROSE, 'Năm 2026, tỉnh tổ chức nhiều hoạt động kỷ niệm.').record, null);
  // A title's date the text does not bear out (it reports no day of the week before) dates nothing either.
  assert.equal(article('Bản tin truyền thanh ngày 7/12/2026', PROSE, PROSE).record, null);
});

test("date: a lead's day and month take the year that puts the body's dates before it, or in the month after it (what it announces, 'vào ngày 10/12/2026'), nearest; not the next year, which puts them eleven months before", () => {
  const lead = { text: 'Ngày 5/12, UBND xã tổ chức hội nghị triển khai kế hoạch tiêm chủng mở rộng cho trẻ em trên địa bàn.', line: 3 };
  const resolved = resolveDate(undefined, undefined, [lead, { text: 'Trạm Y tế xã sẽ tổ chức tiêm chủng vào ngày 10/12/2026 tại hội trường thôn.', line: 4 }]);
  assert.deepEqual([resolved.date, resolved.inferred], [{ year: 2026, month: 12, day: 5 }, true]);
});

test("date: the lead is the first paragraph that reads as text: a short line over it that no rule knew ('Góc nhìn chuyên gia') dates nothing, and the lead under it dates the page; under a deck with no date, the paragraph that opens the text dates it; a paragraph further down is the story's, not the page's (negative)", () => {
  const lead = { text: 'Sáng 15/7/2023, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.', line: 4 };
  assert.deepEqual(resolveDate(undefined, undefined, [{ text: 'Góc nhìn chuyên gia', line: 3 }, lead]).date, { year: 2023, month: 7, day: 15 });
  const deck = { text: 'Công an tỉnh vừa tổ chức hội nghị sơ kết công tác phòng cháy, chữa cháy.', line: 3 };
  const underDeck = resolveDate(undefined, undefined, [deck, lead]);
  assert.deepEqual([underDeck.date, underDeck.inferred, underDeck.note?.rule], [{ year: 2023, month: 7, day: 15 }, false, 'lead-date']);
  assert.equal(resolveDate(undefined, undefined, [deck, { text: 'Hội nghị đã đánh giá kết quả công tác và đề ra nhiệm vụ thời gian tới.', line: 4 }, { ...lead, line: 5 }]).date, null);
});

test("date: a lead's day and month take their year from the photos' captions too, the article's text as the paragraphs are; with no year anywhere, none (negative)", () => {
  const lead = { text: 'Tối 2/9, Công an xã Hòa Phú phối hợp với Đoàn thanh niên đến tận nhà bàn giao căn cước cho người cao tuổi.', line: 3 };
  const caption = 'Cán bộ Công an xã làm thủ tục cấp căn cước cho người dân ngày 25/8/2022.';
  assert.deepEqual(resolveDate(undefined, undefined, [lead], { captions: [caption] }).date, { year: 2022, month: 9, day: 2 });
  assert.equal(resolveDate(undefined, undefined, [lead], { captions: ['Cán bộ Công an xã làm thủ tục cấp căn cước cho người dân.'] }).date, null);
});

test('date: a lead\'s day and month with no dated reference take the year the body names most, targets aside', () => {
  const lead = { text: 'Ngày 5-3, Bộ Công an tổ chức hội nghị triển khai công tác năm 2024 đến Công an các địa phương.', line: 3 };
  const more = { text: 'Năm 2024, lực lượng Công an phấn đấu hoàn thành các chỉ tiêu, hướng tới mục tiêu đến năm 2030 và tầm nhìn 2045.', line: 4 };
  const resolved = resolveDate(undefined, undefined, [lead, more]);
  assert.deepEqual(resolved.date, { year: 2024, month: 3, day: 5 });
  assert.equal(resolved.inferred, true);
  assert.match(resolved.note?.reason ?? '', /names most/);
});

test("date: a year the body names as a review's, a plan's or a comparison's says the article's year the way the season does: a year-end review (tổng kết) is held in December or into January, the next year's plan (phương hướng, triển khai nhiệm vụ) is set in November or December, and a figure compared with a past year (so với cùng kỳ năm …) is the next year's", () => {
  const lead = (day: string) => ({ text: `Ngày ${day}, Công an huyện Đức Thọ tổ chức hội nghị tổng kết công tác năm 2026, triển khai phương hướng, nhiệm vụ năm 2027.`, line: 3 });
  assert.equal(resolveDate(undefined, undefined, [lead('20-12')]).date?.year, 2026);
  assert.equal(resolveDate(undefined, undefined, [lead('8-1')]).date?.year, 2027);
  const compared = { text: 'Ngày 5-7, Công an tỉnh cho biết 6 tháng đầu năm, tai nạn giao thông giảm 12% so với cùng kỳ năm 2023.', line: 3 };
  assert.equal(resolveDate(undefined, undefined, [compared]).date?.year, 2024);
  const both = { text: 'Ngày 5-7, Công an tỉnh sơ kết 6 tháng, tội phạm giảm 8% so với năm 2023, đạt 60% kế hoạch năm 2024 đề ra.', line: 3 };
  assert.equal(resolveDate(undefined, undefined, [both]).date?.year, 2024);
  // A year's own plan, finished in December, is that year's (negative: only forward-looking words move a year back).
  const finished = { text: 'Ngày 26-12, Công an tỉnh cho biết đã hoàn thành vượt kế hoạch năm 2026 về cấp căn cước.', line: 3 };
  assert.equal(resolveDate(undefined, undefined, [finished]).date?.year, 2026);
});

test('date: a month of a year in the body (tháng 1/2024) names the year too', () => {
  const lead = { text: 'Tối 7-3, Công an huyện Can Lộc cho biết đã triệt phá đường dây đánh bạc qua mạng, thu giữ nhiều tang vật.', line: 3 };
  const more = { text: 'Từ tháng 1/2024 đến nay, các đối tượng tổ chức cho hơn 100 người đánh bạc.', line: 4 };
  assert.deepEqual(resolveDate(undefined, undefined, [lead, more]).date, { year: 2024, month: 3, day: 7 });
  // A month as a target is not the article's year (negative).
  const target = { text: 'Công trình dự kiến hoàn thành đến tháng 6/2026.', line: 4 };
  assert.equal(resolveDate(undefined, undefined, [lead, target]).date, null);
});

test("date: a brief's closing date in brackets after its last sentence ('… tẩu thoát. (04/12)') dates it, its year from the body; other brackets there, or a date inside the text, give none (negative)", () => {
  const brief = { text: 'Công an thành phố Tuy Hòa vừa bắt giữ Lê Văn Thành. Trước đó, tối 3/12/2026, Thành đã giật điện thoại của một phụ nữ rồi tẩu thoát. (04/12)', line: 3 };
  const resolved = resolveDate(undefined, undefined, [brief]);
  assert.deepEqual([resolved.date, resolved.inferred, resolved.note?.rule], [{ year: 2026, month: 12, day: 4 }, true, 'closing-date']);
  assert.deepEqual(resolveDate(undefined, undefined, [{ text: 'Lực lượng chức năng đã tạm giữ đối tượng. (04/12/2026)', line: 3 }]).date, { year: 2026, month: 12, day: 4 });
  for (const text of ['Vụ việc đang được điều tra, xử lý. (Theo TTXVN)', 'Vụ việc đang được điều tra (04/12/2026) theo quy định.', 'Đối tượng Lê Văn Thành (SN 2001).']) assert.equal(resolveDate(undefined, undefined, [{ text, line: 3 }]).date, null, text);
});

test('date: a lead\'s day and month with no year named anywhere give no date (negative)', () => {
  const lead = { text: 'Ngày 5-3, Bộ Công an tổ chức hội nghị triển khai công tác đến Công an các địa phương.', line: 3 };
  assert.equal(resolveDate(undefined, undefined, [lead]).date, null);
  const targetsOnly = { text: 'Ngày 5-3, Bộ Công an phổ biến chiến lược đến năm 2030, tầm nhìn 2045.', line: 3 };
  assert.equal(resolveDate(undefined, undefined, [targetsOnly]).date, null);
  const span = { text: 'Ngày 5-3, Bộ Công an phổ biến đề án giai đoạn 2021 - 2025.', line: 3 };
  assert.equal(resolveDate(undefined, undefined, [span]).date, null);
});

test('people: names after ranks and titles', () => {
  const text = 'Thượng tướng Trần Quốc Tỏ - Ủy viên Trung ương Đảng; đồng chí Phạm Văn Hiểu, Phó Bí thư; Thiếu tướng Nguyễn Văn Thuận và Thứ trưởng Lê Quý Vương.';
  assert.deepEqual(findPeople(text), ['Trần Quốc Tỏ', 'Phạm Văn Hiểu', 'Nguyễn Văn Thuận', 'Lê Quý Vương']);
});

test("people: students, teachers, patients and a professional soldier are named after what they are; a school named after a person is no one here (negative)", () => {
  const text = 'Giải Nhất thuộc về sinh viên Nguyễn Đức Anh; giáo viên Hoàng Thu Hà, bệnh nhân Lò Văn Páo và Đại úy QNCN Trần Minh Đức. Học sinh Trường THCS Lê Lợi dự lễ.';
  assert.deepEqual(findPeople(text), ['Nguyễn Đức Anh', 'Hoàng Thu Hà', 'Lò Văn Páo', 'Trần Minh Đức']);
});

test("people: a name of five words (an Ê Đê name, a double surname with a long given name) is read whole; a body's name right after a name, its words in lower case after its first, is no part of it (negative)", () => {
  const text = 'Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy, dự. Bà Huỳnh Lê Thị Ngọc Anh phát biểu. Đại úy Trần Văn Nam Công an xã Thiên Lộc báo cáo. Anh Nguyễn Công An nhận thưởng.';
  assert.deepEqual(findPeople(text), ['Y Thanh Hà Niê Kđăm', 'Huỳnh Lê Thị Ngọc Anh', 'Trần Văn Nam', 'Nguyễn Công An']);
});

test("people: named after what they were or are to their village (a fallen soldier, a village elder, a hero), as after a rank", () => {
  const text = 'Bà H\'Bia Mlô, mẹ của liệt sĩ Y Blôk Mlô, trò chuyện với trưởng bản Lò Văn Páo và Anh hùng Lực lượng vũ trang nhân dân Lê Mã Lương.';
  assert.deepEqual(findPeople(text), ["H'Bia Mlô", 'Y Blôk Mlô', 'Lò Văn Páo', 'Lê Mã Lương']);
});

test('people: highland surnames, and a reader who asks', () => {
  const text = 'Thượng tá Rơ Châm Ny, Phó Giám đốc; Trung tá Ksor Y Phơn và bạn đọc Nguyễn Văn Hùng (Thanh Hóa) hỏi.';
  assert.deepEqual(findPeople(text), ['Rơ Châm Ny', 'Ksor Y Phơn', 'Nguyễn Văn Hùng']);
});

test('people: surnames of the northern highlands (Hà Nhì, Dao, Mông, Thái); the verb "Bàn" opening a sentence is no name (negative)', () => {
  const text = 'Ông Pờ Xá Xe ở bản Thu Lũm, anh Tẩn Láo Lở, ông Chảo Ông Vàng, chị Lỳ Mó Pứ, ông Hạng A Tủa và bà Tòng Thị Ơn cho biết. Bàn giao nhà cho hộ nghèo.';
  assert.deepEqual(findPeople(text), ['Pờ Xá Xe', 'Tẩn Láo Lở', 'Chảo Ông Vàng', 'Lỳ Mó Pứ', 'Hạng A Tủa', 'Tòng Thị Ơn']);
});

test('people: surnames of western Nghệ An and Thanh Hóa (Thái, Khơ Mú), of the Tày and Nùng, and rarer Kinh ones; a town named like a surname is no name (negative)', () => {
  const text = 'Ông Lô Văn Minh, Chủ tịch UBND huyện Tương Dương; Bí thư Huyện ủy Sầm Văn Bình; anh Moong Văn Tình; Đại tá Vy Văn Thành và Thiếu tá Nhữ Văn Tâm dự. Ngân hàng Chính sách xã hội cho vay.';
  assert.deepEqual(findPeople(text), ['Lô Văn Minh', 'Sầm Văn Bình', 'Moong Văn Tình', 'Vy Văn Thành', 'Nhữ Văn Tâm']);
});

test('people: Ê Đê names with their prefix, and police words before a name', () => {
  const text = "Bà H'Bia Niê và anh Y Kô Byă cho biết; đối tượng Nguyễn Văn Hùng và bị can Lê Văn Tư đã bị bắt.";
  assert.deepEqual(findPeople(text), ["H'Bia Niê", 'Y Kô Byă', 'Nguyễn Văn Hùng', 'Lê Văn Tư']);
});

test('people: a name at the end of a line does not run on into the next one (negative)', () => {
  assert.deepEqual(findPeople('Truy nã đối tượng Nguyễn Văn Hùng\nCơ quan Cảnh sát điều tra thông báo.'), ['Nguyễn Văn Hùng']);
});

test('people: organisations after titles are not people (negative)', () => {
  assert.deepEqual(findPeople('Giám đốc Công an tỉnh Hà Nam và Thứ trưởng Bộ Công an dự hội nghị.'), []);
});

test('people: a name after a title and the body it heads', () => {
  const text = 'Thứ trưởng Bộ Giáo dục và Đào tạo Hoàng Minh Sơn, Chủ tịch UBND tỉnh Võ Văn Hưng và Bí thư Thành đoàn Chu Hồng Minh dự lễ.';
  assert.deepEqual(findPeople(text), ['Hoàng Minh Sơn', 'Võ Văn Hưng', 'Chu Hồng Minh']);
});

test('people: given names that also open a unit or a rank (Lực, Trung, Trường) end a name only as that unit or rank', () => {
  const text = 'Ông Phạm Văn Lực, Chủ tịch UBND xã; Thiếu tá Nguyễn Văn Trung Lực lượng cơ động; ông Nguyễn Xuân Trường cho biết; Đại tá Lê Văn Đại Đại tá Hà Văn Cảnh dự.';
  assert.deepEqual(findPeople(text), ['Phạm Văn Lực', 'Nguyễn Văn Trung', 'Nguyễn Xuân Trường', 'Lê Văn Đại', 'Hà Văn Cảnh']);
});

test('people: a province ending a body\'s name is not a person, the name after it is (negative)', () => {
  assert.deepEqual(findPeople('Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp và Phó Chủ tịch UBND tỉnh Hà Giang dự hội nghị.'), ['Trần Văn Hiệp']);
});

test('people: a name before a birth year in brackets, as police reports name suspects', () => {
  const text = 'Công an bắt Nguyễn Văn Tuấn (SN 1988, trú tại Việt Trì), Lê Thị Hoa (sinh năm 1990) và Đỗ Văn Nam (1975, ở xã Tân Lập).';
  assert.deepEqual(findPeople(text), ['Nguyễn Văn Tuấn', 'Lê Thị Hoa', 'Đỗ Văn Nam']);
});

test('people: a name before an age in brackets, as national papers name suspects; a count in brackets is no age (negative)', () => {
  const text = 'Các bị can gồm Đỗ Quang Vinh (35 tuổi), Huỳnh Tấn Lộc (32 tuổi) và 2 đồng phạm, cùng ngụ TP Thủ Dầu Một.';
  assert.deepEqual(findPeople(text), ['Đỗ Quang Vinh', 'Huỳnh Tấn Lộc']);
  assert.deepEqual(findPeople('Giải Trần Hưng Đạo (35 đội) khai mạc.'), []);
});

test("people: a word after a title that folds like a body's name ('đối với', 'Đội') is not one, and the name after it is read once, whole (negative)", () => {
  assert.deepEqual(findPeople('Khởi tố bị can đối với Nguyễn Văn Hòa (SN 1990).'), ['Nguyễn Văn Hòa']);
});

test('people: after a trade (thuyền trưởng, ngư dân) or a religious title, a monk by his dharma name (Thích); Thái surnames (Cà, Điêu); a province opening with a surname is no one (negative)', () => {
  const text = 'Thuyền trưởng Vũ Văn Quyết, ngư dân Cà Văn Tư, Hòa thượng Thích Thanh Nhiễu và bà Điêu Thị Xuân; ngư dân Cà Mau, nông dân Bạc Liêu.';
  assert.deepEqual(findPeople(text), ['Vũ Văn Quyết', 'Cà Văn Tư', 'Thích Thanh Nhiễu', 'Điêu Thị Xuân']);
});

test('people: a year after a name that no adult was born in is not a birth year (negative)', () => {
  assert.deepEqual(findPeople('Giải thưởng Trần Hưng Đạo (2024) được trao tại Hà Nội.'), []);
});

test('people: full names with the usual middle name (Văn, Thị), wherever they stand, and a name after the Government\'s title', () => {
  assert.deepEqual(findPeople('Các đối tượng gồm: Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc. Theo lời khai của Lê Văn Bình, hắn mua ma túy.'), ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Thị Cúc', 'Lê Văn Bình']);
  assert.deepEqual(findPeople('Thủ tướng Chính phủ Phạm Minh Chính chủ trì.'), ['Phạm Minh Chính']);
});

test('people: a street, a school, a crossroads, an academy or a stadium named after a person is not a person (negative)', () => {
  assert.deepEqual(findPeople('Trên đường Nguyễn Thị Minh Khai, Trường THCS Lê Văn Tám, số 12 Nguyễn Văn Cừ, cầu Nguyễn Văn Trỗi và Giải thưởng Võ Văn Kiệt.'), []);
  assert.deepEqual(findPeople('Tại ngã tư Lê Hồng Phong, gần Học viện Nguyễn Đức Cảnh và sân vận động Trần Quốc Toản.'), []);
  // The academy (`Học viện`) folds as a trainee (`học viên`) does, a title before a name; as printed it is none.
  assert.deepEqual([findPeople('Học viên Lê Hải đạt giải'), findPeople('Học viện Lê Hải')], [['Lê Hải'], []]);
});

test("people: the other common middle names (Đức, Minh, Quang, Hữu …) make a full name as Văn and Thị do: the last of a list of suspects ('… và Ngô Quang Vinh'); two words after a surname are not enough (negative)", () => {
  assert.deepEqual(findPeople('Các bị can gồm: Trần Văn Long, Lê Thị Hoa và Ngô Quang Vinh.'), ['Trần Văn Long', 'Lê Thị Hoa', 'Ngô Quang Vinh']);
  assert.deepEqual(findPeople('Các đối tượng Nguyễn Đức Anh, Trần Minh Tuấn bị bắt.'), ['Nguyễn Đức Anh', 'Trần Minh Tuấn']);
  assert.deepEqual(findPeople('Đội bóng Quang Hải thi đấu tại Lê Minh.'), []);
});

test("places: a city whose name is also a given name or many communes' ('Vinh', 'Tân An') only after a city's word ('TP Vinh', 'thành phố Thuận An') or before an English one ('Vinh City'); an abbreviation's stop inside a name ('TP. HCM'); alone, the name is a person's or a commune's (negative)", () => {
  assert.deepEqual(findPlaces('Công an TP. Vinh phối hợp với thành phố Thuận An và TP. HCM'), ['Vinh', 'Thuận An', 'TP Hồ Chí Minh']);
  assert.deepEqual(findPlaces('ông Vinh cho biết, xã Tân An và Ngô Quang Vinh'), []);
  // An English text prints the city's word after the name.
  assert.deepEqual(findPlaces('from the border to Vinh City and Tan An City; Vinh said'), ['Vinh', 'Tân An']);
  assert.deepEqual(findPlaces('Officer Nguyen Van Vinh, Tan An ward'), []);
});

test('places: cities under a province, by their own names', () => {
  assert.deepEqual(findPlaces('chợ đêm Đà Lạt, thành phố Buôn Ma Thuột và TP Phan Rang - Tháp Chàm'), ['Đà Lạt', 'Buôn Ma Thuột', 'Phan Rang - Tháp Chàm']);
});

test("places: a province named with a dash is one name whatever the dash, spaced or not ('Bà Rịa-Vũng Tàu', 'BR-VT'), not its city's; two provinces joined by a dash stay two (negative)", () => {
  for (const printed of ['Công an tỉnh Bà Rịa-Vũng Tàu', 'tỉnh Bà Rịa – Vũng Tàu', 'BR-VT']) assert.deepEqual(findPlaces(printed), ['Bà Rịa - Vũng Tàu'], printed);
  assert.deepEqual(findPlaces('Hà Nam - Ninh Bình'), ['Hà Nam', 'Ninh Bình']);
});

test('places: names as English articles print them, without marks or in one word', () => {
  assert.deepEqual(findPlaces('Police in Ha Noi and Nghe An province, and in Danang and Ho Chi Minh City'), ['Hà Nội', 'Nghệ An', 'Đà Nẵng', 'TP Hồ Chí Minh']);
  assert.deepEqual(findPlaces('Hanoi, Haiphong and Saigon'), ['Hà Nội', 'Hải Phòng', 'TP Hồ Chí Minh']);
  // Lower case is a word, not a name.
  assert.deepEqual(findPlaces('the hue of long an evening'), []);
});

test("places: a name of two words that runs on in one capitalised word is part of a longer name ('Thái Bình Dương', the Pacific); a person's full name after it, and an English place's kind or body ('Quang Ninh Provincial Police'), leave it the place's (negative)", () => {
  assert.deepEqual(findPlaces('Olympic Tin học châu Á - Thái Bình Dương năm 2026'), []);
  assert.deepEqual(findPlaces('Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An phát biểu'), ['Thái Bình']);
  assert.deepEqual(findPlaces('Quang Ninh Provincial Police and Ha Long City'), ['Quảng Ninh', 'Hạ Long']);
  assert.deepEqual(findPlaces('Hanoi Police'), ['Hà Nội']);
});

test("places: names listed after a count of communes or districts ('các huyện Lệ Thủy, Quảng Ninh, Bố Trạch') are theirs; an address's last name after a commune's ('xã Thạch Đài, Thạch Hà, Hà Tĩnh'), and a list of provinces, are provinces (negative)", () => {
  assert.deepEqual(findPlaces('Các huyện Lệ Thủy, Quảng Ninh, Bố Trạch đã hoàn thành việc hỗ trợ.'), []);
  assert.deepEqual(findPlaces('Ba xã Thanh Hóa, Quảng Trị và Quảng Đông đạt chuẩn nông thôn mới.'), []);
  assert.deepEqual(findPlaces('Đối tượng trú tại xã Thạch Đài, Thạch Hà, Hà Tĩnh.'), ['Hà Tĩnh']);
  assert.deepEqual(findPlaces('Các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình'), ['Nghệ An', 'Hà Tĩnh', 'Quảng Bình']);
});

test('places: a province name after a surname is a person\'s given name (negative)', () => {
  assert.deepEqual(findPlaces('ông Lê Thái Bình và bà Phạm Nha Trang'), []);
});

test('places: a province\'s name after a commune\'s or district\'s word is theirs; a town or city of that name is the province\'s (negative)', () => {
  assert.deepEqual(findPlaces('Đàn voọc được phát hiện tại xã Thanh Hóa, huyện Tuyên Hóa, tỉnh Quảng Bình.'), ['Quảng Bình']);
  assert.deepEqual(findPlaces('Phường Hà Nam, thị xã Quảng Yên'), []);
  assert.deepEqual(findPlaces('thị xã Quảng Trị và thành phố Hà Tĩnh'), ['Quảng Trị', 'Hà Tĩnh']);
  assert.deepEqual(findPlaces('các cơ quan Hà Nội'), ['Hà Nội']);
});

test("places: a province's or city's name after a street's word ('Phố Huế', 'đường Hà Nội', 'ngõ Quảng Bình') is the street's; the city itself ('thành phố Huế') and a name that only follows a street's mention are places (negative)", () => {
  assert.deepEqual(findPlaces('các tuyến phố trọng điểm như Phố Huế, Bà Triệu; đường Hà Nội ở TP Thủ Đức, ngõ Quảng Bình và đại lộ Bình Dương'), ['Thủ Đức']);
  assert.deepEqual(findPlaces('thành phố Huế và đường vào Hà Nội, đường về Nghệ An'), ['Huế', 'Hà Nội', 'Nghệ An']);
});

test('places: provinces before and after 2025, aliases and tone placement', () => {
  assert.deepEqual(findPlaces('Công an TP Cần Thơ, tỉnh Thanh Hoá, TP.HCM và Thừa Thiên Huế'), ['Cần Thơ', 'Thanh Hóa', 'TP Hồ Chí Minh', 'Thừa Thiên Huế']);
  assert.deepEqual(findPlaces('Thành phố Huế sau sáp nhập'), ['Huế']);
});

test('places: a word that is part of a name is not a place (negative)', () => {
  assert.deepEqual(findPlaces('Chủ tịch Hồ Chí Minh và ông Nguyễn Văn Huế Anh'), []);
});

test('date: a day-month dateline with a weekday gets the first year on that weekday from the year the body names', () => {
  const paragraphs = [{ text: 'Ngày 15/4, Công an tỉnh bàn giao nhà. Chương trình được triển khai từ năm 2023.', line: 3 }];
  const resolved = resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 15, month: 4, weekday: 1 } });
  assert.deepEqual(resolved.date, { year: 2024, month: 4, day: 15 });
  assert.equal(resolved.inferred, true);
});

test('date: a weekday rules out the years of dated references it does not fall on', () => {
  // 1/6/2023 is a Thursday; 1/6/2024 a Saturday.
  const paragraphs = [{ text: 'Kế hoạch số 12 ngày 20/5/2023 và ngày 10/1/2024 của UBND tỉnh.', line: 3 }];
  assert.equal(resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 1, month: 6, weekday: 6 } }).date?.year, 2024);
  assert.equal(resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 1, month: 6, weekday: 4 } }).date?.year, 2023);
});

test('date: a day-month lead gets its year from the body, ignoring year ranges', () => {
  const paragraphs = [
    { text: 'Ngày 24-9, Đảng ủy quán triệt Thông tri số 01 ngày 19-9-2019 về đại hội nhiệm kỳ 2020-2025.', line: 5 },
    { text: PROSE, line: 7 },
  ];
  const resolved = resolveDate(undefined, undefined, paragraphs);
  assert.deepEqual(resolved.date, { year: 2019, month: 9, day: 24 });
  assert.equal(resolved.inferred, true);
});

test('date: a deadline in the future of the article does not decide the year (negative)', () => {
  const paragraphs = [{ text: 'Sáng 3/3, hội nghị bàn kế hoạch đã ban hành ngày 20-2-2023, phải hoàn thành trước ngày 31-12-2025.', line: 3 }];
  assert.deepEqual(resolveDate(undefined, undefined, paragraphs).date, { year: 2023, month: 3, day: 3 });
});

test('date: a date inside the lead that does not open it is not the lead date (negative)', () => {
  assert.equal(findLeadDate('Hội nghị được tổ chức theo kế hoạch ngày 24-9 của Bộ.'), null);
  assert.deepEqual(findLeadDate('Sáng 22/6, tại Hà Nội')?.day, 22);
});

test('date: an update date alone is the publication date; with both, the later is updated', () => {
  const d = { year: 2021, month: 9, day: 7 };
  assert.deepEqual(resolveDate(undefined, d, []).date, d);
  const u = { year: 2021, month: 9, day: 8 };
  assert.deepEqual(resolveDate(d, u, []), { date: d, updated: u, inferred: false, note: null });
});

test('overrides: valid fields apply; wrong types are reported with their line and skipped', () => {
  const { overrides, diagnostics } = readOverrides(
    { title: 'Tiêu đề', date: 'abc', views: -1, tags: 5, author: 'Ngọc Hậu', tittle: 'x', slug: 'Đường Số 1' },
    { title: 2, date: 3, views: 4, tags: 5, author: 6, tittle: 7, slug: 8 },
  );
  assert.deepEqual(overrides, { title: 'Tiêu đề', author: 'Ngọc Hậu', slug: 'duong-so-1' });
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['front-matter-type', 3], ['front-matter-type', 4], ['front-matter-type', 5], ['front-matter-unknown', 7]]);
});

test('overrides: dates in the forms editors type', () => {
  assert.equal(readOverrides({ date: '2022-10-17' }, {}).overrides.date, '2022-10-17');
  assert.equal(readOverrides({ date: '2022-10-17 04:44' }, {}).overrides.date, '2022-10-17T04:44:00+07:00');
  assert.equal(readOverrides({ date: '17/10/2022 04:44' }, {}).overrides.date, '2022-10-17T04:44:00+07:00');
  assert.equal(readOverrides({ date: '2022-10-17 04:44:30' }, {}).overrides.date, '2022-10-17T04:44:30+07:00');
  assert.equal(readOverrides({ date: '17/10/2022 04:44:30' }, {}).overrides.date, '2022-10-17T04:44:30+07:00');
});

test('language: Vietnamese and English', () => {
  assert.equal(detectLanguage(PROSE), 'vi');
  assert.equal(detectLanguage('The provincial police held a conference on Monday to review five years of work.'), 'en');
  // Border provinces publish in Lao and Khmer too: the script most letters are in names the language, not English.
  assert.equal(detectLanguage('ກອງບັນຊາການ ປ້ອງກັນ ຄວາມສະຫງົບ ແຂວງ ສະຫວັນນະເຂດ ໄດ້ຈັດກອງປະຊຸມ ສະຫຼຸບວຽກງານ ປະຈຳປີ 2023'), 'lo');
  assert.equal(detectLanguage('ក្រសួងមហាផ្ទៃ បានរៀបចំកិច្ចប្រជុំ ស្តីពីការងារសន្តិសុខ និងសណ្តាប់ធ្នាប់ សាធារណៈ'), 'km');
  // A few words in another script inside a Vietnamese or English text do not make it that language (negative).
  assert.equal(detectLanguage('The delegation of Savannakhet (ສະຫວັນນະເຂດ) police visited the province to discuss border security cooperation.'), 'en');
});

test('markdown: article text cannot become markup', () => {
  assert.equal(escapeMarkdown('<script>alert(1)</script>'), '\\<script\\>alert(1)\\</script\\>');
  assert.equal(escapeMarkdown('1. Không phải danh sách'), '1\\. Không phải danh sách');
  assert.equal(escapeMarkdown('# không phải tiêu đề'), '\\# không phải tiêu đề');
  assert.equal(escapeMarkdown('![](#figure-1)'), '!\\[\\](#figure-1)');
});

test('letters: syllables are runs of letters and digits; marked letters are told from plain ones', () => {
  assert.equal(countSyllables('Ngày 17/10/2022, Công an tỉnh Hà Nam — 3 đơn vị…'), 12);
  assert.equal(countSyllables(''), 0);
  assert.deepEqual(countLetters('Đảng ủy, ABC 12'), { letters: 9, marked: 3 });
});

test('dates: a two-digit year beside a time; alone it is a number, not a date (negative)', () => {
  assert.deepEqual(findDates('15/8/24 22:40').map((d) => [d.day, d.month, d.year]), [[15, 8, 2024]]);
  assert.deepEqual(findDates('22:40 - 15.08.98').map((d) => [d.day, d.month, d.year]), [[15, 8, 1998]]);
  assert.deepEqual(findDates('theo Quyết định số 15/8/24 của UBND tỉnh'), []);
});

test("dates: a two-digit year under a date's label ('Cập nhật: 20/11/24') or after its weekday; under another word it is a number (negative)", () => {
  assert.deepEqual(findDates('Cập nhật: 20/11/24').map((d) => [d.day, d.month, d.year]), [[20, 11, 2024]]);
  assert.deepEqual(findDates('Ngày đăng 05-03-98').map((d) => [d.day, d.month, d.year]), [[5, 3, 1998]]);
  assert.deepEqual(findDates('Thứ Hai, 07/12/26').map((d) => [d.day, d.month, d.year]), [[7, 12, 2026]]);
  assert.deepEqual(findDates('T2 - 07/12/26').map((d) => [d.day, d.month, d.year]), [[7, 12, 2026]]);
  assert.deepEqual(findDates('sau 2 lần, 07/12/26'), []);
  assert.deepEqual(findDates('Ký hiệu: 20/11/24'), []);
  assert.deepEqual(findDates('Mã số 20/11/24'), []);
});

test("dates: a two-digit year on a line of its own ('07/12/26') is a date; in a list of numbers it is not (negative). 'Tin đăng:' and 'Bài đăng lúc' label a date as 'Ngày đăng:' does", () => {
  assert.deepEqual(findDates('07/12/26').map((d) => [d.day, d.month, d.year]), [[7, 12, 2026]]);
  assert.deepEqual(findDates('Tỷ lệ 07/12/26 trên tổng số'), []);
  assert.deepEqual(findDates('Tin đăng: 07/12/26').map((d) => [d.day, d.month, d.year]), [[7, 12, 2026]]);
  assert.deepEqual(readDateline('Bài đăng lúc 09:12 ngày 07/12/2026')?.published, { year: 2026, month: 12, day: 7, hour: 9, minute: 12 });
});

test("dates: the lead's date after the paper's signature ('(CAPT) - Ngày 5/12/2026, …', 'HÀ NỘI – Sáng 5/12, …') dates a page with no dateline; a clause before a dash is no signature (negative)", () => {
  const found = (text: string) => { const m = findLeadDate(text); return m && [m.day, m.month, m.year ?? null, text.slice(m.start, m.end)]; };
  assert.deepEqual(found('(CAPT) - Ngày 5/12/2026, Công an huyện Thanh Sơn ra mắt mô hình.'), [5, 12, 2026, '5/12/2026']);
  assert.deepEqual(found('HÀ NỘI – Sáng 5/12, Công an thành phố tổ chức hội nghị.'), [5, 12, null, '5/12']);
  assert.equal(found('Tại hội nghị - Ngày 5/12, các đại biểu thảo luận.'), null);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình camera an ninh tại 3 xã vùng cao', `CAND - Ngày 5/12/2026, ${PROSE}`, PROSE, 'Hà Thu Trang'].join('\n')))).record;
  assert.equal(record?.date, '2026-12-05');
});

test("dates: the lead's date after the time of day it opens with ('Khoảng 2 giờ sáng 7/12/2026, …', 'Lúc 20h ngày 6/12, …', '20h30 ngày 6/12, …'); a count after 'Khoảng', or 'Lúc này', opens no date (negative)", () => {
  const found = (text: string) => { const m = findLeadDate(text); return m && [m.day, m.month, m.year ?? null]; };
  assert.deepEqual(found('Khoảng 2 giờ sáng 7/12/2026, một kho xưởng chứa gỗ bốc cháy.'), [7, 12, 2026]);
  assert.deepEqual(found('Lúc 14 giờ 30 phút ngày 5/12, tại xã Tân Phú xảy ra vụ tai nạn.'), [5, 12, null]);
  assert.deepEqual(found('Vào lúc 10 giờ 15 phút, ngày 5/12/2026, Công an huyện nhận tin báo.'), [5, 12, 2026]);
  assert.deepEqual(found('20h30 ngày 6/12, tổ công tác phát hiện xe tải chở hàng lậu.'), [6, 12, null]);
  assert.equal(found('Khoảng 200 người dân ngày 5/12 đã tham gia.'), null);
  assert.equal(found('Lúc này, ngày 5/12, đoàn công tác có mặt.'), null);
});

test('lead: the first paragraph, not a note in brackets above it', () => {
  assert.equal(leadOf(['(Bài 2 trong loạt bài "Chuyển đổi số ở cơ sở")', PROSE]), PROSE);
  assert.equal(leadOf(['(Chinhphu.vn) - Sáng nay, Thủ tướng chủ trì hội nghị.', PROSE]), '(Chinhphu.vn) - Sáng nay, Thủ tướng chủ trì hội nghị.');
});

test("date: on an English page, a date in digits that the text's months say was printed month first ('Updated: 12/05/2026' over a text that names December and never May) is read month first; on a Vietnamese page, or with the text naming May, it is read day first (negative)", () => {
  const english = 'A delegation of the Ministry of Public Security attended the 44th ASEANAPOL Conference in Kuala Lumpur, Malaysia from December 2 to 4, where the delegations discussed cooperation against transnational crime.';
  const page = (dateline: string, text: string) => extractRecord(readSource('a.txt', Buffer.from(['Vietnamese police delegation attends ASEANAPOL conference', dateline, text, text.replace('A delegation', 'The delegation'), 'By Minh Anh'].join('\n')))).record?.date;
  assert.equal(page('Updated: 12/05/2026 16:20', english), '2026-12-05T16:20:00+07:00');
  assert.equal(page('12/05/2026', english.replace('December', 'May')), '2026-05-12');
  assert.equal(page('05/12/2026', english), '2026-12-05');
  const vietnamese = 'Đoàn công tác của Bộ Công an đã tham dự Hội nghị ASEANAPOL lần thứ 44 tại Kuala Lumpur, Malaysia từ ngày 2 đến ngày 4 tháng 12, thảo luận về hợp tác phòng, chống tội phạm xuyên quốc gia trong khu vực.';
  assert.equal(page('12/05/2026', vietnamese), '2026-05-12');
  assert.equal(monthFirstDate({ year: 2026, month: 5, day: 12 }, 'May 12, 2026', english), null);
});

test("date: a day and month with no year in the body take the year of the header's date of today that puts them no later, on the printed weekday; with no such date, none (negative)", () => {
  const paragraphs = [{ text: 'Công an tỉnh vừa tổ chức hội nghị sơ kết công tác phòng cháy, chữa cháy trên địa bàn.', line: 3 }];
  const today = { year: 2026, month: 12, day: 7 };
  assert.deepEqual(resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 3, month: 12 }, today }).date, { year: 2026, month: 12, day: 3 });
  assert.deepEqual(resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 28, month: 12 }, today }).date, { year: 2025, month: 12, day: 28 });
  // 28 December was a Sunday in 2025 and a Saturday in 2024.
  assert.deepEqual(resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 28, month: 12, weekday: 6 }, today }).date, { year: 2024, month: 12, day: 28 });
  assert.equal(resolveDate(undefined, undefined, paragraphs, { dayMonth: { day: 3, month: 12 } }).date, null);
  const lead = { text: 'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát phương tiện giao thông.', line: 3 };
  assert.deepEqual(resolveDate(undefined, undefined, [lead], { today }).date, { year: 2026, month: 12, day: 5 });
});

