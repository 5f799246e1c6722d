import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from '../../src/read/decode.ts';
import { normalizeText } from '../../src/read/normalize.ts';
import { readDateline } from '../../src/extract/rules/dateline.ts';
import { readCreditedCaption } from '../../src/extract/figures.ts';
import { resolveDate } from '../../src/extract/fields/date.ts';
import { kindsOf, PROSE } from '../helpers.ts';
import { classify } from '../../src/extract/index.ts';
import { toDocument } from '../../src/extract/document.ts';

/** Latin-1 characters standing for TCVN3 bytes: how such files look when opened as Western text. */
const tcvn3 = (latin1: string) => Buffer.from(latin1, 'latin1');

test('encoding: TCVN3 (ABC) is recognised and converted, with a warning naming it', () => {
  const decoded = decodeBytes(tcvn3('Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nC«ng an tØnh Hµ Néi tæ chøc héi nghÞ'));
  assert.equal(decoded.encoding, 'tcvn3');
  assert.equal(normalizeText(decoded.text), 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nCông an tỉnh Hà Nội tổ chức hội nghị');
  assert.match(decoded.diagnostics[0]!.message, /TCVN3/);
});

test('encoding: VNI (VNI-Windows) is recognised and converted, with a warning naming it', () => {
  const decoded = decodeBytes(Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nCoâng an tænh Ngheä An toå chöùc hoäi nghò\nThöôïng taù Nguyeãn Vaên Huøng; ÑAÛNG BOÄ', 'latin1'));
  assert.equal(decoded.encoding, 'vni');
  assert.equal(normalizeText(decoded.text), 'Cộng hòa xã hội chủ nghĩa Việt Nam\nCông an tỉnh Nghệ An tổ chức hội nghị\nThượng tá Nguyễn Văn Hùng; ĐẢNG BỘ');
  assert.match(decoded.diagnostics[0]!.message, /VNI/);
});

test("encoding: Vietnamese typed in a legacy font's encoding and copied into a Unicode file as the font showed it ('Coâng an tænh', VNI; 'C«ng an tØnh', TCVN3) is converted, with a warning; French, or Vietnamese, in Unicode is left as it is (negative)", () => {
  for (const [copied, font] of [['Coâng an tænh Ngheä An toå chöùc hoäi nghò', 'VNI'], ['C«ng an tØnh Hµ Néi tæ chøc héi nghÞ', 'TCVN3']]) {
    const decoded = decodeBytes(Buffer.from(copied!, 'utf8'));
    assert.equal(decoded.encoding, 'utf-8');
    assert.match(normalizeText(decoded.text), /^Công an tỉnh (?:Nghệ An|Hà Nội) tổ chức hội nghị$/u, font);
    assert.deepEqual([decoded.diagnostics[0]?.code, decoded.diagnostics[0]?.message.includes(font!)], ['encoding-repaired', true], font);
  }
  for (const text of ['Le café est très bon à Paris, déjà vu, où est la gare?', 'Cô Hà và bà Tú ở Hà Nội', 'Công an tỉnh Nghệ An tổ chức hội nghị']) {
    assert.deepEqual([decodeBytes(Buffer.from(text, 'utf8')).text, decodeBytes(Buffer.from(text, 'utf8')).diagnostics], [text, []], text);
  }
});

test('encoding: Windows-1258 text is not mistaken for TCVN3 (negative)', async () => {
  const iconv = (await import('iconv-lite')).default;
  const decoded = decodeBytes(iconv.encode('Hà Nội'.normalize('NFC').replace('à', 'a\u0300').replace('ộ', 'ô\u0323'), 'windows1258'));
  assert.equal(decoded.encoding, 'windows-1258');
});

test('dateline: a byline beside the date, in Vietnamese and English layouts', () => {
  assert.deepEqual(readDateline('Nguyễn Văn An - 17/10/2022 04:44'), { author: 'Nguyễn Văn An', published: { year: 2022, month: 10, day: 17, hour: 4, minute: 44 } });
  assert.deepEqual(readDateline('By Hoang Phong   October 17, 2022 | 10:30 pm GMT+7'), { author: 'Hoang Phong', published: { year: 2022, month: 10, day: 17, hour: 22, minute: 30 } });
  assert.deepEqual(readDateline('Update: October 18, 2022 - 08:00'), { updated: { year: 2022, month: 10, day: 18, hour: 8, minute: 0 } });
});

test('dateline: a name that starts like an abbreviated weekday (Thu Trang) stays the byline', () => {
  assert.deepEqual(readDateline('Bởi Thu Trang - 21/08/2024, 16:20'), { author: 'Thu Trang', published: { year: 2024, month: 8, day: 21, hour: 16, minute: 20 } });
  assert.deepEqual(readDateline('Thu, 21/08/2024'), { published: { year: 2024, month: 8, day: 21 } });
  assert.deepEqual(readDateline('T5, 15/4'), { dayMonth: { month: 4, day: 15, weekday: 4 } });
});

test('dateline: words beside a date that are not a byline keep it from being a dateline (negative)', () => {
  assert.equal(readDateline('Hạn chót nộp hồ sơ - 17/10/2022'), null);
  assert.equal(readDateline('Hội nghị tổng kết 17/10/2022 04:44'), null);
});

test("dateline: a publication date's time after a dash of its own stays with it, before the bar and the update date ('Xuất bản: 05/12/2026 - 10:30 | Cập nhật: 06/12/2026')", () => {
  assert.deepEqual(readDateline('Xuất bản: 05/12/2026 - 10:30 | Cập nhật: 06/12/2026'), { published: { year: 2026, month: 12, day: 5, hour: 10, minute: 30 }, updated: { year: 2026, month: 12, day: 6 } });
  assert.deepEqual(readDateline('Ngày đăng: 01/02/2024 | Cập nhật: 03/02/2024 10:15'), { published: { year: 2024, month: 2, day: 1 }, updated: { year: 2024, month: 2, day: 3, hour: 10, minute: 15 } });
});

test("dateline: a month abbreviated as Vietnamese date libraries print it ('05 Thg 01 2026', Moment.js's; '05 Th12 2026'), the year after a space", () => {
  assert.deepEqual(readDateline('05 Thg 01 2026 10:30'), { published: { year: 2026, month: 1, day: 5, hour: 10, minute: 30 } });
  assert.deepEqual(readDateline('05 Th12 2026'), { published: { year: 2026, month: 12, day: 5 } });
  assert.deepEqual(readDateline('5 tháng 12 2026'), { published: { year: 2026, month: 12, day: 5 } });
  assert.equal(readDateline('5 thành viên, 12 2026'), null);
});

test("dateline: labelled fields between bars keep the dashes of their own ('Chuyên mục: Tin tức - Sự kiện | Tác giả: admin | Ngày: 04/12/2026')", () => {
  assert.deepEqual(readDateline('Chuyên mục: Tin tức - Sự kiện | Tác giả: admin | Ngày: 04/12/2026'), { section: 'Tin tức - Sự kiện', published: { year: 2026, month: 12, day: 4 } });
  assert.deepEqual(readDateline('Tác giả: Hồng Duyên - Phòng PV01 | 05/03/2024'), { author: 'Hồng Duyên', source: 'Phòng PV01', published: { year: 2024, month: 3, day: 5 } });
  assert.equal(readDateline('Hội nghị tổng kết - Sự kiện nổi bật | 05/03/2024'), null);
});

test("dateline: the CMS's poster before a spaced dash and the date's label ('Người đăng: Ban biên tập - Ngày đăng: 04/12/2026') credits nobody, as between bars", () => {
  for (const text of ['Người đăng: Ban biên tập - Ngày đăng: 04/12/2026', 'Người đăng: Nguyễn Văn An - Ngày đăng: 04/12/2026']) {
    assert.deepEqual(readDateline(text), { published: { year: 2026, month: 12, day: 4 } }, text);
  }
});

test("dateline: Viet Nam News's date, the month's name then the day and the year ('Update: December, 05/2026 - 09:15')", () => {
  assert.deepEqual(readDateline('Update: December, 05/2026 - 09:15'), { updated: { year: 2026, month: 12, day: 5, hour: 9, minute: 15 } });
  assert.deepEqual(readDateline('December, 05/2026'), { published: { year: 2026, month: 12, day: 5 } });
});

test('dateline: day and month only, the year inferred from the body and not from ranges or deadlines', () => {
  assert.deepEqual(readDateline('Thứ Năm, 1/6'), { dayMonth: { month: 6, day: 1, weekday: 4 } });
  const body = [{ text: 'Giai đoạn 2020 - 2025, tính đến ngày 25/5/2023 đã có 200 mô hình; mục tiêu đến ngày 31/12/2025.', line: 3 }];
  const resolved = resolveDate(undefined, undefined, body, { dayMonth: { month: 6, day: 1 } });
  assert.deepEqual(resolved.date, { year: 2023, month: 6, day: 1 });
  assert.equal(resolved.inferred, true);
});

test("dateline: day and month with the time after them ('28/12 08:30', '28/12 - 8h30'), no pager's numbers; a year, or other numbers, after a day and month make no day and month (negative)", () => {
  assert.deepEqual(readDateline('28/12 08:30'), { dayMonth: { month: 12, day: 28, hour: 8, minute: 30 } });
  assert.deepEqual(readDateline('Thứ Hai, 28/12 - 8h30'), { dayMonth: { month: 12, day: 28, hour: 8, minute: 30, weekday: 1 } });
  const kinds = kindsOf(['Công an huyện Đức Thọ tổng kết công tác năm 2026', '28/12 08:30', PROSE, PROSE, 'Thanh Hà'].join('\n'));
  assert.equal(kinds.get('28/12 08:30'), 'dateline');
  for (const text of ['28/12 2026', 'Tỷ số 2-1 3-0', '24/9 - 10']) assert.equal(readDateline(text), null, text);
  assert.equal(kindsOf(['Tiêu đề bài viết về an ninh trật tự', '10/04/2024', PROSE, 'Trang 1 2 3'].join('\n')).get('Trang 1 2 3'), 'chrome');
});

test('credits: "Photo by X" and "Ảnh do X"; a caption without one is not split (negative)', () => {
  assert.deepEqual(readCreditedCaption('The suspects at the police station. Photo by VnExpress/Hoang Phong'), { caption: 'The suspects at the police station.', credit: 'VnExpress/Hoang Phong' });
  assert.equal(readCreditedCaption('Officers photo the scene by the river.'), null);
});

test('captions: a short body sentence with a common phrase stays body (negative), a strong cue still makes a caption', () => {
  const sentence = 'Tại thời điểm kiểm tra, lực lượng chức năng thu giữ hàng trăm phôi giấy tờ.';
  const kinds = kindsOf(['Tiêu đề', PROSE, sentence, PROSE, 'Toàn cảnh buổi lễ', PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(sentence), 'body');
  assert.equal(kinds.get('Toàn cảnh buổi lễ'), 'caption');
});

test("captions: a lead that opens with what it answers ('Hưởng ứng chiến dịch …, … tặng quà cho bà con.') is running text, though it closes on a caption's phrase; over credited captions too (negative)", () => {
  const lead = 'Hưởng ứng chiến dịch "Mùa đông ấm", hơn 200 đoàn viên thanh niên Công an tỉnh Lạng Sơn đã về xã biên giới Bảo Lâm, sửa đường, làm nhà và tặng quà cho bà con.';
  const kinds = kindsOf(['Những bóng áo xanh trên công trình mùa đông', '05/12/2026 | 16:30', lead, 'Đoàn viên thanh niên bê tông hóa đoạn đường vào thôn. (Ảnh: Quang Huy)', PROSE].join('\n'));
  assert.equal(kinds.get(lead), 'body');
});

test('bylines in brackets; a bracketed sentence is not one (negative)', async () => {
  const { readByline } = await import('../../src/extract/bylines.ts');
  assert.deepEqual(readByline('(Theo Báo Công an nhân dân)'), { author: null, source: 'Báo Công an nhân dân', form: "source after 'theo'" });
  assert.equal(readByline('(Theo báo cáo của Bộ, số vụ việc đã giảm)'), null);
});

test('a credit that needs no name stands alone; a caption that merely mentions a photo does not (negative)', async () => {
  const { readCreditOnly } = await import('../../src/extract/figures.ts');
  assert.equal(readCreditOnly('Ảnh minh họa'), 'Ảnh minh họa');
  assert.equal(readCreditOnly('(Ảnh minh họa)'), 'Ảnh minh họa');
  assert.equal(readCreditOnly('Ảnh minh họa cho bài viết về phòng cháy'), null);
});

test('a known section name right under the title is the section; the same words later in the body are not (negative)', () => {
  const doc = toDocument(['Hướng dẫn thủ tục mới', 'Thời sự', '19/04/2024 10:00', PROSE, 'Thời sự', PROSE, 'Hà Anh'].join('\n'));
  const byNumber = new Map(classify(doc).map((d) => [doc.lines[d.line]!.number, d.kind]));
  assert.equal(byNumber.get(2), 'section');
  assert.equal(byNumber.get(5), 'body');
});
