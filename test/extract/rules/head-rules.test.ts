import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionFor, kindsOf, PROSE } from '../../helpers.ts';
import { isSiteName, siteNameProper, withoutSiteSuffix } from '../../../src/extract/rules/title.ts';
import { classify, extractRecord } from '../../../src/extract/index.ts';
import { readSource } from '../../../src/read/index.ts';
import { toDocument } from '../../../src/extract/document.ts';
import { findViewCounter } from '../../../src/extract/counters.ts';
import { namesOrganisation, organisationCase } from '../../../src/extract/bylines.ts';
import { isMotto, isSectionName, sectionCase } from '../../../src/extract/sections.ts';

const article = (...head: string[]) => [...head, PROSE, PROSE, 'Nguyễn Văn An'].join('\n');

test('title: the first line left is the title, and its copy is a repeat', () => {
  assert.equal(kindsOf(article('Tăng cường an ninh', '17/10/2022')).get('Tăng cường an ninh'), 'title');
  const repeat = decisionFor(article('Tăng cường an ninh', 'Tăng cường an ninh.'), 'Tăng cường an ninh.');
  assert.equal(repeat?.kind, 'title-repeat');
});

test("title: a part's number on a line of its own over the title or under it ('Bài 1') opens the title, as a series prints it ('Bài 1: …'); alone over the dateline it is the title (negative)", () => {
  const title = 'Những "lá chắn" nơi biên cương';
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, '07/12/2026 08:30', PROSE, PROSE].join('\n')))).record;
  for (const head of [[title, 'Bài 1'], ['Bài 1', title], [title, 'Kỳ 3']]) {
    const record = read(...head);
    assert.deepEqual([record?.title, record?.paragraphs.length], [`${head.find((l) => l !== title)}: ${title}`, 2], head.join(' / '));
  }
  assert.equal(read('Bài 1')?.title, 'Bài 1');
});

test('title: a first line that is a long multi-sentence paragraph is not a title (negative)', () => {
  const kinds = kindsOf(`${PROSE} ${PROSE}\n${PROSE}`);
  assert.notEqual(kinds.get(`${PROSE} ${PROSE}`), 'title');
});

test('title: a front-matter title claims its printed copy', async () => {
  const { classify } = await import('../../../src/extract/index.ts');
  const { toDocument } = await import('../../../src/extract/document.ts');
  const doc = toDocument(['Chuyên mục lạ', 'Tiêu đề thật', PROSE].join('\n'));
  const decisions = classify(doc, { title: 'Tiêu đề thật' });
  assert.equal(decisions.find((d) => d.kind === 'title')?.line, 1);
});

test("title: a front-matter title that fixes a word of the printed one (a typo) claims the printed title, which is no paragraph; a lead that repeats the title's words is none of it (negative)", () => {
  const title = 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện giao thông';
  const lead = 'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát phương tiện giao thông đường bộ trên các tuyến đường của huyện.';
  const record = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(`---\ntitle: "${title}"\n---\n${lines.join('\n')}`))).record;
  const fixed = record(title.replace('kiểm soát', 'kiểm sát'), '07/12/2026 08:30', lead, PROSE);
  assert.deepEqual([fixed?.title, fixed?.paragraphs], [title, [lead, PROSE]]);
  assert.deepEqual(record('07/12/2026 08:30', lead, PROSE)?.paragraphs, [lead, PROSE]);
});

test('section-label: capitals above a normal-case title are the section', () => {
  const d = decisionFor(article('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY', 'Tăng cường sự lãnh đạo của Đảng'), 'ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY');
  assert.equal(d?.kind, 'section');
  assert.equal(d?.fields?.section, 'Đảng ủy trực thuộc Thành ủy');
  assert.equal(decisionFor(article('Thời sự', 'Tăng cường sự lãnh đạo của Đảng'), 'Thời sự')?.kind, 'section');
});

test("section-label: capitals of more than a label's words right over the dateline stand where the title stands: the title, with a short sentence of the lead under the dateline; a label's few words there are the section (negative)", () => {
  const read = (caps: string, under: string) => extractRecord(readSource('a.txt', Buffer.from([caps, 'Thứ Sáu, 04/12/2026 - 15:20', under, PROSE, PROSE, 'Thu Hà'].join('\n')))).record;
  const title = read('NHỮNG NGƯỜI GIỮ RỪNG Ở VŨ QUANG', 'Ở Vườn quốc gia Vũ Quang, có những người gắn bó cả tuổi thanh xuân với rừng.');
  assert.deepEqual([title?.title, title?.section, title?.paragraphs.length], ['NHỮNG NGƯỜI GIỮ RỪNG Ở VŨ QUANG', null, 3]);
  const label = read('CHUYỆN NGƯỜI GIỮ RỪNG', 'Những người gắn bó cả tuổi thanh xuân với rừng Vũ Quang');
  assert.deepEqual([label?.title, label?.section], ['Những người gắn bó cả tuổi thanh xuân với rừng Vũ Quang', 'Chuyện người giữ rừng']);
});

test("title: its copy under a header of more short lines (a tab's title over the portal's kind, its name, its motto, each with a blank line between) is the copy, and the header between is the site's; a copy after the text has begun is no copy (negative)", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const text = [`${title} - Công an tỉnh Phú Thọ`, 'Cổng thông tin điện tử', 'CÔNG AN TỈNH PHÚ THỌ', 'Vì nhân dân phục vụ', title, 'Thứ Hai, ngày 7 tháng 12 năm 2026', PROSE, PROSE, 'PV'].join('\n\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.paragraphs.length], [title, 2]);
  const later = toDocument([title, '07/12/2026', PROSE, PROSE, 'Thời sự', title, PROSE].join('\n'));
  assert.deepEqual(classify(later).filter((d) => d.kind === 'title-repeat'), []);
});

test("header-over-title: a paper's brand alone over the title ('VnExpress', 'VOV World', 'Tuổi Trẻ') is the site's, no section; a section that shares an outlet's words, printed as a section ('Lao động'), is the section (negative)", () => {
  const section = (line: string) => extractRecord(readSource('a.txt', Buffer.from([line, 'Xe khách lao xuống vực trên đèo Hải Vân', '07/12/2026 08:00', PROSE, PROSE].join('\n')))).record?.section;
  assert.deepEqual(['VnExpress', 'VOV World', 'Tuổi Trẻ', 'Lao động'].map(section), [null, null, null, 'Lao động']);
});

test("header-over-title: a known motto under the site's name right over the title ('Vì nhân dân phục vụ') is the site's, no section; a section's name there is the section (negative)", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const section = (line: string) => extractRecord(readSource('a.txt', Buffer.from(['Cổng thông tin điện tử', 'CÔNG AN TỈNH PHÚ THỌ', line, title, '07/12/2026 09:12', PROSE, PROSE].join('\n')))).record?.section;
  assert.deepEqual([section('Vì nhân dân phục vụ'), section('Tin hoạt động')], [null, 'Tin hoạt động']);
});

test("header-over-title: a portal's slogan or its banner's greeting alone over the title ('Công an nhân dân chỉ biết còn Đảng thì còn mình', 'Chào mừng kỷ niệm …'), and the police's motto under the site's name, are the site's, no title or section; a greeting right over its dateline is the title (negative)", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, '07/12/2026 09:12', PROSE, PROSE].join('\n')))).record;
  for (const over of [['Công an nhân dân chỉ biết còn Đảng thì còn mình'], ['Chào mừng kỷ niệm 79 năm Ngày truyền thống Công an nhân dân'], ['Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh lần thứ XX'], ['CÔNG AN TỈNH PHÚ THỌ', 'Vì nước quên thân, vì dân phục vụ']]) {
    const r = record(...over, title);
    assert.deepEqual([r?.title, r?.section, r?.paragraphs.length], [title, null, 2], over.join(' / '));
  }
  assert.equal(record('Chào mừng kỷ niệm 79 năm Ngày truyền thống Công an nhân dân')?.title, 'Chào mừng kỷ niệm 79 năm Ngày truyền thống Công an nhân dân');
  // Over a series' part (`Bài 2: …`), under the browser's tab, the greeting is no series' name either.
  const part = 'Bài 2: Khi người dân vùng cao cùng giữ bình yên thôn bản';
  const r = record(`${part} - Công an tỉnh Phú Thọ`, 'Chào mừng kỷ niệm 79 năm Ngày truyền thống Công an nhân dân', part);
  assert.deepEqual([r?.title, r?.section], [part, null]);
});

test("section-label: over a series' part ('Bài 2: …'), a motto ('Vì nhân dân phục vụ') or the page's dated top bar is no series' name, also between a tab's title and the title's copy; a series' name is (negative)", () => {
  const part = 'Bài 2: Khi người dân vùng cao cùng giữ bình yên thôn bản';
  const section = (...over: string[]) => extractRecord(readSource('a.txt', Buffer.from([`${part} - Công an tỉnh Phú Thọ`, ...over, part, '07/12/2026 09:12', PROSE, PROSE].join('\n')))).record?.section;
  assert.deepEqual([section('CÔNG AN TỈNH PHÚ THỌ', 'Vì nhân dân phục vụ'), section('Thứ Hai, 07/12/2026 | Đăng nhập'), section('Giữ bình yên biên cương')], [null, null, 'Giữ bình yên biên cương']);
});

test("header-masthead: the portal's kind over its name in capitals, and its motto ('Cổng thông tin điện tử' / 'CÔNG AN TỈNH PHÚ THỌ' / 'Vì nhân dân phục vụ'), is the masthead over a title with no dateline; the kind over a headline is not (negative)", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Cổng thông tin điện tử', 'CÔNG AN TỈNH PHÚ THỌ', 'Vì nhân dân phục vụ', title, `Ngày 5/12/2026, ${PROSE}`, PROSE, 'Hà Thu Trang'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], [title, null, 2]);
  assert.notEqual(kindsOf(['Cổng thông tin điện tử', title, '07/12/2026', PROSE].join('\n')).get(title), 'chrome');
});

test("header-masthead: the portal's name over its kind ('THÀNH ỦY HẢI PHÒNG' / 'CỔNG THÔNG TIN ĐIỆN TỬ') is the masthead, over the title or over the site's menu; a title over the kind is not (negative)", () => {
  const title = 'Đảng ủy Công an thành phố tổng kết công tác xây dựng Đảng năm 2026';
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, title, `Ngày 5/12/2026, ${PROSE}`, PROSE, 'Thu Trang'].join('\n')))).record;
  for (const head of [['THÀNH ỦY HẢI PHÒNG', 'CỔNG THÔNG TIN ĐIỆN TỬ'], ['Công an tỉnh Nghệ An', 'Trang thông tin điện tử'], ['THÀNH ỦY HẢI PHÒNG', 'CỔNG THÔNG TIN ĐIỆN TỬ', 'Trang chủ | Giới thiệu | Tin tức | Liên hệ']]) {
    const record = read(...head);
    assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], [title, null, 2], head.join(' / '));
  }
  assert.notEqual(kindsOf([title, 'Cổng thông tin điện tử', '07/12/2026', PROSE].join('\n')).get(title), 'chrome');
});

test("header-masthead: lines stacked over the site's menu ('ĐẢNG CỘNG SẢN VIỆT NAM' / 'ĐẢNG BỘ TỈNH NGHỆ AN' / 'CỔNG THÔNG TIN ĐIỆN TỬ', a banner under the kind) are the masthead, and today's date under them the header's; a headline in capitals over a second one, with no site's name, is the title (negative)", () => {
  const title = 'Đảng ủy Công an thành phố tổng kết công tác xây dựng Đảng năm 2026';
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, 'Trang chủ | Giới thiệu | Tin tức | Liên hệ', 'Thứ Hai, 07/12/2026', title, 'Ngày 05/12/2026 10:15', PROSE, PROSE, 'Thu Trang'].join('\n')))).record;
  for (const head of [['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY NGHỆ AN'], ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ TỈNH NGHỆ AN', 'CỔNG THÔNG TIN ĐIỆN TỬ'], ['HUYỆN ỦY NGHI LỘC', 'TRANG THÔNG TIN ĐIỆN TỬ', 'Chào mừng Đại hội Đảng bộ huyện lần thứ XXVI'], ['CÔNG AN HUYỆN NGHI LỘC', 'Vì nhân dân phục vụ']]) {
    const record = read(...head);
    assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], [title, '2026-12-05T10:15:00+07:00', 2], head.join(' / '));
  }
  const caps = extractRecord(readSource('a.txt', Buffer.from(['PHÁ ĐƯỜNG DÂY ĐÁNH BẠC', 'BẮT 12 ĐỐI TƯỢNG', 'Trang chủ > Tin tức > An ninh', '07/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.equal(caps?.title, 'PHÁ ĐƯỜNG DÂY ĐÁNH BẠC BẮT 12 ĐỐI TƯỢNG');
});

test("site-chrome: a logo's or a banner's file name where the picture stood ('logo.png', 'banner-top_2026.jpg') is the site's, over its masthead too; a photo's file name is no logo's (negative)", () => {
  const title = 'Đảng ủy Công an thành phố tổng kết công tác xây dựng Đảng năm 2026';
  for (const logo of ['logo.png', 'banner-top_2026.jpg']) {
    const record = extractRecord(readSource('a.txt', Buffer.from([logo, 'THÀNH ỦY HẢI PHÒNG', 'CỔNG THÔNG TIN ĐIỆN TỬ', 'Trang chủ | Giới thiệu | Tin tức | Liên hệ', title, 'Ngày 05/12/2026 10:15', PROSE, PROSE, 'Thu Trang'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.date, record?.figures.length], [title, '2026-12-05T10:15:00+07:00', 0], logo);
  }
  assert.notEqual(kindsOf([title, '05/12/2026', PROSE, 'blog-hoi-nghi-1.jpg', 'Quang cảnh hội nghị.', PROSE, 'Thu Trang'].join('\n')).get('blog-hoi-nghi-1.jpg'), 'chrome');
});

test("sections: two mottos printed together between a dash ('Vì an ninh Tổ quốc - Vì bình yên cuộc sống') are the site's motto, under its name over today's date; a headline that opens with a motto's words is none (negative)", () => {
  const title = 'Triệt xóa điểm bán lẻ ma túy tại phường Đông Sơn';
  const page = ['CÔNG AN TỈNH THANH HÓA', 'Vì an ninh Tổ quốc - Vì bình yên cuộc sống', 'Thứ Hai, 07/12/2026', 'Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Liên hệ', title, 'Ngày đăng: 06/12/2026 | 14:20', PROSE, PROSE, 'Quang Huy'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(page))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], [title, '2026-12-06T14:20:00+07:00', 2]);
  assert.deepEqual(['Vì an ninh Tổ quốc - Vì bình yên cuộc sống', 'Vì an ninh Tổ quốc - Công an xã Đông Sơn ra quân', 'Vì an ninh Tổ quốc'].map(isMotto), [true, false, true]);
});

test("header-masthead: under the site's name at the top, its slogan whatever its words ('Kỷ cương - Trách nhiệm - Hiệu quả', 'Chung tay xây dựng nông thôn mới') and today's date, over its menu, are the masthead; with no site's name heading them, a headline and its date over a menu are not (negative)", () => {
  const title = 'Triệt xóa điểm bán lẻ ma túy tại phường Đông Sơn';
  const menu = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Liên hệ'];
  for (const slogan of ['Kỷ cương - Trách nhiệm - Hiệu quả', 'Chung tay xây dựng nông thôn mới', 'VÌ AN NINH TỔ QUỐC - VÌ BÌNH YÊN CUỘC SỐNG']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['CÔNG AN TỈNH THANH HÓA', slogan, 'Thứ Hai, 07/12/2026', ...menu, title, 'Ngày đăng: 06/12/2026 | 14:20', PROSE, PROSE, 'Quang Huy'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], [title, '2026-12-06T14:20:00+07:00', 2], slogan);
  }
  const kinds = kindsOf(['Ra mắt mô hình camera an ninh', '07/12/2026', ...menu, PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('Ra mắt mô hình camera an ninh'), 'title');
});

test("title: the Party committee's executive ('BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC GIANG', 'Ban Chấp hành Đảng bộ huyện Yên Dũng') names a site; a headline that opens with it does not (negative)", () => {
  assert.deepEqual(['BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC GIANG', 'Ban Chấp hành Đảng bộ huyện Yên Dũng', 'Ban Chấp hành Đảng bộ tỉnh họp phiên thường kỳ tháng 12'].map(isSiteName), [true, true, false]);
});

test("header-masthead: a name no list holds ('Tiếng nói Đảng viên Bắc Giang') over today's date over the site's menu, with the article's title and its own date under the menu, is the site's and the date today's; a headline over its date over a menu, dated nowhere else, is the title (negative)", () => {
  const title = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12';
  const menu = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Văn kiện Đảng', 'Liên hệ'];
  for (const name of ['Tiếng nói Đảng viên Bắc Giang', 'TIẾNG NÓI ĐẢNG VIÊN BẮC GIANG', 'BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC GIANG']) {
    const record = extractRecord(readSource('a.txt', Buffer.from([name, 'Thứ Hai, 07/12/2026', ...menu, 'Tin tức - Sự kiện / Tin trong tỉnh', title, '(05/12/2026 - 10:15)', PROSE, PROSE, 'Thu Hương'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], [title, '2026-12-05T10:15:00+07:00', 2], name);
  }
  const dated = extractRecord(readSource('a.txt', Buffer.from(['Tiếng nói Đảng viên Bắc Giang', 'Thứ Hai, 07/12/2026', ...menu, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([dated?.title, dated?.date], ['Tiếng nói Đảng viên Bắc Giang', '2026-12-07']);
});

test("header-masthead, header-over-title: a site's known name over today's date is the masthead whatever stands under them (a menu nobody could read, joined by dashes: no section), the article's title and own date further down; a headline that opens with the name, over its date, is the title (negative)", () => {
  const title = 'Xét xử lưu động vụ án giết người tại huyện Kim Sơn';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tòa án nhân dân tỉnh Ninh Bình', 'Thứ Hai, ngày 07/12/2026', 'Giới thiệu - Án văn - Kỷ yếu', title, 'Ngày đăng: 05/12/2026 15:20', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.section], [title, '2026-12-05T15:20:00+07:00', null]);
  const headline = 'Tòa án nhân dân tỉnh Ninh Bình xét xử lưu động vụ án giết người';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from([headline, 'Thứ Hai, ngày 07/12/2026', PROSE, PROSE].join('\n')))).record?.title, headline);
});

test("email-header: the header of an email the article was forwarded in ('---------- Forwarded message ---------', 'From:', 'Subject:', 'To:', or 'Từ:', 'Tiêu đề:', 'Đến:') and its greeting and closing ('Trân trọng cảm ơn!') are the email's, its date the article's; one 'Tiêu đề:' alone is a CMS export's title, and a greeting with no header is left (negative)", () => {
  const title = 'Công an huyện Thạch Hà ra quân bảo đảm an ninh trật tự';
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, title, PROSE, PROSE, 'Hải Yến'].join('\n')))).record;
  const english = read('---------- Forwarded message ---------', 'From: Phòng Tham mưu <thammuu.cahth@gmail.com>', 'Date: Mon, Dec 7, 2026 at 10:30 AM', `Subject: Tin bài: ${title}`, 'To: <banbientap@congan.hatinh.gov.vn>', 'Kính gửi Ban biên tập,');
  const closed = extractRecord(readSource('a.txt', Buffer.from(['---------- Forwarded message ---------', 'Date: Mon, Dec 7, 2026 at 10:30 AM', title, PROSE, PROSE, 'Trân trọng cảm ơn!', 'Hải Yến'].join('\n')))).record;
  assert.deepEqual([closed?.paragraphs, closed?.author], [[PROSE, PROSE], 'Hải Yến']);
  const vietnamese = read('Từ: Phòng Tham mưu <thammuu.cahth@gmail.com>', 'Ngày: Th 2, 7 thg 12, 2026 lúc 10:30', `Tiêu đề: Tin bài ${title}`, 'Đến: banbientap@congan.hatinh.gov.vn');
  for (const record of [english, vietnamese]) assert.deepEqual([record?.title, record?.date, record?.paragraphs], [title, '2026-12-07T10:30:00+07:00', [PROSE, PROSE]]);
  const cms = extractRecord(readSource('a.txt', Buffer.from([`Tiêu đề: ${title}`, '07/12/2026 10:30', PROSE, PROSE].join('\n')))).record;
  assert.equal(cms?.title, title);
  assert.equal(kindsOf(['Kính gửi quý bạn đọc,', title, '07/12/2026 10:30', PROSE, PROSE].join('\n')).get('Kính gửi quý bạn đọc,') === 'chrome', false);
});

test("sections: a section's scope that holds a comma is read whole ('Hoạt động của lãnh đạo Đảng, Nhà nước'), before the name is parted where it joins two; a name that only joins one with no section is none (negative)", () => {
  assert.deepEqual(['Hoạt động của lãnh đạo Đảng, Nhà nước', 'Văn hóa - Thể thao', 'Hoạt động, Nhà nước'].map(isSectionName), [true, true, false]);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Hoạt động của lãnh đạo Đảng, Nhà nước', 'Thủ tướng tiếp Đại sứ Nhật Bản', '07/12/2026 16:30', PROSE, PROSE, 'Đức Tuân'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section], ['Thủ tướng tiếp Đại sứ Nhật Bản', 'Hoạt động của lãnh đạo Đảng, Nhà nước']);
});

test("header-masthead: a name no list holds over the site's menu ('Tiếng nói Đảng viên Bắc Giang' / 'Trang chủ | Giới thiệu | …'), the article's title and its dateline under the menu, is the site's; a headline over the menu with its date right under the menu, and no title between, is the title (negative)", () => {
  const title = 'Công an huyện Thạch Hà ra quân bảo đảm an ninh trật tự';
  const menu = 'Trang chủ | Giới thiệu | Tin tức | Liên hệ';
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE, 'Hải Yến'].join('\n')))).record;
  for (const head of [['Tiếng nói Đảng viên Bắc Giang', menu, title, '07/12/2026 10:30'], ['Đăng nhập | Đăng ký', 'Tiếng nói Đảng viên Bắc Giang', menu, 'Tin tức > An ninh', title, '07/12/2026 10:30']]) {
    const record = read(...head);
    assert.deepEqual([record?.title, record?.paragraphs.length], [title, 2], head.join(' / '));
  }
  assert.equal(read(title, menu, '07/12/2026 10:30')?.title, title);
});

test("sections: a section printed in capitals keeps the capitals of the proper names in it ('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY' → 'Thành ủy', 'XÂY DỰNG ĐẢNG' → 'Đảng', a province), and one printed in lower case ('tin tức') takes its first capital; a word that only folds like a name ('ĐANG …') or a brand's case ('eMagazine') is left (negative)", () => {
  assert.deepEqual(['ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY', 'XÂY DỰNG ĐẢNG', 'TIN TỨC HÀ NỘI', 'tin tức', 'ĐANG CẬP NHẬT', 'eMagazine'].map(sectionCase), ['Đảng ủy trực thuộc Thành ủy', 'Xây dựng Đảng', 'Tin tức Hà Nội', 'Tin tức', 'Đang cập nhật', 'eMagazine']);
});

test("between-title-copies: a browser tab's title (the site's name after it) over the page's header over the title again: the header's lines are the site's, the one right over the copy (or over the dateline and buttons over it) its section when it names one (known, in capitals over the title, or labelled), not the site nor the account that posted; a writer's name there is left to the byline, a paper's brand in initials ('ANTĐ') is not (negative)", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const page = (...header: string[]) => extractRecord(readSource('a.txt', Buffer.from([`${title} - Công an tỉnh Phú Thọ`, ...header, title, '07/12/2026 09:12', PROSE, PROSE, 'PV'].join('\n')))).record;
  for (const [header, section] of [[['Tin hoạt động'], 'Tin hoạt động'], [['TIN TỨC - SỰ KIỆN'], 'Tin tức - Sự kiện'], [['CÔNG AN TỈNH PHÚ THỌ', 'ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY'], 'Đảng ủy trực thuộc Thành ủy'], [['CÔNG AN TỈNH PHÚ THỌ', 'Trang chủ', 'Giới thiệu', 'Tin tức', 'Liên hệ'], null], [['CÔNG AN TỈNH PHÚ THỌ'], null], [['Admin'], null], [['ANTĐ', 'Thời sự'], 'Thời sự'], [['PLO', 'Pháp luật'], 'Pháp luật']] as const) {
    const record = page(...header);
    assert.deepEqual([record?.title, record?.section, record?.paragraphs.length, record?.author], [title, section, 2, 'PV'], header.join(' / '));
  }
  const writer = kindsOf([`${title} - Công an tỉnh Phú Thọ`, 'Thời sự', 'Hà Thu Trang', title, '07/12/2026 09:12', PROSE, PROSE].join('\n'));
  assert.notEqual(writer.get('Hà Thu Trang'), 'chrome');
  // The section over the dateline, the view counter and the article's buttons printed over the copy is the section still; the menu's
  // last entry there is not (negative).
  const dated = (...header: string[]) => extractRecord(readSource('a.txt', Buffer.from([`${title} - Công an tỉnh Phú Thọ`, ...header, title, PROSE, PROSE, 'PV'].join('\n')))).record;
  for (const [header, section] of [[['Xã hội', 'Thứ hai, 03/06/2024 - 14:27'], 'Xã hội'], [['Phòng chống tội phạm', 'Cỡ chữ: A A A', 'Thứ Năm, 07/03/2024 | 15:20 GMT+7'], 'Phòng chống tội phạm'], [['Quốc phòng - An ninh', 'Thứ Năm, 16/05/2024', 'Lượt xem: 280'], 'Quốc phòng - An ninh'], [['Trang chủ', 'Giới thiệu', 'Tin tức', 'Liên hệ', '07/03/2024'], null]] as const) {
    const record = dated(...header);
    assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], [title, section, 2], header.join(' / '));
  }
});

test("section-label: sections joined with a mark in capitals ('TIN TỨC - SỰ KIỆN') keep a capital each, as portals print them in normal case; joined by a word ('và'), or one name, only the first (negative)", () => {
  const section = (caps: string) => decisionFor(article(caps, 'Tăng cường sự lãnh đạo của Đảng'), caps)?.fields?.section;
  assert.deepEqual(['TIN TỨC - SỰ KIỆN', 'PHÁP LUẬT & BẠN ĐỌC', 'AN NINH VÀ TRẬT TỰ', 'AN NINH TRẬT TỰ'].map(section), ['Tin tức - Sự kiện', 'Pháp luật & Bạn đọc', 'An ninh và trật tự', 'An ninh trật tự']);
});

test('section-label: a known section joined with another (with a dash, or side by side as portals print the pairs: \'Quốc phòng an ninh\') or after a qualifier is a section', () => {
  for (const label of ['Hỏi đáp pháp luật', 'Văn hóa - Thể thao', 'Pháp luật & Bạn đọc', 'Tin thể thao', 'Quốc phòng an ninh', 'Kinh tế xã hội']) {
    const d = decisionFor(article(label, 'Tàng trữ pháo nổ bị xử lý thế nào?'), label);
    assert.equal(d?.kind, 'section', label);
    assert.equal(d?.fields?.section, label);
  }
});

test('section-label: a short label nobody listed, right over a title twice as long that is right over its dateline, is the section', () => {
  for (const label of ['Cải cách tư pháp', 'Dân số - Gia đình']) {
    const text = article(label, 'Sơ kết công tác kiểm tra, giám sát quý I năm 2024', '08/03/2024 16:00');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.equal(record?.section, label);
    assert.equal(record?.title, 'Sơ kết công tác kiểm tra, giám sát quý I năm 2024');
  }
});

test('section-label: a title over its deck over the dateline, or a short line with a number, is no section (negative)', () => {
  const deck = article('Sơ kết công tác kiểm tra, giám sát quý I năm 2024', 'Nhiều thiếu sót được chấn chỉnh kịp thời', '08/03/2024 16:00');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(deck))).record?.title, 'Sơ kết công tác kiểm tra, giám sát quý I năm 2024');
  const numbered = article('Bão số 3', 'Hàng nghìn hộ dân ven biển phải sơ tán khẩn cấp trong đêm', '08/03/2024 16:00');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(numbered))).record?.title, 'Bão số 3');
});

test('section-label: a short title that only starts like a section is the title (negative)', () => {
  for (const title of ['Tin vui cho người dân vùng lũ', 'Pháp luật - điểm tựa của người dân nghèo']) {
    assert.equal(kindsOf(article(title, 'Công an tỉnh trao quà cho các hộ khó khăn')).get(title), 'title', title);
  }
});

test('title: a heading in capitals over its normal-case copy reads as the copy, the site\'s name after it or not', () => {
  const text = article('TRAO TẶNG NHÀ TÌNH NGHĨA CHO GIA ĐÌNH CHÍNH SÁCH', 'Trao tặng nhà tình nghĩa cho gia đình chính sách', '25/07/2024');
  const d = decisionFor(text, 'TRAO TẶNG NHÀ TÌNH NGHĨA CHO GIA ĐÌNH CHÍNH SÁCH');
  assert.equal(d?.kind, 'title');
  assert.equal(d?.fields?.title, 'Trao tặng nhà tình nghĩa cho gia đình chính sách');
  assert.equal(kindsOf(text).get('Trao tặng nhà tình nghĩa cho gia đình chính sách'), 'title-repeat');
  // The site's name after the capitals, as a browser's tab prints it, leaves them capitals.
  const tab = article('TRAO TẶNG NHÀ TÌNH NGHĨA CHO GIA ĐÌNH CHÍNH SÁCH - Báo Điện tử Quảng Bình', 'Trao tặng nhà tình nghĩa cho gia đình chính sách', '25/07/2024');
  assert.equal(decisionFor(tab, 'TRAO TẶNG NHÀ TÌNH NGHĨA CHO GIA ĐÌNH CHÍNH SÁCH - Báo Điện tử Quảng Bình')?.fields?.title, 'Trao tặng nhà tình nghĩa cho gia đình chính sách');
});

test('title: a title in capitals wrapped onto a second line in capitals is read whole', () => {
  const text = article('CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ SƠ KẾT', 'CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024', 'Cập nhật: 12/07/2024 15:10');
  assert.equal(decisionFor(text, 'CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ SƠ KẾT')?.fields?.title, 'CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024');
  assert.equal(kindsOf(text).get('CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024'), 'title');
});

test("title: a title wrapped onto a line that goes on in lower case ('… năm 2026' over 'và triển khai nhiệm vụ năm 2027') is read whole; a date, a byline or a paragraph in lower case under it is none of it (negative)", () => {
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE, 'Nguyễn Văn An'].join('\n')))).record;
  const wrapped = record('Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2026', 'và triển khai nhiệm vụ năm 2027', '07/12/2026');
  assert.deepEqual([wrapped?.title, wrapped?.paragraphs.length], ['Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027', 2]);
  const dated = record('Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết', 'ngày 07/12/2026 08:30');
  assert.deepEqual([dated?.title, dated?.date], ['Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết', '2026-12-07T08:30:00+07:00']);
  const lead = record('Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết', '07/12/2026', `và ${PROSE}`);
  assert.equal(lead?.title, 'Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết');
});

test("title: a title wrapped at a width, onto its last word alone ('gốc'), a word and its closing quote ('phạm\"'), or after a word that joins ('… phối hợp với' over 'Đồn Biên phòng …'), is read whole; a capital after a word that ends a phrase is no wrap (negative)", () => {
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, '07/12/2026', PROSE, PROSE, 'Nguyễn Văn An'].join('\n')))).record;
  assert.equal(record('Quảng Ninh: Phát hiện xe tải chở hơn 5 tấn nội tạng động vật không rõ nguồn', 'gốc')?.title, 'Quảng Ninh: Phát hiện xe tải chở hơn 5 tấn nội tạng động vật không rõ nguồn gốc');
  assert.equal(record('Giám đốc Công an tỉnh: "Không có vùng cấm trong đấu tranh phòng chống tội', 'phạm"')?.title, 'Giám đốc Công an tỉnh: "Không có vùng cấm trong đấu tranh phòng chống tội phạm"');
  assert.equal(record('Công an huyện Mèo Vạc phối hợp với', 'Đồn Biên phòng Xín Cái tuần tra biên giới')?.title, 'Công an huyện Mèo Vạc phối hợp với Đồn Biên phòng Xín Cái tuần tra biên giới');
  const section = record('Công an huyện Mèo Vạc tuần tra biên giới', 'Thời sự');
  assert.deepEqual([section?.title, section?.section], ['Công an huyện Mèo Vạc tuần tra biên giới', 'Thời sự']);
});

test("title: on a copy hard-wrapped at a width (an email's), a title that filled it goes on onto a short line under it, though that opens with a capital ('… dịp' over 'Tết Nguyên đán Giáp Thìn 2024'); a writer's name, a counter, how long ago it was posted, or a line under a title that fills no width, is none of it (negative)", () => {
  // The text hard-wrapped at 76 columns, as a mail client sends it.
  const text = ['Sáng 8/3, Công an tỉnh Ninh Bình tổ chức hội nghị tổng kết đợt cao điểm tấn', 'công trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết Nguyên đán Giáp Thìn', 'năm 2024, với sự tham dự của lãnh đạo các phòng nghiệp vụ và Công an cấp', 'huyện trên địa bàn toàn tỉnh.', 'Trong đợt cao điểm, lực lượng Công an tỉnh đã điều tra, khám phá 98% số vụ', 'phạm tội về trật tự xã hội, bắt giữ 156 đối tượng, triệt phá 12 băng nhóm.'];
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, '', 'Thứ bảy - 09/03/2024 07:30', ...text, 'Phòng Tham mưu'].join('\n')))).record;
  const title = 'Công an tỉnh Ninh Bình tổng kết đợt cao điểm tấn công trấn áp tội phạm dịp';
  assert.equal(record(title, 'Tết Nguyên đán Giáp Thìn 2024')?.title, `${title} Tết Nguyên đán Giáp Thìn 2024`);
  for (const under of ['Lâm Hải (Công an huyện Mỹ Xuyên)', 'Lượt xem: 173', 'Cập nhật 2 giờ trước']) assert.equal(record(title, under)?.title, title, under);
  const short = 'Công an tỉnh Ninh Bình tổng kết đợt cao điểm';
  assert.equal(record(short, 'Tết Nguyên đán Giáp Thìn 2024')?.title, short);
});

test('title: a date in brackets after the title, as listings print it, or the dateline run onto its line, is the publication date when no dateline gives it', () => {
  const title = 'Tập huấn kỹ năng cứu nạn, cứu hộ cho lực lượng dân phòng (15/03/2024)';
  const alone = decisionFor(article(title), title);
  assert.equal(alone?.fields?.title, 'Tập huấn kỹ năng cứu nạn, cứu hộ cho lực lượng dân phòng');
  assert.deepEqual(alone?.fields?.published, { year: 2024, month: 3, day: 15 });
  const withDateline = decisionFor(article(title, '15/03/2024 10:05'), title);
  assert.equal(withDateline?.fields?.title, 'Tập huấn kỹ năng cứu nạn, cứu hộ cho lực lượng dân phòng');
  assert.equal(withDateline?.fields?.published, undefined);
  const bracketed = 'Khởi tố vụ án vi phạm quy định về giao thông (Điều 260)';
  assert.equal(decisionFor(article(bracketed), bracketed)?.fields?.title, bracketed);
  // The dateline run onto the title's line, a time after the date or a bar before it; a date the title names is the title's.
  for (const [glued, published] of [['Xét xử lưu động vụ án trộm cắp tài sản 07/12/2026 08:30', { year: 2026, month: 12, day: 7, hour: 8, minute: 30 }], ['Xét xử lưu động vụ án trộm cắp tài sản | 07/12/2026', { year: 2026, month: 12, day: 7 }]] as const) {
    const d = decisionFor(article(glued), glued);
    assert.deepEqual([d?.fields?.title, d?.fields?.published], ['Xét xử lưu động vụ án trộm cắp tài sản', published], glued);
  }
  const named = 'Lịch tiếp công dân ngày 15/12/2026';
  assert.equal(decisionFor(article(named), named)?.fields?.title, named);
});

test('title: a title that ends with a word joining it to what follows goes on on the next line, whatever its case; an icon before it is decoration', () => {
  const text = article('Công an huyện Mèo Vạc phối hợp với', 'Đồn Biên phòng Xín Cái tuần tra biên giới', '08/03/2024 09:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Công an huyện Mèo Vạc phối hợp với Đồn Biên phòng Xín Cái tuần tra biên giới');
  const live = article('🔴 TRỰC TIẾP: Lễ ra quân tổng kiểm soát phương tiện', '08/03/2024 07:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(live))).record?.title, 'TRỰC TIẾP: Lễ ra quân tổng kiểm soát phương tiện');
});

test('title: a kicker ending with a colon is completed by the headline under it; a title with a colon over its dateline or a paragraph stands alone (negative)', () => {
  const text = article('Vụ cháy quán karaoke ở Bình Dương:', 'Khởi tố vụ án hình sự, tạm giữ chủ quán', '08/03/2024 19:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Vụ cháy quán karaoke ở Bình Dương: Khởi tố vụ án hình sự, tạm giữ chủ quán');
  const dated = article('Thông báo khẩn:', '08/03/2024 19:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(dated))).record?.title, 'Thông báo khẩn:');
});

test('title: a CMS export\'s label before the title is not part of it; a title that only starts with the word is whole (negative)', () => {
  const text = ['Tiêu đề: Công an xã Đồng Tâm ra mắt mô hình camera an ninh', 'Ngày đăng: 07/03/2024 15:20', 'Tác giả: Minh Thư', 'Nội dung:', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.title, 'Công an xã Đồng Tâm ra mắt mô hình camera an ninh');
  assert.equal(record?.author, 'Minh Thư');
  const plain = article('Tiêu đề các bài báo cần ngắn gọn', '08/03/2024 09:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(plain))).record?.title, 'Tiêu đề các bài báo cần ngắn gọn');
});

test('title: a title that ends as titles do is not joined to the line under it, nor one over its dateline (negative)', () => {
  const text = article('Công an huyện Mèo Vạc tuần tra biên giới', 'Đồn Biên phòng Xín Cái', '08/03/2024 09:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Công an huyện Mèo Vạc tuần tra biên giới');
  const dated = article('Hội nghị tổng kết công tác của', '08/03/2024 09:30');
  assert.equal(kindsOf(dated).get('08/03/2024 09:30'), 'dateline');
});

test('title: a byline in capitals under a title in capitals, or a line after a full sentence, does not continue it (negative)', () => {
  const byline = article('BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN 2 BÁNH HEROIN', 'MINH ĐỨC - HOÀNG LAN', '16:20 | 21/08/2024');
  assert.equal(decisionFor(byline, 'BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN 2 BÁNH HEROIN')?.fields?.title, 'BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN 2 BÁNH HEROIN');
  const sentence = article('CẢNH GIÁC VỚI THỦ ĐOẠN LỪA ĐẢO QUA MẠNG!', 'CÔNG AN TỈNH KHUYẾN CÁO NGƯỜI DÂN', '16:20 | 21/08/2024');
  assert.equal(decisionFor(sentence, 'CẢNH GIÁC VỚI THỦ ĐOẠN LỪA ĐẢO QUA MẠNG!')?.fields?.title, 'CẢNH GIÁC VỚI THỦ ĐOẠN LỪA ĐẢO QUA MẠNG!');
});

test('labelled-section: a section name after its label, wherever it is printed', () => {
  const d = decisionFor(article('Khởi tố 3 đối tượng', '12/03/2024', 'Chuyên mục: Pháp luật'), 'Chuyên mục: Pháp luật');
  assert.equal(d?.kind, 'section');
  assert.equal(d?.fields?.section, 'Pháp luật');
});

test('labelled-section: a sentence after a label word is not a section (negative)', () => {
  const line = 'Mục tiêu: giảm 5% số vụ tai nạn giao thông so với năm trước.';
  assert.notEqual(kindsOf(article('Tiêu đề bài viết', line)).get(line), 'section');
});

test("labelled-section: a series' name after its label ('Loạt bài: Hàng giả tràn lan trên sàn thương mại điện tử') under a part's title is the page's, the section where none is named above; a sentence after the label is the article's (negative)", () => {
  const head = ['Bài 2: Đường đi của những lô hàng giả', 'Loạt bài: Hàng giả tràn lan trên sàn thương mại điện tử', 'Thứ Sáu, 04/12/2026 | 06:00'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Bài 2: Đường đi của những lô hàng giả', 'Hàng giả tràn lan trên sàn thương mại điện tử', 2]);
  const under = extractRecord(readSource('a.txt', Buffer.from(['Điều tra', ...head, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([under?.section, under?.paragraphs.length], ['Điều tra', 2]);
  const line = 'Loạt bài: phóng viên đã ghi nhận nhiều sai phạm. Các cơ quan chức năng vào cuộc.';
  assert.notEqual(kindsOf(article('Tiêu đề bài viết', '04/12/2026 06:00', line)).get(line), 'section');
});

test("site-chrome: the page's tab under the dateline ('Đang xem', now reading) is the page's, not the lead", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['An ninh trật tự', 'Đấu tranh với tội phạm sử dụng công nghệ cao', 'Thứ Hai, 10:20 07/12/2026', 'Đang xem', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.paragraphs.length, record?.lead], [2, PROSE]);
});

test("header-masthead: a commune's or ward's police ('Công an phường Hưng Bình', 'Công an xã Quỳnh Lập') name their sites as a district's does: over the section, the site's, and the headline under them the title; a headline that opens with the unit's name is the title (negative)", () => {
  for (const site of ['Công an phường Hưng Bình', 'Công an xã Quỳnh Lập', 'CÔNG AN THỊ TRẤN NAM ĐÀN']) {
    const title = 'Ra quân tuyên truyền phòng cháy chữa cháy tại các hộ kinh doanh';
    const record = extractRecord(readSource('a.txt', Buffer.from([site, 'Tin hoạt động', title, '02/12/2026 08:45', PROSE, PROSE, 'Nguyễn Hà'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.section], [title, 'Tin hoạt động'], site);
  }
  const headline = 'Công an phường Hưng Bình ra quân tuyên truyền phòng cháy chữa cháy';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from([headline, '02/12/2026 08:45', PROSE, PROSE].join('\n')))).record?.title, headline);
});

test("header-masthead: the site's name in normal case ('Đài truyền thanh xã Yên Hồ') over a title with no dateline, over the text (a greeting maybe first), heads the page; a headline that opens with a unit's name is the title (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Đài truyền thanh xã Yên Hồ', 'Bản tin truyền thanh sáng thứ Hai', 'Kính thưa bà con nhân dân trong xã!', PROSE, PROSE].join('\n')))).record;
  assert.equal(kindsOf(['Đài truyền thanh xã Yên Hồ', 'Bản tin truyền thanh sáng thứ Hai', 'Kính thưa bà con nhân dân trong xã!', PROSE, PROSE].join('\n')).get('Đài truyền thanh xã Yên Hồ'), 'chrome');
  assert.equal(record, null); // no date anywhere: reported, not guessed
  // The title printed twice, one copy over the other: the text is under both.
  const twice = ['Đài truyền thanh xã Yên Hồ', 'Bản tin truyền thanh sáng thứ Hai', 'Bản tin truyền thanh sáng thứ Hai', 'Kính thưa bà con!', 'Sau đây là bản tin sáng nay.', PROSE, PROSE].join('\n');
  assert.equal(kindsOf(twice).get('Đài truyền thanh xã Yên Hồ'), 'chrome');
  // A centre's longer name, with a dash in it, heads the page the same way.
  const centre = ['Trung tâm Văn hóa - Thể thao xã Đức Lĩnh', 'Hội thi văn nghệ quần chúng chào mừng năm mới', PROSE, PROSE].join('\n');
  assert.equal(kindsOf(centre).get('Trung tâm Văn hóa - Thể thao xã Đức Lĩnh'), 'chrome');
  const headline = 'Đồn Biên phòng Lũng Cú tổ chức Ngày hội biên phòng toàn dân năm 2026';
  assert.equal(kindsOf([headline, 'Tuyên truyền biển đảo', PROSE, PROSE].join('\n')).get(headline), 'title');
});

test("header-over-title: the writer under their label ('Tác giả: Thu Trang') and a follow button between the title and the dateline: the title is over them, and the paper's name over it the site's", () => {
  const text = ['Mở ứng dụng', 'Báo Quảng Ninh', 'Quảng Ninh: Hơn 3.000 tàu cá được hướng dẫn tránh trú gió mùa', 'Tác giả: Thu Trang', 'Theo dõi', '06/12/2026 - 16:20', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.author, record?.paragraphs.length], ['Quảng Ninh: Hơn 3.000 tàu cá được hướng dẫn tránh trú gió mùa', 'Thu Trang', 2]);
});

test("title: a province's department named in capitals, its field joined by 'và' ('SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH'), is a site's name, the masthead over its trail, written as named ('Sở Giáo dục và Đào tạo Hà Tĩnh'); a headline that opens with a department is none (negative)", () => {
  assert.equal(isSiteName('SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH'), true);
  assert.equal(isSiteName('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỔ CHỨC HỘI NGHỊ TẠI HÀ TĨNH'), false);
  assert.equal(organisationCase('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN'), 'Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An');
  const text = ['SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH', 'Trang chủ > Tin tức > Tin giáo dục', 'Hà Tĩnh có 45 học sinh đạt giải quốc gia môn văn hóa', 'Người viết: Nguyễn Thị Lan | Ngày: 05/12/2026 | Lượt xem: 320', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.section, 'Tin giáo dục');
});

test("header-masthead: a Party organisation's name ('ĐẢNG BỘ HUYỆN NGHI XUÂN') heading the page over the section is the site's, not the title; as a source it is an organisation", () => {
  const text = ['ĐẢNG BỘ HUYỆN NGHI XUÂN', 'Xây dựng Đảng', 'Huyện ủy Nghi Xuân tổng kết công tác xây dựng Đảng năm 2026', '05/12/2026 16:00', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Huyện ủy Nghi Xuân tổng kết công tác xây dựng Đảng năm 2026', 'Xây dựng Đảng', 2]);
  assert.equal(namesOrganisation('Đảng bộ xã Tân Lập'), true);
});

test("title: the fire police's own name ('Cảnh sát PCCC&CNCH Công an tỉnh Quảng Nam') is a site's name, heading the page over its section and title; its unit signs as an organisation ('Phòng Cảnh sát PCCC&CNCH')", () => {
  assert.equal(isSiteName('Cảnh sát PCCC&CNCH Công an tỉnh Quảng Nam'), true);
  const text = ['Cảnh sát PCCC&CNCH Công an tỉnh Quảng Nam', 'Kỹ năng', 'Hướng dẫn thoát nạn khi xảy ra cháy nhà cao tầng', 'Cập nhật: 06/12/2026 08:00', PROSE, PROSE, 'Phòng Cảnh sát PCCC&CNCH'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.source, record?.paragraphs.length], ['Hướng dẫn thoát nạn khi xảy ra cháy nhà cao tầng', 'Phòng Cảnh sát PCCC&CNCH', 2]);
});

test('section-label: a title in capitals followed by prose is the title (negative)', () => {
  const kinds = kindsOf(['CÔNG AN TỈNH TRIỂN KHAI CAO ĐIỂM', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('CÔNG AN TỈNH TRIỂN KHAI CAO ĐIỂM'), 'title');
});

test("a title printed in capitals over the writer, a photo, the section or a list's opening stays the title; over a title in normal case, a label in capitals is the section (negative)", () => {
  const caps = 'BẮT QUẢ TANG NHÓM ĐỐI TƯỢNG ĐÁNH BẠC TRONG VƯỜN CAO SU';
  const record = (under: string[]) => extractRecord(readSource('a.txt', Buffer.from([caps, ...under, '12/03/2024 08:00', PROSE, PROSE].join('\n')))).record;
  for (const under of [['Thanh Hà'], ['Bài và ảnh: Lê Hà'], ['anh-trao-qua-1.jpg'], ['Thời sự']]) assert.equal(record(under)?.title.toLocaleUpperCase('vi'), caps, under[0]);
  const site = extractRecord(readSource('a.txt', Buffer.from(['CÔNG AN HUYỆN KRÔNG PẮC TẶNG QUÀ TRẺ EM NGHÈO DỊP TẾT TRUNG THU', 'Tin tức', PROSE, '15/09/2024'].join('\n')))).record;
  assert.equal(site?.section, 'Tin tức');
  assert.equal(isSiteName('CÔNG AN HUYỆN KRÔNG PẮC TẶNG QUÀ TRẺ EM NGHÈO DỊP TẾT TRUNG THU'), false);
  assert.equal(isSiteName('CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU'), true);
  const label = extractRecord(readSource('a.txt', Buffer.from(['ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY', 'Tăng cường sự lãnh đạo của Đảng đối với lực lượng Công an', '12/03/2024 08:00', PROSE].join('\n')))).record;
  assert.deepEqual([label?.title, label?.section], ['Tăng cường sự lãnh đạo của Đảng đối với lực lượng Công an', 'Đảng ủy trực thuộc Thành ủy']);
});

test('cms-account: a CMS account name above the title', () => {
  assert.equal(kindsOf(article('Admin', 'Đột phá trong xây dựng')).get('Admin'), 'account');
  assert.equal(kindsOf(article('btv_hoa', 'Đột phá trong xây dựng')).get('btv_hoa'), 'account');
  // Under the site's name and menu too.
  const record = extractRecord(readSource('a.txt', Buffer.from(['CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH', 'Trang chủ | Giới thiệu | Tin tức | Liên hệ', 'Admin', 'Hội nghị sơ kết công tác xây dựng Đảng quý I', 'Thứ Ba, 05/03/2024', PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.author], ['Hội nghị sơ kết công tác xây dựng Đảng quý I', null, null]);
});

test('cms-account: a poster label and an account, wherever it stands, credits nobody', () => {
  const text = ['Tiêu đề bài viết', PROSE, PROSE, 'Người đăng: quantri', 'Đăng bởi: Nguyễn Văn An'].join('\n');
  const kinds = kindsOf(text);
  assert.equal(kinds.get('Người đăng: quantri'), 'account');
  assert.equal(kinds.get('Đăng bởi: Nguyễn Văn An'), 'account');
});

test("cms-account: a CMS export's creator and editor ('Người tạo: admin', 'Người sửa: btv02') under its date credit nobody; the source under the text still does", () => {
  const text = ['Tiêu đề: Trao tặng 50 suất quà cho học sinh nghèo vùng biên', 'Chuyên mục: Hoạt động đoàn thể', 'Ngày tạo: 2026-12-04 08:15:42', 'Người tạo: admin', 'Người sửa: btv02', PROSE, PROSE, 'Nguồn: Đoàn Thanh niên Công an tỉnh Điện Biên'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.paragraphs, record?.author, record?.source], [[PROSE, PROSE], null, 'Đoàn Thanh niên Công an tỉnh Điện Biên']);
});

test('cms-account: a sentence that starts like a poster label is body (negative)', () => {
  const line = 'Người đăng tải thông tin sai sự thật đã bị xử phạt 7,5 triệu đồng theo quy định.';
  assert.equal(kindsOf(['Tiêu đề bài viết', PROSE, line, PROSE].join('\n')).get(line), 'body');
});

test('cms-account: a one-word title with a capital is not an account (negative)', () => {
  assert.equal(kindsOf(article('Tết', PROSE)).get('Tết'), 'title');
});

test('navigation-menu: menu lines are chrome, and the section label under them is the section', () => {
  const kinds = kindsOf(article('TRANG CHỦ', 'GIỚI THIỆU', 'TIN TỨC - SỰ KIỆN', 'VĂN BẢN', 'LIÊN HỆ', 'Tin hoạt động', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh'));
  for (const entry of ['TRANG CHỦ', 'GIỚI THIỆU', 'TIN TỨC - SỰ KIỆN', 'VĂN BẢN', 'LIÊN HỆ']) assert.equal(kinds.get(entry), 'chrome', entry);
  assert.equal(kinds.get('Tin hoạt động'), 'section');
  assert.equal(kinds.get('Hội nghị Ban Chấp hành Đảng bộ tỉnh'), 'title');
  assert.equal(kindsOf(article('Trang chủ | Giới thiệu | Tin tức | Liên hệ', 'Tiêu đề bài viết')).get('Trang chủ | Giới thiệu | Tin tức | Liên hệ'), 'chrome');
  assert.equal(kindsOf(article('Chia sẻ | Facebook | Zalo', 'Tiêu đề bài viết')).get('Chia sẻ | Facebook | Zalo'), 'chrome');
  // A portal's links for its public, one a line right over the title: its menu, no section and no list's heading.
  const portal = extractRecord(readSource('a.txt', Buffer.from(['Hệ thống văn bản', 'Lịch công tác', 'Thủ tục hành chính', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh', '07/12/2026 08:30', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([portal?.section, portal?.title], [null, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh']);
});

test("navigation-menu: a court's menu, one item a line ('Trang chủ', 'Bản án', 'Thủ tục', 'Lịch xét xử', 'Án lệ'), is its menu: its judgments, procedures and hearings' schedule are entries", () => {
  const menu = ['Trang chủ', 'Bản án', 'Thủ tục', 'Lịch xét xử', 'Án lệ'];
  const kinds = kindsOf(article(...menu, 'Xét xử lưu động vụ án giết người tại huyện Kim Sơn', '05/12/2026 15:20'));
  for (const item of menu) assert.equal(kinds.get(item), 'chrome', item);
});

test("navigation-menu: five items or more on one line, most of them known and the rest a few plain words ('Giới thiệu | Tin tức | Án văn | Thủ tục tố tụng | Liên hệ'), are the menu; a line of headlines between bars, or of names with one entry, is none (negative)", () => {
  const menu = 'Giới thiệu | Tin tức | Án văn | Thủ tục tố tụng | Liên hệ';
  assert.equal(kindsOf(article(menu, 'Xét xử lưu động vụ án giết người tại huyện Kim Sơn', '05/12/2026 15:20')).get(menu), 'chrome');
  for (const line of ['Bắt giữ 2 đối tượng | Xử phạt 20 trường hợp | Tuần tra đêm | Ra quân | Tổng kết', 'Hà Nội | Hải Phòng | Nam Định | Thái Bình | Liên hệ']) {
    assert.notEqual(kindsOf(article('Xét xử lưu động vụ án giết người tại huyện Kim Sơn', '05/12/2026 15:20', line)).get(line), 'chrome', line);
  }
});

test("navigation-menu: a share bar's buttons between bars ('Chia sẻ | Facebook | Zalo') are the article's buttons, not the site's menu: the writer's name under them, under the dateline, is the byline", () => {
  const text = ['Cảnh báo thủ đoạn giả danh cán bộ điện lực để lừa đảo', 'lúc 09:15 Thứ Năm, 7 tháng 3, 2024', 'Chia sẻ | Facebook | Zalo', 'Ngọc Anh/VOV-Miền Trung', PROSE, PROSE].join('\n');
  assert.equal(decisionFor(text, 'Chia sẻ | Facebook | Zalo')?.rule, 'site-chrome');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.source, record?.paragraphs.length], ['Ngọc Anh', 'VOV-Miền Trung', 2]);
});

test("navigation-menu: a broadcaster's menu between bars ('Trang chủ | Thời sự | Video | Phát thanh | Truyền hình trực tiếp', or its channels 'VOV1 | VOV2 | …'), its live stream an entry and its radio a kind of piece, is its menu, not a trail from the home page; the kind over the title is the section", () => {
  const menu = 'Trang chủ | Thời sự | Video | Phát thanh | Truyền hình trực tiếp';
  const text = article('ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN', menu, 'Video', 'Nghệ An: Lũ quét gây thiệt hại nặng tại huyện Kỳ Sơn', '07/12/2026 06:30');
  assert.equal(decisionFor(text, menu)?.rule, 'navigation-menu');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.section, 'Video');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(article('Truyền hình', 'Bản tin thời sự tối 7/12/2026', '07/12/2026 19:00')))).record?.section, 'Truyền hình');
  // Its channels are its entries too, and its read-aloud button ('Nghe nội dung') under the lead its player's.
  const channels = 'VOV1 | VOV2 | VOV3 | VOV Giao thông | Nghe trực tiếp';
  const radio = extractRecord(readSource('a.txt', Buffer.from([channels, 'Thời sự', 'Thứ Hai, 07:30, 07/12/2026', 'Thủ tướng yêu cầu bảo đảm đủ hàng hóa phục vụ Tết', PROSE, 'Nghe nội dung', '0:00 / 2:15', PROSE].join('\n')))).record;
  assert.deepEqual([radio?.title, radio?.section, radio?.paragraphs.length], ['Thủ tướng yêu cầu bảo đảm đủ hàng hóa phục vụ Tết', 'Thời sự', 2]);
});

test('navigation-menu: a site\'s own page among three menu entries is one more item of the menu, not a breadcrumb\'s last crumb', () => {
  const menu = 'Trang chủ | Giới thiệu | Tin tức | Văn kiện | Liên hệ';
  const text = article('ĐẢNG BỘ TỈNH THÁI BÌNH', menu, 'Xây dựng Đảng', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18');
  assert.equal(kindsOf(text).get(menu), 'chrome');
  assert.equal(decisionFor(text, 'Xây dựng Đảng')?.fields?.section, 'Xây dựng Đảng');
});

test('navigation-menu: a menu on lines of its own may hold a submenu\'s page nobody listed, one for every three entries', () => {
  const menu = ['Trang chủ', 'Giới thiệu', 'Lịch sử truyền thống', 'Cơ cấu tổ chức', 'Tin tức', 'Văn bản', 'Hỏi đáp', 'Liên hệ'];
  const kinds = kindsOf(article(...menu, 'Tin trong tỉnh', 'Hội thao thể dục thể thao năm 2024'));
  for (const line of menu) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get('Tin trong tỉnh'), 'section');
});

test("navigation-menu: a border guard paper's menu in capitals run together ('TRANG CHỦ  THỜI SỰ  QUỐC PHÒNG - AN NINH  BIÊN GIỚI - BIỂN ĐẢO  XÃ HỘI') is its menu, its sections known; under the paper's name it is no title's second line", () => {
  const text = ['BÁO BIÊN PHÒNG', 'TRANG CHỦ  THỜI SỰ  QUỐC PHÒNG - AN NINH  BIÊN GIỚI - BIỂN ĐẢO  XÃ HỘI', 'Quốc phòng - An ninh', 'Những người lính mang quân hàm xanh giúp dân thoát nghèo', 'Thứ Bảy, 05/12/2026 | 07:30', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section], ['Những người lính mang quân hàm xanh giúp dân thoát nghèo', 'Quốc phòng - An ninh']);
});

test("navigation-menu: a page nobody listed among the items may run to seven words ('Hoạt động của Ban Giám đốc Sở'), the menu still ending at its last entry", () => {
  const menu = ['Trang chủ', 'Tin tức sự kiện', 'Hoạt động của Ban Giám đốc Sở', 'Văn bản', 'Thủ tục hành chính'];
  const kinds = kindsOf(article('SỞ TƯ PHÁP', ...menu, 'Sở Tư pháp tổ chức hội nghị tổng kết năm 2026', '07/12/2026 10:25'));
  for (const line of menu) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get('Sở Tư pháp tổ chức hội nghị tổng kết năm 2026'), 'title');
});

test("navigation-menu: a paper's menu of sections only, on lines of their own, with 'Đăng nhập' over it, is its menu; the section printed again under it is the section, and five sections or fewer are left to the trail and section rules (negative)", () => {
  const menu = ['Đăng nhập', 'Thời sự', 'Chính trị', 'Xã hội', 'Pháp luật', 'Kinh tế', 'Thế giới', 'Thể thao'];
  // No dateline under the title to tell the page's lines above it (see header-over-title): the date is in the lead.
  const lead = 'Ngày 6/12/2026, Công an thành phố cho biết đã triệt phá một đường dây cá độ bóng đá qua mạng, bắt giữ 9 đối tượng.';
  const record = extractRecord(readSource('a.txt', Buffer.from([...menu, 'Pháp luật', 'Triệt phá đường dây cá độ bóng đá qua mạng', lead, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Triệt phá đường dây cá độ bóng đá qua mạng', 'Pháp luật', 2]);
  const few = ['Thời sự', 'Chính trị', 'Xã hội', 'Kinh tế', 'Pháp luật'];
  const text = article(...few, 'Triệt phá đường dây cá độ bóng đá qua mạng', '07/12/2026 06:45');
  for (const line of few) assert.notEqual(decisionFor(text, line)?.rule, 'navigation-menu', line);
});

test('navigation-menu: a party site\'s long entries are known by name, and the Party board\'s name over the menu is the masthead', () => {
  const menu = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Văn kiện - Tư liệu', 'Liên hệ'];
  const text = article('BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG', ...menu, 'Tin hoạt động', 'Hội nghị báo cáo viên Tỉnh ủy tháng 3/2024', 'Thứ Sáu, 08/03/2024 - 08:30');
  const kinds = kindsOf(text);
  for (const line of ['BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG', ...menu]) assert.equal(kinds.get(line), 'chrome', line);
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.title, 'Hội nghị báo cáo viên Tỉnh ủy tháng 3/2024');
  assert.equal(record?.section, 'Tin hoạt động');
});

test('navigation-menu: a party committee site\'s sections between bars (Chính quyền, Mặt trận - Đoàn thể) are its menu, not a trail; a genre\'s name over the title is the section', () => {
  const menu = 'Trang chủ | Tin tức | Xây dựng Đảng | Chính quyền | Mặt trận - Đoàn thể';
  const record = extractRecord(readSource('a.txt', Buffer.from(article(menu, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20', '07/03/2024 16:05')))).record;
  assert.equal(record?.section, null);
  assert.equal(kindsOf(article(menu, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20', '07/03/2024 16:05')).get(menu), 'chrome');
  const story = extractRecord(readSource('a.txt', Buffer.from(article('Phóng sự ảnh', 'Những bóng áo xanh trên công trường', 'Phóng sự ảnh: Văn Tú', 'Chủ Nhật, 03/03/2024 07:00')))).record;
  assert.deepEqual([story?.title, story?.section, story?.author], ['Những bóng áo xanh trên công trường', 'Phóng sự ảnh', 'Văn Tú']);
});

test('navigation-menu: a menu line nobody listed opening the run, or two among three entries, make no menu; a short title under a menu is the title (negative)', () => {
  const opening = kindsOf(article('Lịch sử truyền thống', 'Giới thiệu', 'Liên hệ', 'Hỏi đáp', 'Tiêu đề bài viết'));
  assert.notEqual(opening.get('Lịch sử truyền thống'), 'chrome');
  const two = kindsOf(article('Trang chủ', 'Giới thiệu', 'Lịch sử truyền thống', 'Đội ngũ lãnh đạo', 'Liên hệ', 'Tiêu đề bài viết'));
  assert.notEqual(two.get('Đội ngũ lãnh đạo'), 'chrome');
  const title = kindsOf(article('Trang chủ', 'Giới thiệu', 'Liên hệ', 'Bắt giữ đối tượng trộm cắp', '12/03/2024 08:00'));
  assert.equal(title.get('Bắt giữ đối tượng trộm cắp'), 'title');
});

test('navigation-menu: as many items that are no entries as known ones, or one beside too few entries, make no menu (negative)', () => {
  for (const line of ['Trang chủ | Thư viện số | Kỷ yếu | Ảnh đẹp | Liên hệ', 'Trang chủ | Tin tức | Kỷ yếu']) {
    assert.notEqual(decisionFor(article(line, 'Tiêu đề bài viết'), line)?.rule, 'navigation-menu', line);
  }
});

test('navigation-menu: two menu words, or section names alone, are not a menu (negative)', () => {
  const kinds = kindsOf(article('Giới thiệu', 'Liên hệ', 'Tiêu đề bài viết'));
  assert.notEqual(kinds.get('Giới thiệu'), 'chrome');
  assert.notEqual(kinds.get('Liên hệ'), 'chrome');
  assert.equal(kindsOf(article('Tiêu đề bài viết', 'Thời sự | Xã hội | Pháp luật')).get('Thời sự | Xã hội | Pháp luật') === 'chrome', false);
});

test('navigation-menu: a menu line whose items run together without separators is chrome', () => {
  const menu = 'TRANG CHỦ  TIN TỨC  AN NINH TRẬT TỰ  GIAO THÔNG  LIÊN HỆ';
  const d = decisionFor(article(menu, 'Tạm giữ đối tượng trộm cắp xe máy'), 'TRANG CHỦ TIN TỨC AN NINH TRẬT TỰ GIAO THÔNG LIÊN HỆ');
  assert.equal(d?.kind, 'chrome');
  assert.match(d?.reason ?? '', /5 menu items run together/);
  // Its links copied with nothing at all between them.
  assert.equal(kindsOf(article('Trang chủGiới thiệuTin tứcVăn bảnLiên hệ', 'Tạm giữ đối tượng trộm cắp xe máy')).get('Trang chủGiới thiệuTin tứcVăn bảnLiên hệ'), 'chrome');
  // Section names side by side, with no menu entry, are left to the section rules (negative).
  assert.notEqual(kindsOf(article('An ninh Pháp luật Xã hội', 'Tiêu đề bài viết')).get('An ninh Pháp luật Xã hội'), 'chrome');
});

test('navigation-menu: a social bar\'s buttons side by side are chrome', () => {
  assert.equal(kindsOf(['Tiêu đề', PROSE, PROSE, 'Nguyễn Văn An', 'Thích   Bình luận   Chia sẻ'].join('\n')).get('Thích Bình luận Chia sẻ'), 'chrome');
});

test('header-masthead: the site\'s name in capitals over its menu is chrome, not the section', () => {
  const masthead = 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ';
  const kinds = kindsOf(article(masthead, 'Trang chủ | Giới thiệu | Tin tức | Liên hệ', 'Triển khai kế hoạch cải cách hành chính'));
  assert.equal(kinds.get(masthead), 'chrome');
  assert.equal(kinds.get('Triển khai kế hoạch cải cách hành chính'), 'title');
});

test('header-masthead: a commune\'s or district\'s name over its menu, and a portal\'s name in normal case over a print button, are chrome', () => {
  for (const masthead of ['ỦY BAN NHÂN DÂN XÃ TÂN PHÚ', 'HUYỆN ỦY CAN LỘC', 'CÔNG AN HUYỆN ĐẦM HÀ']) {
    const kinds = kindsOf(article(masthead, 'Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ', 'Ra mắt mô hình camera an ninh tại các ấp'));
    assert.equal(kinds.get(masthead), 'chrome', masthead);
  }
  const portal = 'Cổng thông tin điện tử Công an tỉnh Hà Tĩnh';
  const kinds = kindsOf(article(portal, 'In bài viết', 'Hà Tĩnh: Khởi tố 3 đối tượng đánh bạc qua mạng', 'Ngày đăng: 14-03-2024 | 09:25'));
  assert.equal(kinds.get(portal), 'chrome');
  assert.equal(kinds.get('Hà Tĩnh: Khởi tố 3 đối tượng đánh bạc qua mạng'), 'title');
});

test("site-chrome: a print view's date of printing ('In ngày: 06/12/2026') under the page's address is the page's, not the title nor the article's date", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['https://congan.quangngai.gov.vn/tin-tuc/ra-quan-tong-kiem-soat', 'In ngày: 06/12/2026', 'Ra quân tổng kiểm soát phương tiện giao thông dịp cuối năm', 'Ngày đăng: 02/12/2026 07:45', PROSE, PROSE, 'Thanh Sơn'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], ['Ra quân tổng kiểm soát phương tiện giao thông dịp cuối năm', '2026-12-02T07:45:00+07:00', 2]);
});

test('header-masthead: a paper\'s name in capitals over its menu is chrome; a caps title over a share button is not (negative)', () => {
  const kinds = kindsOf(article('CÔNG AN NHÂN DÂN ONLINE', 'Thời sự | Pháp luật | Kinh tế | Văn hóa | Thể thao | Quốc tế', 'Khởi tố Giám đốc doanh nghiệp trốn thuế'));
  assert.equal(kinds.get('CÔNG AN NHÂN DÂN ONLINE'), 'chrome');
  assert.equal(kinds.get('Thời sự | Pháp luật | Kinh tế | Văn hóa | Thể thao | Quốc tế'), 'chrome');
  assert.equal(kinds.get('Khởi tố Giám đốc doanh nghiệp trốn thuế'), 'title');
  const title = 'BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN MA TÚY';
  assert.equal(kindsOf(article(title, 'Chia sẻ bài viết', '16:20 | 21/08/2024')).get(title), 'title');
});

test('header-masthead: a portal\'s name in normal case over the dateline and the title (a print view) is chrome; an organisation\'s news over its dateline is the title (negative)', () => {
  const text = ['Cổng thông tin điện tử Công an tỉnh Bắc Kạn', 'Thứ bảy - 09/03/2024 08:10', 'Bắc Kạn: Khởi tố vụ án khai thác khoáng sản trái phép', PROSE, PROSE, 'Hoàng Nam'].join('\n');
  assert.equal(kindsOf(text).get('Cổng thông tin điện tử Công an tỉnh Bắc Kạn'), 'chrome');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Bắc Kạn: Khởi tố vụ án khai thác khoáng sản trái phép');
  const news = ['Công an tỉnh Bắc Kạn ra quân', 'Thứ bảy - 09/03/2024 08:10', 'Bắc Kạn mở đợt cao điểm', PROSE, 'Hoàng Nam'].join('\n');
  assert.equal(kindsOf(news).get('Công an tỉnh Bắc Kạn ra quân'), 'title');
});

test('header-masthead: a portal\'s name over the title and its dateline, the section maybe between, is chrome; over the lead before any dateline it is the title (negative)', () => {
  const district = ['Cổng thông tin điện tử huyện Kỳ Anh', 'Tin hoạt động', 'Ra quân tổng kiểm soát phương tiện giao thông đường thủy', 'Ngày đăng: 05/03/2024', PROSE, PROSE, 'Hoàng Lâm'].join('\n');
  const r1 = extractRecord(readSource('a.txt', Buffer.from(district))).record;
  assert.deepEqual([r1?.title, r1?.section], ['Ra quân tổng kiểm soát phương tiện giao thông đường thủy', 'Tin hoạt động']);
  const youth = ['Trang tin điện tử Đoàn Thanh niên Công an tỉnh Nghệ An', 'Tuổi trẻ Công an Nghệ An hiến máu tình nguyện', 'Tháng Ba 4, 2024 bởi Phương Thảo', 'Hoạt động', PROSE, PROSE].join('\n');
  const r2 = extractRecord(readSource('a.txt', Buffer.from(youth))).record;
  assert.deepEqual([r2?.title, r2?.author], ['Tuổi trẻ Công an Nghệ An hiến máu tình nguyện', 'Phương Thảo']);
  const launch = ['Cổng thông tin điện tử huyện Kỳ Anh chính thức vận hành', PROSE, '05/03/2024', PROSE, 'Hoàng Lâm'].join('\n');
  assert.equal(kindsOf(launch).get('Cổng thông tin điện tử huyện Kỳ Anh chính thức vận hành'), 'title');
});

test('header-masthead: a name in capitals with no menu under it is left to the section and title rules (negative)', () => {
  const label = 'CÔNG AN TỈNH QUẢNG TRỊ';
  assert.equal(kindsOf(article(label, 'Triển khai kế hoạch cải cách hành chính')).get(label), 'section');
  // Named as the unit is named, its place's name capitalised; a section that names no unit keeps one capital.
  assert.equal(decisionFor(article(label, 'Triển khai kế hoạch cải cách hành chính'), label)?.fields?.section, 'Công an tỉnh Quảng Trị');
  const command = 'BAN CHỈ HUY QUÂN SỰ HUYỆN HƯƠNG SƠN';
  assert.equal(decisionFor(article(command, 'Kết quả thực hiện nhiệm vụ quốc phòng năm 2026'), command)?.fields?.section, 'Ban Chỉ huy Quân sự huyện Hương Sơn');
  assert.equal(decisionFor(article('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY', 'Tăng cường sự lãnh đạo của Đảng'), 'ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY')?.fields?.section, 'Đảng ủy trực thuộc Thành ủy');
});

test('header-masthead: a site named after the kind of place (xã, huyện) is a site name; in capitals over a heading it is the masthead', () => {
  const portal = 'Cổng thông tin điện tử xã Tân Lập';
  assert.equal(kindsOf(article(portal, 'Đăng nhập | Đăng ký', 'Tập huấn phòng cháy chữa cháy cho hộ kinh doanh')).get(portal), 'chrome');
  const kinds = kindsOf(article('UBND HUYỆN ĐỨC TRỌNG', 'Tin hoạt động', 'Đức Trọng ra quân xây dựng nông thôn mới'));
  assert.equal(kinds.get('UBND HUYỆN ĐỨC TRỌNG'), 'chrome');
  assert.equal(kinds.get('Tin hoạt động'), 'section');
  assert.equal(kinds.get('Đức Trọng ra quân xây dựng nông thôn mới'), 'title');
});

test('header-masthead: a title in capitals that opens with an organisation, over its date, is the title (negative)', () => {
  const title = 'CÔNG AN HUYỆN YÊN PHONG BẮT GIỮ ĐỐI TƯỢNG';
  assert.equal(kindsOf(article(title, '12/03/2024')).get(title), 'title');
  assert.equal(kindsOf(['Báo động tình trạng trẻ em đuối nước', '12/03/2024', PROSE, PROSE].join('\n')).get('Báo động tình trạng trẻ em đuối nước'), 'title');
});

test('section-label: a known section in capitals reads in normal case', () => {
  assert.equal(decisionFor(article('XÃ HỘI', 'Tuổi trẻ ra quân tình nguyện hè'), 'XÃ HỘI')?.fields?.section, 'Xã hội');
});

test('section-label: an icon before a known section is the site\'s decoration', () => {
  const d = decisionFor(article('📰 Tin tức', 'Hướng dẫn người dân cài đặt ứng dụng VNeID', '19/04/2024 09:00'), '📰 Tin tức');
  assert.equal(d?.kind, 'section');
  assert.equal(d?.fields?.section, 'Tin tức');
});

test('section-label: a known section in square brackets above the title', () => {
  const d = decisionFor(article('[An ninh trật tự]', 'Triệt phá đường dây đánh bạc qua mạng', '11/11/2024 20:00'), '[An ninh trật tự]');
  assert.equal(d?.kind, 'section');
  assert.equal(d?.fields?.section, 'An ninh trật tự');
});

test('header-widget: today\'s date and the weather in the header are chrome; the dateline under the title is the date', () => {
  const text = article('Hôm nay: Thứ Sáu, ngày 22/11/2024', 'Hà Nội 24°C Có mây', 'Nhiệt độ: 24 - 31°C', 'Tạm giữ đối tượng trộm cắp xe máy', 'Thứ Ba, 19/11/2024 - 15:20');
  const kinds = kindsOf(text);
  for (const line of ['Hôm nay: Thứ Sáu, ngày 22/11/2024', 'Hà Nội 24°C Có mây', 'Nhiệt độ: 24 - 31°C']) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get('Tạm giữ đối tượng trộm cắp xe máy'), 'title');
  assert.deepEqual(decisionFor(text, 'Thứ Ba, 19/11/2024 - 15:20')?.fields?.published, { year: 2024, month: 11, day: 19, hour: 15, minute: 20 });
});

test("site-chrome: a reading aid's toggle ('Tương phản', 'Chế độ tối') under the text size buttons, one a line over the title, is the page's, no section", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(article('A-', 'A', 'A+', 'Tương phản', 'Chế độ tối', 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện', '05/12/2026 08:30')))).record;
  assert.deepEqual([record?.section, record?.title], [null, 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện']);
});

test("site-chrome: under a cookie banner over the page (and the browser's tab maybe), a section's name over the title is still the section, and a hotline still the header's", () => {
  const cookies = ['Trang web này sử dụng cookie để nâng cao trải nghiệm người dùng. Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách cookie của chúng tôi.', 'Đồng ý'];
  const title = 'Khánh thành cầu dân sinh tại xã vùng cao Mường Lát';
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from(article(...cookies, ...head, title, 'Thứ Ba, 05/11/2024 - 16:20')))).record;
  assert.deepEqual([record('Tin nổi bật')?.section, record('Tin nổi bật')?.title], ['Tin nổi bật', title]);
  // Under the browser's tab too, the title and the site's name over the banner.
  const tab = extractRecord(readSource('a.txt', Buffer.from(article(`${title} - Công an tỉnh Thanh Hóa`, ...cookies, 'Tin nổi bật', title, 'Thứ Ba, 05/11/2024 - 16:20')))).record;
  assert.deepEqual([tab?.section, tab?.title], ['Tin nổi bật', title]);
  const hotline = record('Đường dây nóng: 0963.123.456 | Email: toasoan@baolaichau.vn');
  assert.deepEqual([hotline?.title, hotline?.paragraphs.length], [title, 2]);
});

test("header-widget: a top bar of today's date and the site's links ('Thứ Hai, 07/12/2026 | Đăng nhập | Báo in | E-paper'), and today's date under the portal's name over its menu, are the header's; the font size buttons under their label are the page's", () => {
  const paper = ['Thứ Hai, 07/12/2026 | Đăng nhập | Báo in | E-paper', 'BÁO NGHỆ AN', 'Thời sự', 'Pháp luật', 'Xã hội', 'Pháp luật', 'Phá đường dây đánh bạc qua mạng', 'Thứ Hai, 07/12/2026 - 09:30 (GMT+7)', PROSE, PROSE].join('\n');
  const first = extractRecord(readSource('a.txt', Buffer.from(paper))).record;
  assert.deepEqual([first?.title, first?.date, first?.paragraphs.length], ['Phá đường dây đánh bạc qua mạng', '2026-12-07T09:30:00+07:00', 2]);
  const portal = ['CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ', 'Ngày 07/12/2026', 'Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ', 'Tin hoạt động', 'Thạch Hà tổ chức Ngày hội Đại đoàn kết', 'Xem với cỡ chữ A- A A+', '05/12/2026 16:45', PROSE, PROSE].join('\n');
  const second = extractRecord(readSource('a.txt', Buffer.from(portal))).record;
  assert.deepEqual([second?.title, second?.date, second?.section], ['Thạch Hà tổ chức Ngày hội Đại đoàn kết', '2026-12-05T16:45:00+07:00', 'Tin hoạt động']);
  // Alone, a print edition's name is its section (see the print-edition page of the labelled set).
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(['BÁO IN', 'Số 5.123, ra ngày 06/12/2024', 'Trang 3', 'Giữ bình yên cho khu phố', PROSE, PROSE].join('\n')))).record?.section?.toLowerCase(), 'báo in');
});

test("header-widget: today's date under a masthead whose second line is the portal's kind ('THÀNH ỦY HẢI PHÒNG' / 'CỔNG THÔNG TIN ĐIỆN TỬ'), with the site's lines between, is the header's: the date under the title is the article's", () => {
  const title = 'Đảng ủy Công an thành phố tổng kết công tác xây dựng Đảng năm 2026';
  const page = ['THÀNH ỦY HẢI PHÒNG', 'CỔNG THÔNG TIN ĐIỆN TỬ', 'Tìm kiếm...', 'Thứ Hai, 07/12/2026', 'Tin tức - Sự kiện', title, 'Ngày 05/12/2026 10:15', PROSE, PROSE, 'Thu Trang'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(page))).record;
  assert.deepEqual([record?.title, record?.date, record?.section, record?.paragraphs.length], [title, '2026-12-05T10:15:00+07:00', 'Tin tức - Sự kiện', 2]);
});

test("header-masthead and site-chrome: a WordPress page's skip link, its 'Trang thông tin điện tử …' name over its menu button, and the search box's label ('Tìm kiếm cho:') are the site's; the title over 'Posted on … by admin' is the title", () => {
  const text = ['Chuyển đến nội dung', 'Trang thông tin điện tử phường Tân Định', 'Menu', 'Tìm kiếm cho:', 'Phường Tân Định ra mắt mô hình tuyến phố văn minh', 'Posted on 05/12/2026 by admin', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], ['Phường Tân Định ra mắt mô hình tuyến phố văn minh', '2026-12-05', 2]);
});

test("header-widget: the weather with its rain's strength ('Hà Tĩnh: 19°C - 24°C, có mưa nhỏ') is the header's, not the title", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(article('Thứ Hai, 07/12/2026', 'Hà Tĩnh: 19°C - 24°C, có mưa nhỏ', 'Khởi tố nhóm đối tượng cướp giật tài sản', '07/12/2026 10:05')))).record;
  assert.deepEqual([record?.title, record?.date], ['Khởi tố nhóm đối tượng cướp giật tài sản', '2026-12-07T10:05:00+07:00']);
});

test("header-widget: today's date under a paper's initials ('SGGP'), over its menu, is the header's, though the menu is long; the initials are the masthead, not the title", () => {
  const text = ['SGGP', 'Thứ 2, 07/12/2026', 'Đăng nhập', 'Thời sự', 'Chính trị', 'Xã hội', 'Pháp luật', 'Kinh tế', 'Thế giới', 'Pháp luật', 'Triệt phá đường dây cá độ bóng đá qua mạng', 'Thứ 2, 07/12/2026 06:45', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.section, record?.paragraphs.length], ['Triệt phá đường dây cá độ bóng đá qua mạng', '2026-12-07T06:45:00+07:00', 'Pháp luật', 2]);
});

test("header-widget: the header's clock, today's date with its time ('Thứ Hai, 07/12/2026 10:38 (GMT+7)'), under the paper's name and over its menu, is the header's when the article prints its own date; with no other date it is the article's (negative)", () => {
  const head = ['Báo Hà Tĩnh', 'Thứ Hai, 07/12/2026 10:38 (GMT+7)', 'Thời sự Chính trị Kinh tế Xã hội Pháp luật Văn hóa Thể thao', 'Pháp luật', 'Triệt xóa ổ nhóm cho vay lãi nặng hoạt động liên tỉnh'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...head, '07/12/2026 - 09:15', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.section, record?.paragraphs.length], ['Triệt xóa ổ nhóm cho vay lãi nặng hoạt động liên tỉnh', '2026-12-07T09:15:00+07:00', 'Pháp luật', 2]);
  const undated = extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE].join('\n')))).record;
  assert.equal(undated?.date, '2026-12-07T10:38:00+07:00');
});

test("breadcrumb: a trail whose crumbs are split by slashes with no space ('Trang chủ/Tin tức/An ninh trật tự') from the home page on is the trail, its last crumb the section; a title with a slash is none (negative)", () => {
  const title = 'Công an phường Thạch Linh ra mắt đường dây nóng tiếp nhận tin báo';
  const read = (top: string, heading = title) => extractRecord(readSource('a.txt', Buffer.from([top, heading, '05/12/2026 15:30', PROSE, PROSE, 'Minh Thu'].join('\n')))).record;
  const record = read('Trang chủ/Tin tức/An ninh trật tự');
  assert.deepEqual([record?.title, record?.section], [title, 'An ninh trật tự']);
  const slashed = 'Cao điểm 24/7 tuần tra/kiểm soát dịp Tết';
  assert.equal(read('An ninh trật tự', slashed)?.title, slashed);
});

test("breadcrumb: a menu's item above the trail named as its last crumb ('News' in the menu, 'Home > News') is the section's link, and the crumb the section", () => {
  const text = ['MINISTRY OF PUBLIC SECURITY', 'Home', 'News', 'Events', 'Contact', 'Home > News', 'Police delegation attends ASEANAPOL conference in Kuala Lumpur', 'December 5, 2026', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.section, 'News');
});

test("header-widget: the header's clock over a menu copied one item a line, the article's own date further down than the menu's lines, is the header's; with no other date it is the article's (negative)", () => {
  const title = 'Triệt xóa điểm bán lẻ ma túy tại phường Đông Sơn';
  const head = ['CÔNG AN TỈNH THANH HÓA', 'Thứ Hai, 07/12/2026 10:15', 'Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Thủ tục hành chính', 'Hỏi - Đáp', 'Liên hệ', 'Tin tức - Sự kiện » Phòng chống tội phạm', title];
  const dated = extractRecord(readSource('a.txt', Buffer.from([...head, 'Ngày đăng: 06/12/2026 | 14:20', PROSE, PROSE, 'Quang Huy'].join('\n')))).record;
  assert.deepEqual([dated?.title, dated?.date, dated?.section], [title, '2026-12-06T14:20:00+07:00', 'Phòng chống tội phạm']);
  assert.equal(extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE, 'Quang Huy'].join('\n')))).record?.date, '2026-12-07T10:15:00+07:00');
});

test('header-widget: a header\'s date with no label, over the dateline of the same day, gives way to the dateline\'s time', () => {
  const text = article('Hà Nội 28°C', 'Thứ Ba, 16/07/2024', 'Bồi dưỡng kiến thức quốc phòng cho chức sắc tôn giáo', '16/07/2024 08:40');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.date, '2024-07-16T08:40:00+07:00');
  assert.equal(record?.title, 'Bồi dưỡng kiến thức quốc phòng cho chức sắc tôn giáo');
});

test('header-widget: a day with no time heading the page, over the site\'s name, is today\'s; the masthead under it and the section are the site\'s', () => {
  const text = article('Thứ Sáu, ngày 08/03/2024', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH VĨNH PHÚC', 'Tìm kiếm', 'Hoạt động Công an địa phương', 'Công an xã Tam Hồng ra mắt mô hình mới', 'Đăng lúc: 03:45 PM, 06/03/2024');
  const kinds = kindsOf(text);
  for (const line of ['Thứ Sáu, ngày 08/03/2024', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH VĨNH PHÚC', 'Tìm kiếm']) assert.equal(kinds.get(line), 'chrome', line);
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.date, '2024-03-06T15:45:00+07:00');
  assert.equal(record?.section, 'Hoạt động Công an địa phương');
  assert.equal(record?.title, 'Công an xã Tam Hồng ra mắt mô hình mới');
});

test("header-widget: a day with no time heading the page, under the weather or the browser's tab maybe, right over the title (or its section) whose own date is earlier, or printed with no year, is today's; over a later date, or over no other, it is the article's (negative)", () => {
  const date = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from(article(...head)))).record?.date;
  const title = 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện';
  assert.equal(date('Thứ Hai, 07/12/2026', title, '05/12/2026 08:30'), '2026-12-05T08:30:00+07:00');
  assert.equal(date('Hà Nội 28°C', 'Thứ Hai, 07/12/2026', 'An ninh trật tự', title, 'Cập nhật: 05/12/2026 08:30'), '2026-12-05T08:30:00+07:00');
  assert.equal(date('Thứ Hai, 07/12/2026', 'Đăng lúc 15:20 ngày 01/06/2026', title), '2026-06-01T15:20:00+07:00');
  assert.equal(date(`${title} - Công an tỉnh Nghệ An`, 'Thứ Hai, 07/12/2026', 'Tìm kiếm...', title, 'Cập nhật: 05/12/2026 08:30'), '2026-12-05T08:30:00+07:00');
  // Its own day and month under the title, with no year (`Thứ Năm, 3/12`): a year puts it no later than today.
  assert.equal(date('Thứ Hai, 07/12/2026', title, 'Thứ Năm, 3/12'), '2026-12-03');
  // Under its label the header's date names the year of a lead's day and month that the body does not.
  assert.equal(date('Hôm nay: Thứ Hai, 07/12/2026', title, 'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát phương tiện giao thông.'), '2026-12-05');
  // The article's own date over its title, and a later one under it; or no other date.
  assert.equal(date('Thứ Hai, 07/12/2026', title, '08/12/2026 10:00')?.slice(0, 10), '2026-12-07');
  assert.equal(date('Thứ Hai, 07/12/2026', title), '2026-12-07');
});

test('header-widget: another article\'s headline in the header\'s ticker is chrome; a paper\'s masthead over its motto is chrome', () => {
  const ticker = 'TIN NÓNG: Hà Nội ra quân cao điểm bảo đảm trật tự an toàn giao thông';
  const text = article(ticker, 'Thời sự', 'Khánh Hòa: Cứu 15 thuyền viên tàu cá bị chìm', '08/03/2024 06:45');
  assert.equal(kindsOf(text).get(ticker), 'chrome');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Khánh Hòa: Cứu 15 thuyền viên tàu cá bị chìm');
  const paper = article('BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM', 'Cơ quan của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'Xây dựng Đảng', 'Thứ năm, 7/3/2024 | 15:20 (GMT+7)', 'Sơ kết công tác kiểm tra, giám sát');
  const record = extractRecord(readSource('a.txt', Buffer.from(paper))).record;
  assert.equal(record?.title, 'Sơ kết công tác kiểm tra, giám sát');
  assert.equal(record?.section, 'Xây dựng Đảng');
});

test("header-widget: under the ticker, today's date over the site's name is still today's; the article's date is its own", () => {
  const text = article('Tin nóng: Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'Thứ Sáu, ngày 08/03/2024', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH VĨNH PHÚC', 'Hoạt động Công an địa phương', 'Công an xã Tam Hồng ra mắt mô hình mới', 'Đăng lúc: 03:45 PM, 06/03/2024');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.section], ['Công an xã Tam Hồng ra mắt mô hình mới', '2024-03-06T15:45:00+07:00', 'Hoạt động Công an địa phương']);
});

test('header-widget: a title that opens with a ticker\'s word, with no other title under it, is the title (negative)', () => {
  const title = 'Tin nóng: Hà Nội ra quân cao điểm bảo đảm trật tự an toàn giao thông';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(article(title, '08/03/2024 06:45')))).record?.title, title);
});

test('header-list: the latest news with their times, and new documents with their numbers, printed above the article are the site\'s', () => {
  const news = article('Tin mới nhất', '15:10 Bắt đối tượng cướp tiệm vàng', '14:45 Xử lý 120 trường hợp vi phạm', 'An ninh trật tự', 'Phá đường dây mua bán hóa đơn', '07/03/2024 15:30');
  const n = extractRecord(readSource('a.txt', Buffer.from(news))).record;
  assert.equal(n?.title, 'Phá đường dây mua bán hóa đơn');
  assert.equal(n?.section, 'An ninh trật tự');
  const documents = article('Văn bản mới', 'Quyết định số 245/QĐ-UBND ngày 01/03/2024 về việc phê duyệt kế hoạch', 'Kế hoạch số 56/KH-CAT ngày 28/02/2024 triển khai Đề án 06', 'Xem tất cả', 'Tin hoạt động', 'Sơ kết 3 năm thực hiện Đề án 06', '07/03/2024 14:00');
  const d = extractRecord(readSource('a.txt', Buffer.from(documents))).record;
  assert.equal(d?.title, 'Sơ kết 3 năm thực hiện Đề án 06');
  assert.equal(d?.date, '2024-03-07T14:00:00+07:00');
  assert.equal(d?.section, 'Tin hoạt động');
});

test('header-list: featured headlines with no times under their heading run down to the title, the line over the dateline', () => {
  const text = article('Tin nổi bật', 'Bắt đối tượng trộm cắp xe máy', 'Công an Hà Tĩnh ra quân', 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', '08/03/2024 14:20');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Công an huyện Can Lộc triệt phá đường dây đánh bạc', null, 2]);
  // A section right over the title is the article's, not the list's last item.
  const numbered = article('Đọc nhiều', '1', 'Cảnh giác với thủ đoạn giả danh cán bộ thuế', '2', 'Hướng dẫn đăng ký tạm trú trực tuyến', 'Tin hoạt động', 'Công an xã Kỳ Thư ra mắt mô hình mới', '05/03/2024 - 10:00');
  const n = extractRecord(readSource('a.txt', Buffer.from(numbered))).record;
  assert.deepEqual([n?.title, n?.section], ['Công an xã Kỳ Thư ra mắt mô hình mới', 'Tin hoạt động']);
  // With a sapo between the title and the dateline, the run does not reach a dateline: nothing is taken (negative).
  const sapo = article('Tin nổi bật', 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', PROSE, '08/03/2024 14:20');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(sapo))).record?.title, 'Công an huyện Can Lộc triệt phá đường dây đánh bạc');
  // Nor does a deck under the title, over the lead: featured headlines end over a dateline only (negative).
  const deck = article('Tin nổi bật', 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', 'Thu giữ hơn 200 triệu đồng', `Ngày 8/3/2024, ${PROSE}`);
  assert.equal(kindsOf(deck).get('Công an huyện Can Lộc triệt phá đường dây đánh bạc'), 'title');
});

test("header-list: featured headlines run down to the title over the writer with their unit or under their label ('Hà Thu Trang - Công an huyện …', 'Tác giả: …') over the dateline, as over a name alone", () => {
  for (const writer of ['Hà Thu Trang', 'Hà Thu Trang - Công an huyện Thanh Sơn', 'Tác giả: Hà Thu Trang']) {
    const text = article('Tin nổi bật', 'Bắt đối tượng trộm cắp xe máy', 'Công an Hà Tĩnh ra quân', 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', writer, '08/03/2024 14:20');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.title, record?.author], ['Công an huyện Can Lộc triệt phá đường dây đánh bạc', 'Hà Thu Trang'], writer);
  }
});

test("breadcrumb: a trail copied one crumb a line ends over the title when the article's buttons or the site's widgets stand between the title and the dateline ('A- A A+', 'Nghe đọc bài', '3 phút đọc')", () => {
  const title = 'Trao quyết định bổ nhiệm Phó Giám đốc Công an tỉnh';
  for (const buttons of ['A- A A+', 'Nghe đọc bài', '3 phút đọc', 'Theo dõi trên Google News']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ', 'Tin tức - Sự kiện', title, buttons, '08/07/2024 16:10', PROSE, PROSE].join('\n')))).record;
    assert.deepEqual([record?.title, record?.section], [title, 'Tin tức - Sự kiện'], buttons);
  }
});

test("title and bylines: a headline that opens with a unit named by a place the places list does not know, then a verb ('Đồn Biên phòng Lũng Cú tổ chức …', 'Trường THPT Phan Đình Phùng tổ chức …'), is no unit's name: over the text's buttons it is the title; the unit's name alone still is one (negative)", () => {
  for (const headline of ['Đồn Biên phòng Lũng Cú tổ chức "Ngày hội biên phòng toàn dân"', 'Trường THPT Phan Đình Phùng tổ chức lễ khai giảng', 'Bệnh viện Bạch Mai tiếp nhận 3 bệnh nhân ngộ độc']) {
    assert.equal(namesOrganisation(headline), false, headline);
    const record = extractRecord(readSource('a.txt', Buffer.from([headline, 'A- A A+', 'Cập nhật ngày: 03/03/2024', PROSE, PROSE].join('\n')))).record;
    assert.equal(record?.title, headline);
  }
  for (const unit of ['Đồn Biên phòng Lũng Cú', 'Trường THPT Phan Đình Phùng', 'Đảng ủy Khối Cơ quan tỉnh']) assert.equal(namesOrganisation(unit), true, unit);
});

test("breadcrumb: a trail copied one crumb a line ('Trang chủ' / 'An ninh trật tự') ends over the title when the writer's name stands between the title and the dateline", () => {
  const title = 'Bài 2: Khi người dân vùng cao cùng giữ bình yên thôn bản';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ', 'An ninh trật tự', title, 'Hà Thu Trang', '07/12/2026 09:12', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.author], [title, 'An ninh trật tự', 'Hà Thu Trang']);
});

test("related-block: a list of headlines over the article ends at the title's copy too: the writer under the title printed twice is the byline", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const text = [`${title} - Công an tỉnh Phú Thọ`, 'Tin nổi bật', 'Phú Thọ ra quân cao điểm tấn công trấn áp tội phạm', 'Khởi tố đối tượng trộm cắp tài sản tại chợ Việt Trì', title, title, 'Hà Thu Trang', '07/12/2026', PROSE, PROSE].join('\n');
  assert.deepEqual([extractRecord(readSource('a.txt', Buffer.from(text))).record?.author], ['Hà Thu Trang']);
});

test('header-list: the latest news copied without their times run down to the title, the line over the dateline', () => {
  const items = ['Khởi tố đối tượng lừa đảo bán vé máy bay giá rẻ', 'Cảnh báo thủ đoạn giả danh nhân viên điện lực', 'Bắt quả tang 2 đối tượng đánh bạc qua mạng'];
  const text = ['Tin mới', ...items, 'Phú Yên: Triệt phá đường dây cá độ bóng đá hơn 10 tỷ đồng', '22/03/2024 10:10', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Phú Yên: Triệt phá đường dây cá độ bóng đá hơn 10 tỷ đồng', null, 2]);
  // The section under its label right over the title is the article's, not the list's last item.
  const labelled = ['Tin mới', ...items, 'Chuyên mục: Tin tức', 'Phú Yên: Triệt phá đường dây cá độ bóng đá hơn 10 tỷ đồng', '22/03/2024 10:10', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(labelled))).record?.section, 'Tin tức');
});

test("header-list: the site's hot topics under their heading ('Sự kiện' over 'Chuyển đổi số', 'Bầu cử Quốc hội khóa XVI') are the site's, down to the title over its dateline, its lead, its views or its section", () => {
  const topics = ['Chuyển đổi số', 'Bầu cử Quốc hội khóa XVI'];
  const title = 'Công an tỉnh Nghệ An triển khai công tác năm 2024';
  const read = (...head: string[]) => {
    const record = extractRecord(readSource('a.txt', Buffer.from([...head, `Sáng 5/12/2026, ${PROSE}`, PROSE, 'Nguyễn Văn An'].join('\n')))).record;
    return [record?.title, record?.section, record?.paragraphs.length];
  };
  assert.deepEqual(read('Sự kiện', ...topics, title, '07/12/2026 08:00'), [title, null, 2]);
  assert.deepEqual(read('Chủ đề nóng', ...topics, title), [title, null, 2]);
  assert.deepEqual(read('Chủ đề nóng', ...topics, title, '1.520 lượt xem'), [title, null, 2]);
  assert.deepEqual(read('Xu hướng', ...topics, title, 'Thời sự', '07/12/2026 08:00'), [title, 'Thời sự', 2]);
  // With the date over the title, the topics are the short lines under their heading.
  assert.deepEqual(read('Sự kiện nổi bật', ...topics, 'Thứ Bảy, 5/12', title), [title, null, 2]);
  // Over the title alone, the heading is the article's section: nothing is taken (negative).
  assert.deepEqual(read('Sự kiện', 'Khai mạc Hội báo Xuân 2024', '07/12/2026 08:00'), ['Khai mạc Hội báo Xuân 2024', 'Sự kiện', 2]);
});

test('header-list: a heading over the title alone, with no item under it, takes nothing (negative)', () => {
  const text = article('Tin mới', 'Phá đường dây mua bán hóa đơn', '07/03/2024 15:30');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Phá đường dây mua bán hóa đơn');
  assert.equal(decisionFor(text, 'Phá đường dây mua bán hóa đơn')?.rule, 'title');
});

test("header-widget: a buying and a selling price in millions per tael ('Giá vàng SJC: 86,50 - 88,00 triệu đồng/lượng') and a link to the site's lottery results ('Kết quả xổ số miền Bắc') in the header are the site's; a headline about the gold price is the title (negative)", () => {
  const header = ['Hà Nội 19°C - 24°C', 'Giá vàng SJC: 86,50 - 88,00 triệu đồng/lượng', 'Tỷ giá USD: 25.420 VND', 'Kết quả xổ số miền Bắc'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...header, 'Báo Kinh tế & Đô thị', 'Thời sự', 'Hà Nội thông xe cầu vượt nút giao Mai Dịch', 'Thứ Hai, 07/12/2026 - 07:30', PROSE, PROSE, 'Đức Duy'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Hà Nội thông xe cầu vượt nút giao Mai Dịch', 'Thời sự', 2]);
  const title = 'Giá vàng SJC tăng lên 88 triệu đồng mỗi lượng';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from([title, 'Thứ Hai, 07/12/2026 - 07:30', PROSE, PROSE].join('\n')))).record?.title, title);
});

test('header-widget: market prices in the header are chrome; a title about prices is the title (negative)', () => {
  const prices = 'Tỷ giá USD: 24.580 | Giá vàng SJC: 79.800.000';
  const text = article(prices, 'Hội nghị tổng kết công tác phòng cháy', '07/03/2024 09:30');
  assert.equal(kindsOf(text).get(prices), 'chrome');
  const title = 'Giá xăng giảm nhẹ từ 15 giờ chiều nay';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(article(title, '45 phút trước', 'Thứ Năm, 21/11/2024 - 14:15')))).record?.title, title);
  // With no colon: the currency's code, then the price; a headline's verb before a number is none (negative).
  assert.equal(kindsOf(article('Tỷ giá USD 25.400', 'Hội nghị tổng kết công tác phòng cháy', '07/03/2024 09:30')).get('Tỷ giá USD 25.400'), 'chrome');
  assert.equal(kindsOf(article('Tỷ giá: 24.580 VND', 'Hội nghị tổng kết công tác phòng cháy', '07/03/2024 09:30')).get('Tỷ giá: 24.580 VND'), 'chrome');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(article('Giá vàng tăng 500.000 đồng mỗi lượng', '07/03/2024 09:30')))).record?.title, 'Giá vàng tăng 500.000 đồng mỗi lượng');
  // The label alone, as a header's ticker prints it (`Vàng SJC 85,5 - 87,5 triệu`); a headline's verb after it is none (negative).
  assert.equal(kindsOf(article('Vàng SJC 85,5 - 87,5 triệu', 'Hội nghị tổng kết công tác phòng cháy', '07/03/2024 09:30')).get('Vàng SJC 85,5 - 87,5 triệu'), 'chrome');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(article('Vàng SJC tăng 500.000 đồng mỗi lượng', '07/03/2024 09:30')))).record?.title, 'Vàng SJC tăng 500.000 đồng mỗi lượng');
});

test('header-widget: a day heading the page over the site\'s login line is today\'s when the article prints its own date; with no other date it is the article\'s (negative)', () => {
  const page = ['Thứ Tư, 20/03/2024', 'Đăng nhập | Đăng ký', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH LÀO CAI', 'Lào Cai: Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc - Công an tỉnh Lào Cai', '19/03/2024 15:30', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(page))).record;
  assert.deepEqual([record?.date, record?.title, record?.section], ['2024-03-19T15:30:00+07:00', 'Lào Cai: Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc', null]);
  const alone = ['Thứ Tư, 20/03/2024', 'Đăng nhập | Đăng ký', 'Lào Cai: Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(alone))).record?.date, '2024-03-20');
});

test('header-widget: a day heading the article over its title is the article\'s date (negative)', () => {
  const text = article('Thứ Năm, 07/03/2024', 'Công an xã Tam Hồng ra mắt mô hình mới');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.date, '2024-03-07');
});

test('header-widget: a date printed first stands against a later date of another day (negative)', () => {
  const text = article('Bồi dưỡng kiến thức quốc phòng cho chức sắc tôn giáo', '16/07/2024', 'Cập nhật lúc 09:15 ngày 17/07/2024', '18/07/2024 08:40');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.date, '2024-07-16');
});

test('header-widget: a title with a temperature, and a sentence that opens with today, are not widgets (negative)', () => {
  const kinds = kindsOf(article('Nắng nóng 40°C kéo dài ở Bắc Bộ', '19/11/2024', 'Hôm nay, 22/11, các tỉnh miền núi có mưa rào.'));
  assert.equal(kinds.get('Nắng nóng 40°C kéo dài ở Bắc Bộ'), 'title');
  assert.notEqual(kinds.get('Hôm nay, 22/11, các tỉnh miền núi có mưa rào.'), 'chrome');
});

test('view-counter: views beside comment and share counts on one line', () => {
  const d = decisionFor(article('Tiêu đề bài viết', '18/08/2024', 'Số lượt xem: 1.234 | Bình luận: 0 | Chia sẻ: 12'), 'Số lượt xem: 1.234 | Bình luận: 0 | Chia sẻ: 12');
  assert.equal(d?.kind, 'views');
  assert.equal(d?.fields?.views, 1234);
});

test('section-label: capitals over a full sentence are the title, the sentence its lead (negative)', () => {
  const lead = '(CAO) Ngày 20/8, Công an tỉnh Cao Bằng bắt quả tang Hoàng Văn Lả đang vận chuyển 2 bánh heroin.';
  assert.equal(kindsOf(article('BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN HEROIN', lead)).get('BẮT GIỮ ĐỐI TƯỢNG VẬN CHUYỂN HEROIN'), 'title');
});

test('breadcrumb: the last crumb is the section', () => {
  const d = decisionFor(article('Trang chủ > Tin tức > An ninh trật tự', 'Bắt đối tượng trộm cắp'), 'Trang chủ > Tin tức > An ninh trật tự');
  assert.equal(d?.kind, 'breadcrumb');
  assert.equal(d?.fields?.section, 'An ninh trật tự');
  assert.equal(decisionFor(article('Trang chủ » Thời sự', 'Tiêu đề'), 'Trang chủ » Thời sự')?.fields?.section, 'Thời sự');
});

test("breadcrumb: a trail after its label ('Bạn đang ở: Trang chủ / Tin tức / An ninh trật tự', 'Vị trí: …') is a trail from the home page; the label's words are no crumb", () => {
  for (const trail of ['Bạn đang ở: Trang chủ / Tin tức / An ninh trật tự', 'Vị trí: Trang chủ | Tin tức | An ninh trật tự']) {
    const d = decisionFor(article(trail, 'Bắt đối tượng trộm cắp tài sản tại chợ'), trail);
    assert.deepEqual([d?.kind, d?.fields?.section], ['breadcrumb', 'An ninh trật tự'], trail);
  }
});

test('breadcrumb: a last crumb that names the page (Chi tiết) gives the section before it; as a section of its own it stays (negative)', () => {
  const trail = 'Trang chủ / Tin tức / An ninh trật tự / Chi tiết';
  assert.equal(decisionFor(article(trail, 'Bắt quả tang nhóm thanh niên đua xe'), trail)?.fields?.section, 'An ninh trật tự');
  const inside = 'Trang chủ > Chi tiết > Pháp luật';
  assert.equal(decisionFor(article(inside, 'Bắt quả tang nhóm thanh niên đua xe'), inside)?.fields?.section, 'Pháp luật');
});

test('breadcrumb: a trail copied one crumb a line, ending with the page\'s own crumb: the crumb is chrome, the section under it the section', () => {
  const text = ['Trang chủ', 'Tin tức', 'Chi tiết tin', 'Bàn giao 150 ngôi nhà Đại đoàn kết', '06/03/2024 16:45', PROSE, PROSE, 'Lê Hoàng'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.title, 'Bàn giao 150 ngôi nhà Đại đoàn kết');
  assert.equal(record?.section, 'Tin tức');
});

test('breadcrumb: a trail that opens with the home page\'s house icon', () => {
  const d = decisionFor(article('🏠 > Tin tức > Giáo dục', 'Học sinh đoạt huy chương vàng Olympic'), '🏠 > Tin tức > Giáo dục');
  assert.equal(d?.kind, 'breadcrumb');
  assert.equal(d?.fields?.section, 'Giáo dục');
});

test('breadcrumb: crumbs joined by dashes from the home page on; a title with a dash is no trail (negative)', () => {
  const trail = 'Trang chủ - Tin tức - Chỉ đạo điều hành';
  assert.equal(decisionFor(article(trail, 'UBND tỉnh chỉ đạo ứng phó với bão số 3'), trail)?.fields?.section, 'Chỉ đạo điều hành');
  const title = 'Hà Nội - Hải Phòng thông xe cao tốc';
  assert.equal(kindsOf(article(title, '12/03/2024')).get(title), 'title');
});

test('breadcrumb: crumbs joined by double colons', () => {
  const d = decisionFor(article('Pháp luật :: Hình sự', 'Khởi tố đối tượng giết người tại quán karaoke'), 'Pháp luật :: Hình sự');
  assert.equal(d?.kind, 'breadcrumb');
  assert.equal(d?.fields?.section, 'Hình sự');
});

test('breadcrumb: crumbs joined by an arrow of another shape (➤, ❯)', () => {
  for (const trail of ['Tin tức ➤ Phòng chống tội phạm', 'Tin tức ❯ Phòng chống tội phạm']) {
    const d = decisionFor(article(trail, 'Bắt đối tượng trộm cắp cà phê của người dân'), trail);
    assert.deepEqual([d?.kind, d?.fields?.section], ['breadcrumb', 'Phòng chống tội phạm'], trail);
  }
});

test("breadcrumb: crumbs joined by an arrow from a known section down, the last of any length ('Tin tức - Sự kiện > Hoạt động của lãnh đạo Bộ'); a headline with an arrow is no trail (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(article('Cổng Thông tin điện tử Bộ Công an', 'Tin tức - Sự kiện > Hoạt động của lãnh đạo Bộ', 'Thứ trưởng làm việc với Công an tỉnh Sóc Trăng', 'Ngày đăng: 21/12/2024 - 09:20')))).record;
  assert.deepEqual([record?.title, record?.section], ['Thứ trưởng làm việc với Công an tỉnh Sóc Trăng', 'Hoạt động của lãnh đạo Bộ']);
  const headline = kindsOf(article('Giá xăng tăng > 25.000 đồng một lít kể từ chiều nay', '21/12/2024 09:20'));
  assert.notEqual(headline.get('Giá xăng tăng > 25.000 đồng một lít kể từ chiều nay'), 'breadcrumb');
});

test('breadcrumb: section names joined by bars are a trail, the last one the section', () => {
  const d = decisionFor(article('Chuyên đề | Chuyển đổi số', 'Kỳ 2: Người dân làm quen với dịch vụ công trực tuyến'), 'Chuyên đề | Chuyển đổi số');
  assert.equal(d?.kind, 'breadcrumb');
  assert.equal(d?.fields?.section, 'Chuyển đổi số');
});

test("breadcrumb: a known section and a subsection of a few words joined by a bar ('Pháp luật | Hồ sơ vụ án') over a headline and its dateline are the page's trail, the subsection the section; a headline after the bar, or the pair right over the dateline, is the title (negative)", () => {
  const trail = 'Pháp luật | Hồ sơ vụ án';
  const record = extractRecord(readSource('a.txt', Buffer.from([trail, 'Kỳ án trên sông Đà: Lời khai của kẻ sát nhân', '👁 2.345 | 07/12/2026 05:00', PROSE, PROSE, 'Hoàng Hà'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Kỳ án trên sông Đà: Lời khai của kẻ sát nhân', 'Hồ sơ vụ án', 2]);
  const headline = extractRecord(readSource('a.txt', Buffer.from(['Pháp luật | Khởi tố đối tượng lừa đảo chiếm đoạt tài sản', '07/12/2026 05:00', PROSE, PROSE, 'Hoàng Hà'].join('\n')))).record;
  assert.deepEqual([headline?.title, headline?.section], ['Khởi tố đối tượng lừa đảo chiếm đoạt tài sản', 'Pháp luật']);
  const alone = extractRecord(readSource('a.txt', Buffer.from([trail, '07/12/2026 05:00', PROSE, PROSE, 'Hoàng Hà'].join('\n')))).record;
  assert.deepEqual([alone?.title, alone?.section], ['Hồ sơ vụ án', 'Pháp luật']);
});

test('breadcrumb: a title with a slash is not a breadcrumb (negative)', () => {
  assert.equal(kindsOf(article('Tăng trưởng 6% / năm trong quý I', '17/10/2022')).get('Tăng trưởng 6% / năm trong quý I'), 'title');
});

test('view-counter: labelled counters in every order, and a bare number at the top', () => {
  for (const [line, views] of [['Lượt xem: 280', 280], ['12.405 lượt xem', 12405], ['Lượt xem (1,234)', 1234], ['Lượt xem: 0', 0], ['👁 1.532 lượt', 1532], ['Lượt xem: 280 lần', 280], ['👁️ 1.234', 1234], ['Đã đọc: 789', 789], ['Lượt truy cập bài viết: 321', 321], ['Lượt đọc: 2,5 nghìn', 2500], ['Lượt xem: 1,1 triệu', 1100000], ['Lượt xem: 1.2K', 1200], ['Đọc: 1.234', 1234]] as const) {
    const d = decisionFor(article('Tiêu đề bài viết', line), line);
    assert.equal(d?.kind, 'views', line);
    assert.equal(d?.fields?.views, views, line);
  }
  assert.equal(decisionFor(article('Tiêu đề bài viết', '286'), '286')?.fields?.views, 286);
  // `Đọc: 5 phút`, the reading time under the same word, is no counter (negative).
  for (const time of ['Đọc: 5 phút', 'Đọc 3 phút', 'Lượt xem: 5 phút']) {
    assert.notEqual(decisionFor(article('Tiêu đề bài viết', '02/12/2026 16:20', time), time)?.kind, 'views', time);
    assert.equal(findViewCounter(time), null, time);
  }
  // Over the reading time, with the views' icon or bare, it counts readers, not a social post's likes over its comments.
  for (const counter of ['👁 1.250', '1.250']) assert.equal(decisionFor(article('Tiêu đề bài viết', 'Thứ Tư, 06/11/2024, 16:20', counter, '3 phút đọc'), counter)?.fields?.views, 1250, counter);
  // Under the site's menu, the number is still at the top of the article.
  const menu = ['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Liên hệ'];
  assert.equal(decisionFor(article(...menu, 'Tiêu đề bài viết', '(354)'), '(354)')?.fields?.views, 354);
  // Under more of the article than its title and meta, it is not (negative).
  const title = 'Công an huyện Nghi Lộc ra quân';
  assert.notEqual(decisionFor(article('An ninh trật tự', title, title, 'Thứ Bảy, 05/12/2026', 'Nguyễn Hoài', 'Lực lượng chức năng ra quân', 'Tổng kiểm soát', '286'), '286')?.kind, 'views');
});

test('view-counter: a counter printed as a sentence', () => {
  const line = 'Bài viết đã được xem 1.234 lần';
  const d = decisionFor(article('Tiêu đề bài viết', 'Cập nhật ngày: 02/09/2024', line), line);
  assert.equal(d?.kind, 'views');
  assert.equal(d?.fields?.views, 1234);
});

test('view-counter and dateline: a visit counter beside the date, on its line or the next, or with the article\'s buttons between, counts the article\'s readers; the site\'s statistics elsewhere do not (negative)', () => {
  const d = decisionFor(article('Tiêu đề bài viết', 'Ngày đăng: 02/02/2024 10:12', 'Lượt truy cập: 1.024'), 'Lượt truy cập: 1.024');
  assert.equal(d?.kind, 'views');
  assert.equal(d?.fields?.views, 1024);
  // The article's buttons between the date and the counter (the text size, the print and mail links) leave it beside the date.
  for (const buttons of [['A- A A+'], ['In bài | Gửi email | Chia sẻ'], ['Nghe bài viết', '00:00 / 03:45']]) {
    const spaced = decisionFor(article('Tiêu đề bài viết', 'Ngày đăng: 02/02/2024 10:12', ...buttons, 'Lượt truy cập: 1.024'), 'Lượt truy cập: 1.024');
    assert.equal(spaced?.fields?.views, 1024, buttons.join(' / '));
  }
  // On the date's own line, after a bar, with or without the date's label.
  for (const dateline of ['Ngày đăng: 02/02/2024 10:12 | Lượt truy cập: 1.024', '02/02/2024 10:12 | Lượt truy cập: 1.024', '02/02/2024 - Số lượt truy cập: 1.024']) {
    const inline = decisionFor(article('Tiêu đề bài viết', dateline), dateline);
    assert.deepEqual([inline?.kind, inline?.fields?.views], ['dateline', 1024], dateline);
  }
  const footer = ['Tiêu đề bài viết', '02/02/2024', PROSE, PROSE, 'Nguyễn Văn An', 'Thống kê', 'Đang truy cập: 12', 'Lượt truy cập: 1.234.567'].join('\n');
  assert.equal(kindsOf(footer).get('Lượt truy cập: 1.234.567'), 'chrome');
});

test("view-counter and site-chrome: the site's statistics under a short article, each label over its number ('Đang online' / '25'), are the site's, no view count; a bare number under the title still is (negative)", () => {
  const stats = ['Số lượt truy cập', '1.234.567', 'Đang online', '25'];
  const text = ['Tiêu đề bài viết', '02/02/2024', PROSE, PROSE, ...stats].join('\n');
  const kinds = kindsOf(text);
  for (const line of stats) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.views, null);
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '02/02/2024', '286', PROSE, PROSE].join('\n')))).record?.views, 286);
});

test("site-chrome: a table's last row copied a cell a line ('Tổng cộng' over '318'), with the text going on right under it, is the text's, not the site's statistics; under the text with none after, it still is (negative)", () => {
  const cells = ['STT', 'Đơn vị', 'Số trường hợp', '1', 'Phòng CSGT', '156', '2', 'Công an TP Thanh Hóa', '162', 'Tổng cộng', '318'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '07/12/2026', PROSE, ...cells, PROSE, 'Đức Anh'].join('\n')))).record;
  assert.deepEqual([record?.paragraphs.slice(1, -1), record?.author], [cells, 'Đức Anh']);
  const kinds = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, PROSE, 'Đức Anh', 'Tổng cộng', '12.345.678', 'Hôm nay', '4.521'].join('\n'));
  for (const line of ['Tổng cộng', '12.345.678', 'Hôm nay', '4.521']) assert.equal(kinds.get(line), 'chrome', line);
});

test('view-counter: a writer with the view counter beside the name is the byline and the views; a counter beside words that name nobody is left (negative)', () => {
  const d = decisionFor(article('Tạm giữ đối tượng cướp tài sản của tài xế xe ôm', 'Cập nhật lúc: 08:30 AM 20/03/2024', 'Tác giả: Hồng Nhung - Lượt xem: 234'), 'Tác giả: Hồng Nhung - Lượt xem: 234');
  assert.deepEqual([d?.kind, d?.fields?.author, d?.fields?.views], ['byline', 'Hồng Nhung', 234]);
  assert.notEqual(decisionFor(article('Tạm giữ đối tượng cướp tài sản', 'Bài viết nổi bật trong tuần - Lượt xem: 234'), 'Bài viết nổi bật trong tuần - Lượt xem: 234')?.kind, 'byline');
});

test('view-counter: a counter with an icon beside the page\'s print link is the views', () => {
  const d = decisionFor(article('Tổng kết công tác bầu cử đại biểu Hội đồng nhân dân', '👁 2.345 | 🖨 In bài', '21/03/2024 15:05'), '👁 2.345 | 🖨 In bài');
  assert.deepEqual([d?.kind, d?.fields?.views], ['views', 2345]);
});

test('view-counter: likes, shares and comments are not views (negative)', () => {
  const kinds = kindsOf(article('Tiêu đề bài viết', 'Lượt thích: 12', 'Bình luận (3)'));
  assert.notEqual(kinds.get('Lượt thích: 12'), 'views');
  assert.notEqual(kinds.get('Bình luận (3)'), 'views');
});

test('view-counter: a number in the middle of the body is not a view count (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, PROSE, PROSE, PROSE, '2022', PROSE].join('\n'));
  assert.equal(kinds.get('2022'), 'body');
});

test('keywords-line: a keywords line gives tags', () => {
  const d = decisionFor(article('Tiêu đề', 'Từ khóa: an ninh, Hà Nội, phòng cháy'), 'Từ khóa: an ninh, Hà Nội, phòng cháy');
  assert.deepEqual(d?.fields?.tags, ['an ninh', 'Hà Nội', 'phòng cháy']);
});

test('keywords-line: an event label above the title gives one tag, commas and all', () => {
  const line = 'Sự kiện: Tháng hành động phòng, chống ma túy';
  const text = article(line, 'Tiêu hủy hơn 50 kg ma túy các loại', '26/06/2024 10:30');
  assert.deepEqual(decisionFor(text, line)?.fields?.tags, ['Tháng hành động phòng, chống ma túy']);
  assert.equal(kindsOf(text).get('Tiêu hủy hơn 50 kg ma túy các loại'), 'title');
});

test('keywords-line: a label alone over tags one a line, up to the site\'s next block', () => {
  const text = ['Tiêu đề', '05/03/2024 08:15', PROSE, PROSE, 'Văn Chương', 'Đọc tiếp về:', 'tai nạn giao thông', 'nồng độ cồn', 'Bình luận', 'Đọc nhiều nhất'].join('\n');
  assert.deepEqual(decisionFor(text, 'Đọc tiếp về:')?.fields?.tags, ['tai nạn giao thông', 'nồng độ cồn']);
  const kinds = kindsOf(text);
  assert.equal(kinds.get('Bình luận'), 'chrome');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.tags.slice(0, 2), ['tai nạn giao thông', 'nồng độ cồn']);
});

test("keywords-line: tags one a line under their label end at the readers' comments, their heading with its count ('Bình luận (0)') or their form ('Gửi bình luận')", () => {
  for (const comments of [['Bình luận (0)', 'Gửi bình luận'], ['Gửi bình luận', 'Tin cùng chuyên mục']]) {
    const text = ['Tiêu đề bài viết', '05/12/2026 16:40', PROSE, PROSE, 'Từ khóa:', 'công an xã', 'Cẩm Xuyên', ...comments].join('\n');
    assert.deepEqual(decisionFor(text, 'Từ khóa:')?.fields?.tags, ['công an xã', 'Cẩm Xuyên'], comments[0]);
  }
});

test("keywords-line: tags one a line under their label end at the site's footer ('Cơ quan chủ quản: …', 'Tổng biên tập: …')", () => {
  const text = ['Tiêu đề bài viết', '05/03/2024 08:15', PROSE, PROSE, 'HOÀNG HÙNG', 'Từ khóa', 'cá độ bóng đá', 'Công an TPHCM', 'Cơ quan chủ quản: Thành ủy TPHCM', 'Tổng biên tập: Nguyễn Khắc Văn'].join('\n');
  assert.deepEqual(decisionFor(text, 'Từ khóa')?.fields?.tags, ['cá độ bóng đá', 'Công an TPHCM']);
  assert.equal(kindsOf(text).get('Tổng biên tập: Nguyễn Khắc Văn'), 'chrome');
});

test("keywords-line: a label with no colon alone on its line under the article ('Tags', 'Từ khóa'), over tags one a line, gives them, though the first in lower case reads as the label's wrapped line; over the article it is no label (negative)", () => {
  for (const label of ['Tags', 'Tag', 'Từ khóa', 'Thẻ']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '05/03/2024 08:15', PROSE, PROSE, 'Văn Chương', label, 'trộm cắp', 'Can Lộc'].join('\n')))).record;
    assert.deepEqual([record?.tags, record?.paragraphs.length], [['trộm cắp', 'Can Lộc'], 2], label);
  }
  const top = extractRecord(readSource('a.txt', Buffer.from(['Chủ đề', 'Tiêu đề bài viết', '05/03/2024 08:15', PROSE, PROSE, 'Văn Chương'].join('\n')))).record;
  assert.deepEqual(top?.tags, []);
});

test('keywords-line: a label alone over a sentence gives no tags (negative)', () => {
  const text = ['Tiêu đề', '05/03/2024 08:15', PROSE, 'Từ khóa:', 'Các từ khóa được cập nhật hằng ngày trên trang của đơn vị.', PROSE, 'Văn Chương'].join('\n');
  assert.equal(decisionFor(text, 'Từ khóa:')?.fields?.tags, undefined);
  assert.equal(kindsOf(text).get('Các từ khóa được cập nhật hằng ngày trên trang của đơn vị.'), 'body');
});

test('keywords-line: a sentence starting with a label word is body (negative)', () => {
  assert.equal(kindsOf(article('Tiêu đề', 'Chủ đề của hội nghị năm nay là chuyển đổi số trong công tác công an.')).get('Chủ đề của hội nghị năm nay là chuyển đổi số trong công tác công an.'), 'body');
});

test('document: a line that ends with a word joining it to what follows goes on on the next, whatever its case; a verb that ends a phrase, or a date under it, does not (negative)', async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const joined = toDocument(['Ngày 7/3, Công an huyện Sìn Hồ phối hợp với', 'Đồn Biên phòng Pa Tần tổ chức tuần tra.'].join('\n'));
  assert.deepEqual(joined.lines.map((l) => l.text), ['Ngày 7/3, Công an huyện Sìn Hồ phối hợp với Đồn Biên phòng Pa Tần tổ chức tuần tra.']);
  const apart = toDocument(['Những chuyến đi không hẹn ngày về', 'Hiểm nguy rình rập', 'Hội nghị tổng kết công tác của', 'Thứ Năm, 07/03/2024 08:00', 'Tải về', 'Các tin khác'].join('\n'));
  assert.equal(apart.lines.length, 6);
});

test("document: a line that goes on with its last word alone, maybe with its stop or closing quote ('đường.', 'phạm\"'), continues the one above; a lower-case word that opens a label, an address ('https://…') or a file's name ('voocgaytrang.jpg') does not (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const lines = (...text: string[]) => toDocument(text.join('\n')).lines.map((l) => l.text);
  assert.deepEqual(lines('Camera được lắp đặt tại các tuyến', 'đường.'), ['Camera được lắp đặt tại các tuyến đường.']);
  assert.deepEqual(lines('Ông nói: "Không có vùng cấm trong đấu tranh phòng chống tội', 'phạm".'), ['Ông nói: "Không có vùng cấm trong đấu tranh phòng chống tội phạm".']);
  assert.deepEqual(lines('Công an huyện Can Lộc triệt phá đường dây đánh bạc qua mạng', 'https://conganhatinh.gov.vn/tin-tuc/a.html 1/2'), ['Công an huyện Can Lộc triệt phá đường dây đánh bạc qua mạng', 'https://conganhatinh.gov.vn/tin-tuc/a.html 1/2']);
  assert.deepEqual(lines('Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'voocgaytrang.jpg'), ['Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'voocgaytrang.jpg']);
});

test("document: on a copy wrapped at a width, a line the next one's first word would not have fitted on goes on onto it, whatever that word (a name's office, a date, a number); a short line does not (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const wrapped = [
    'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện',
    '06/12/2026 07:30',
    'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát',
    'phương tiện giao thông đường bộ năm 2026. Thượng tá Nguyễn Văn Hùng,',
    'Trưởng Công an huyện chủ trì buổi lễ.',
    '',
    'Theo kế hoạch, đợt tổng kiểm soát sẽ diễn ra từ nay đến hết ngày',
    '31/12/2026, tập trung vào các tuyến quốc lộ, tỉnh lộ đi qua địa bàn,',
    'kiên quyết xử lý các hành vi vi phạm là nguyên nhân trực tiếp gây tai',
    'nạn giao thông.',
    '',
    'Hồng Quân',
  ].join('\n');
  assert.deepEqual(toDocument(wrapped).lines.map((l) => l.text.slice(0, 30)), ['Công an huyện Nghi Lộc ra quân', '06/12/2026 07:30', 'Sáng 5/12, Công an huyện Nghi ', 'Theo kế hoạch, đợt tổng kiểm s', 'Hồng Quân']);
  // The title, the first line, keeps its own line over the text however long it is (negative).
  const titled = toDocument(wrapped.replace('\n06/12/2026 07:30', '').replace('Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện', 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện giao thông'));
  assert.equal(titled.lines[0]!.text, 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện giao thông');
  // Without lines that visibly wrap, a comma at a line's end over a capital joins nothing (negative).
  const unwrapped = toDocument(['Tiêu đề', '06/12/2026 07:30', 'Tham dự hội nghị có đồng chí Nguyễn Văn Hùng,', 'Trưởng Công an huyện.'].join('\n'));
  assert.equal(unwrapped.lines.length, 4);
});

test("document: on a copy wrapped at a width, a photo's credit label at a line's end goes on with its name ('… (Ảnh:' over 'Hạt Kiểm lâm …'), as the name's last words do ('Ảnh: Đình' over 'Tuân'); a caption closed by its credit that fills the width by chance goes on onto no paragraph (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const paragraphs = ['Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát', 'phương tiện giao thông đường bộ năm 2026 trên các tuyến đường của', 'huyện, với sự tham gia của hơn 200 cán bộ, chiến sĩ.'];
  const lines = (...caption: string[]) => toDocument(['Tiêu đề', '06/12/2026 07:30', ...paragraphs, ...caption].join('\n')).lines.slice(3).map((l) => l.text);
  assert.deepEqual(lines('Đàn voọc gáy trắng được phát hiện tại xã Thanh Hóa, huyện Tuyên Hóa. (Ảnh:', 'Hạt Kiểm lâm Tuyên Hóa)', 'Hồng Quân'), ['Đàn voọc gáy trắng được phát hiện tại xã Thanh Hóa, huyện Tuyên Hóa. (Ảnh: Hạt Kiểm lâm Tuyên Hóa)', 'Hồng Quân']);
  assert.deepEqual(lines('Lực lượng vũ trang giúp người dân bản Xốp Cháo dọn dẹp nhà cửa. Ảnh: Đình', 'Tuân', 'Hồng Quân'), ['Lực lượng vũ trang giúp người dân bản Xốp Cháo dọn dẹp nhà cửa. Ảnh: Đình Tuân', 'Hồng Quân']);
  const closed = 'Lực lượng Công an xã tuần tra bảo đảm an ninh trật tự tại thôn. Ảnh: Tư liệu';
  assert.deepEqual(lines(closed, 'Đến nay, toàn huyện đã xây dựng và duy trì 45 mô hình tự quản về an ninh'), [closed, 'Đến nay, toàn huyện đã xây dựng và duy trì 45 mô hình tự quản về an ninh']);
});

test("document: a copy wrapped at a width where no line goes on in lower case (each wrap before a name, a number or a quote) shows its width by its lines filled to it, stopping mid-sentence; lines of one length that end their sentences are no wrap (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const wrapped = [
    'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện',
    '06/12/2026 07:30',
    'Sáng 5/12, Công an huyện Nghi Lộc, tỉnh Nghệ An tổ chức lễ ra quân tổng',
    'Kiểm soát phương tiện giao thông đường bộ năm 2026 với sự tham gia của',
    '150 cán bộ, chiến sĩ. Thượng tá Nguyễn Văn Hùng, Trưởng Công an huyện',
    'Nghi Lộc chủ trì buổi lễ.',
    'Theo kế hoạch, đợt tổng kiểm soát tập trung vào các tuyến quốc lộ 1A,',
    '"Đường ven biển" và các tỉnh lộ đi qua địa bàn huyện.',
    'Hồng Quân',
  ].join('\n');
  assert.deepEqual(toDocument(wrapped).lines.map((l) => l.text.slice(0, 30)), ['Công an huyện Nghi Lộc ra quân', '06/12/2026 07:30', 'Sáng 5/12, Công an huyện Nghi ', 'Theo kế hoạch, đợt tổng kiểm s', 'Hồng Quân']);
  const sentences = ['Tiêu đề bài viết', '06/12/2026', 'Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện giao thông.', 'Kiểm soát phương tiện giao thông đường bộ năm 2026 theo kế hoạch.', 'Buổi lễ có sự tham gia của 150 cán bộ, chiến sĩ Công an huyện.', 'Hồng Quân'];
  assert.equal(toDocument(sentences.join('\n')).lines.length, sentences.length);
});

test("document: a long line that stops on a number mid-sentence goes on onto a line in lower case ('… nâng cao và 1' over 'xã đạt chuẩn kiểu mẫu.'); a dateline or a short line on a number does not (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const doc = toDocument(['Tiêu đề', '07/12/2026', 'Năm nay, huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao và 1', 'xã đạt chuẩn kiểu mẫu.', 'Lượt xem: 12', 'bình luận'].join('\n'));
  assert.deepEqual(doc.lines.map((l) => l.text), ['Tiêu đề', '07/12/2026', 'Năm nay, huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao và 1 xã đạt chuẩn kiểu mẫu.', 'Lượt xem: 12', 'bình luận']);
  assert.equal(toDocument(['Tiêu đề', 'Thứ Hai, ngày 07 tháng 12 năm 2026 lúc 08:30', 'và cập nhật lúc 09:00'].join('\n')).lines.length, 3);
});

test('document: hard-wrapped lines are joined; date lines and file names are not (negative)', async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const doc = toDocument(['Công an huyện đã tiếp nhận 12 khẩu súng,', 'trong tháng 8 vừa qua.', 'Thứ Năm, 01/06/2023, 15:20', 'anh-trao-qua-1.jpg', 'Tiêu đề', 'xem tiếp'].join('\n'));
  assert.deepEqual(doc.lines.map((l) => l.text), ['Công an huyện đã tiếp nhận 12 khẩu súng, trong tháng 8 vừa qua.', 'Thứ Năm, 01/06/2023, 15:20', 'anh-trao-qua-1.jpg', 'Tiêu đề xem tiếp']);
  assert.deepEqual(doc.lines[0]!.joined, [2]);
  // A copy that doubled every line break: one blank line is no break there, two are.
  const doubled = toDocument(['Công an huyện đã tiếp nhận 12 khẩu súng,', '', 'trong tháng 8 vừa qua.', '', '', '', 'Đoàn công tác', '', 'làm việc tại xã.'].join('\n'));
  assert.deepEqual(doubled.lines.map((l) => l.text), ['Công an huyện đã tiếp nhận 12 khẩu súng, trong tháng 8 vừa qua.', 'Đoàn công tác làm việc tại xã.']);
  // A page doubled so wraps its paragraphs over several lines (the word may close with a comma), and is no caption's page.
  const wrapped = ['Tiêu đề bài viết', '', '16/12/2024 14:05', '', 'Chiều 16/12, Công an thị xã Kỳ Anh phối hợp với UBND phường Hưng Trí', '', 'ra mắt mô hình với 40 camera được lắp đặt tại các tuyến', '', 'đường, khu dân cư trọng điểm.', '', '', '', 'Mô hình do người dân và doanh nghiệp trên địa bàn đóng góp kinh phí,', '', 'với tổng trị giá hơn hai trăm triệu đồng.', '', 'Thu Hương'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(wrapped))).record;
  assert.deepEqual([record?.paragraphs.length, record?.figures.length, record?.author], [2, 0, 'Thu Hương']);
  // Where some lines follow one another, a blank line between two is a break (negative).
  const spaced = toDocument(['Tiêu đề bài viết', 'Thứ Năm, 01/06/2023, 15:20', 'Công an huyện đã tiếp nhận 12 khẩu súng,', '', 'trong tháng 8 vừa qua.'].join('\n'));
  assert.equal(spaced.lines.length, 4);
});

test("document: a paragraph's first letter set large and copied on a line of its own ('N' over 'hững ngày cuối năm', a blank line maybe between, 'Đ' over 'ã'), opens the line's first word; a letter over a line in capitals, or a line that is no single letter, stays apart (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const text = (...lines: string[]) => toDocument(['Những người giữ lửa nơi cửa biển', '05/12/2026 08:00', ...lines].join('\n')).lines.slice(2).map((l) => l.text);
  assert.deepEqual(text('N', 'hững ngày cuối năm, gió mùa tràn về.'), ['Những ngày cuối năm, gió mùa tràn về.']);
  assert.deepEqual(text('Đ', '', 'ã ba năm nay, anh bám biển.'), ['Đã ba năm nay, anh bám biển.']);
  assert.deepEqual(text('“T', 'ôi chưa bao giờ nghĩ mình sẽ rời biển”, anh nói.'), ['“Tôi chưa bao giờ nghĩ mình sẽ rời biển”, anh nói.']);
  assert.deepEqual(text('B', 'Các phương án dự phòng.'), ['B', 'Các phương án dự phòng.']);
  assert.deepEqual(text('Phần', 'hai của loạt bài.'), ['Phần hai của loạt bài.']);
});

test("document: a paragraph's opening words set in bold and copied on a line of their own, ending with the comma or the dash that joins them ('Sáng 7/3,', '(Dân trí) -'), open the paragraph under them; a printed page's number between dashes, or a short line over a short one, stays apart (negative)", async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const text = (...lines: string[]) => toDocument(['Bắt giữ đối tượng trộm cắp tài sản', '07/12/2026 08:00', ...lines].join('\n')).lines.slice(2).map((l) => l.text);
  assert.deepEqual(text('Sáng 7/3,', PROSE), [`Sáng 7/3, ${PROSE}`]);
  assert.deepEqual(text('(Dân trí) -', PROSE), [`(Dân trí) - ${PROSE}`]);
  assert.deepEqual(text('- 1 -', PROSE), ['- 1 -', PROSE]);
  assert.deepEqual(text('Hà Nội,', 'Hải Phòng'), ['Hà Nội,', 'Hải Phòng']);
  // Over a line in lower case too, the lead is whole, not a caption broken over two lines.
  const lead = ['Khoảng 10 giờ sáng nay 5.3,', 'một xưởng sản xuất đồ gỗ tại phường Tân Định, TP.Bến Cát (Bình Dương) bất ngờ bốc cháy dữ dội.'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Cháy xưởng gỗ ở Bình Dương', '05/03/2024 14:20 GMT+7', 'Zalo', ...lead, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.lead, record?.figures.length], [lead.join(' '), 0]);
});

test('document: a dateline in lower case that opens with its weekday continues no title; a wrapped \'thứ hai\' in a sentence still does', async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const doc = toDocument(['Bắt quả tang nhóm đối tượng tàng trữ pháo nổ', 'thứ bảy, ngày 16 tháng 3 năm 2024, 09:15', 'Đây là lần', 'thứ hai đơn vị tổ chức hội thi.'].join('\n'));
  assert.deepEqual(doc.lines.map((l) => l.text), ['Bắt quả tang nhóm đối tượng tàng trữ pháo nổ', 'thứ bảy, ngày 16 tháng 3 năm 2024, 09:15', 'Đây là lần thứ hai đơn vị tổ chức hội thi.']);
  // With no comma after the weekday (`thứ năm ngày 7 tháng 3 …`), or the weekday alone over its date: no word going on either.
  for (const meta of [['thứ năm ngày 7 tháng 3 năm 2024, 15 giờ 20'], ['thứ năm 07/03/2024 15:20'], ['thứ năm', '07/03/2024 15:20']]) {
    const title = 'Tuần tra kiểm soát địa bàn giáp ranh vùng biên';
    const record = extractRecord(readSource('a.txt', Buffer.from([title, ...meta, PROSE, PROSE, 'Quang Hiếu'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.date], [title, '2024-03-07T15:20:00+07:00'], meta.join(' / '));
  }
  // A sentence wrapped before a weekday that the text goes on after still continues (negative).
  const wrapped = toDocument(['Hội nghị được tổ chức vào sáng', 'thứ năm 7/3 tại hội trường Công an tỉnh.', PROSE].join('\n'));
  assert.equal(wrapped.lines[0]?.text, 'Hội nghị được tổ chức vào sáng thứ năm 7/3 tại hội trường Công an tỉnh.');
});

test('document: a dateline in lower case (\'ngày 12-3-2024 08:30\') continues no title; a wrapped sentence that goes on with a date does (negative)', async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const dated = toDocument(['Thanh Hóa: Phát hiện kho hàng lậu hơn 5.000 sản phẩm', 'ngày 12-3-2024 08:30', PROSE].join('\n'));
  assert.equal(dated.lines[1]?.text, 'ngày 12-3-2024 08:30');
  const wrapped = toDocument(['Công an tỉnh tổ chức hội nghị tổng kết vào', 'ngày 12-3-2024 tại hội trường lớn của tỉnh', PROSE].join('\n'));
  assert.equal(wrapped.lines[0]?.text, 'Công an tỉnh tổ chức hội nghị tổng kết vào ngày 12-3-2024 tại hội trường lớn của tỉnh');
});

test('title: a view counter in brackets after the title, as a listing prints it, is the views; other words in brackets stay the title\'s (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Trao 200 suất quà cho học sinh nghèo vượt khó (125 lượt xem)', PROSE, '(Nguồn: Đoàn Thanh niên Công an tỉnh - 13/05/2024)'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.views], ['Trao 200 suất quà cho học sinh nghèo vượt khó', 125]);
  const kept = extractRecord(readSource('a.txt', Buffer.from(['Trao 200 suất quà cho học sinh (huyện Sốp Cộp)', '13/05/2024', PROSE].join('\n')))).record;
  assert.equal(kept?.title, 'Trao 200 suất quà cho học sinh (huyện Sốp Cộp)');
});

test("title: a copy of the title with icons around it or a count after it ('🔴 … (12 bình luận)') is the same title printed twice; a longer headline under it is no copy (negative)", () => {
  const title = 'Khởi tố vụ án lừa đảo chiếm đoạt tài sản qua mạng';
  const kinds = kindsOf([`🔴 ${title} (12 bình luận)`, title, '05/12/2026 08:00', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get(title), 'title-repeat');
  const longer = `${title} tại Đồng Nai`;
  assert.notEqual(kindsOf([`🔴 ${title}`, longer, '05/12/2026 08:00', PROSE, PROSE].join('\n')).get(longer), 'title-repeat');
});

test("title: a date in brackets before the title ('[05/12/2026] Hội nghị …'), as a list of the day's news prints it, is the publication date, no part of the title; a bracket of words there stays (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tin tức', '[05/12/2026] Hội nghị giao ban công tác tuyên giáo quý IV năm 2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date], ['Hội nghị giao ban công tác tuyên giáo quý IV năm 2026', '2026-12-05']);
  const kept = extractRecord(readSource('a.txt', Buffer.from(['[Video] Lực lượng cứu hộ tìm kiếm người mất tích', '05/12/2026', PROSE].join('\n')))).record;
  assert.equal(kept?.title, '[Video] Lực lượng cứu hộ tìm kiếm người mất tích');
});

test("title: a section printed with the title ('[Pháp luật] Khởi tố …', 'Pháp luật | Khởi tố …', 'Khởi tố … | Pháp luật', a tab's 'Khởi tố … - Pháp luật - Báo Hà Tĩnh') is the section, no part of the title; a kind of piece ('[Video] …'), or a dash before words that name no section, stays (negative)", () => {
  const read = (title: string) => extractRecord(readSource('a.txt', Buffer.from([title, '05/12/2026 08:00', PROSE, PROSE, 'Minh Anh'].join('\n')))).record;
  assert.deepEqual([read('[Hỏi - Đáp] Đăng ký tạm trú trực tuyến cần những giấy tờ gì?')?.title, read('[Hỏi - Đáp] Đăng ký tạm trú trực tuyến cần những giấy tờ gì?')?.section], ['Đăng ký tạm trú trực tuyến cần những giấy tờ gì?', 'Hỏi - Đáp']);
  for (const printed of ['[Pháp luật] Khởi tố 3 đối tượng đánh bạc qua mạng', 'Pháp luật | Khởi tố 3 đối tượng đánh bạc qua mạng', 'Khởi tố 3 đối tượng đánh bạc qua mạng - Pháp luật - Báo Hà Tĩnh', 'Khởi tố 3 đối tượng đánh bạc qua mạng | Pháp luật']) {
    assert.deepEqual([read(printed)?.title, read(printed)?.section], ['Khởi tố 3 đối tượng đánh bạc qua mạng', 'Pháp luật'], printed);
  }
  assert.deepEqual([read('[Video] Lực lượng cứu hộ tìm kiếm người mất tích')?.title, read('[Video] Lực lượng cứu hộ tìm kiếm người mất tích')?.section], ['[Video] Lực lượng cứu hộ tìm kiếm người mất tích', null]);
  assert.equal(read('Hội nghị sơ kết 6 tháng - Những kết quả nổi bật - Báo Hà Tĩnh')?.title, 'Hội nghị sơ kết 6 tháng - Những kết quả nổi bật');
  assert.equal(read('Khởi tố 3 đối tượng đánh bạc qua mạng | Những điều cần biết')?.title, 'Khởi tố 3 đối tượng đánh bạc qua mạng | Những điều cần biết');
  assert.equal(read('Khởi tố 3 đối tượng đánh bạc qua mạng - Pháp luật')?.title, 'Khởi tố 3 đối tượng đánh bạc qua mạng - Pháp luật');
});

test("title: a comment count in brackets after the title ('(12 bình luận)') is no part of it, and no view count", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Pháp luật', 'Xử phạt chủ cơ sở karaoke không bảo đảm phòng cháy (12 bình luận)', 'Cập nhật 10:20 ngày 01/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.views], ['Xử phạt chủ cơ sở karaoke không bảo đảm phòng cháy', null]);
});

test('title: the site name a browser tab adds after the title is dropped; a clause after a dash stays (negative)', () => {
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp xe máy - Công an tỉnh Lào Cai'), 'Bắt giữ đối tượng trộm cắp xe máy');
  assert.equal(withoutSiteSuffix('Tin nóng trong ngày | baonghean.vn'), 'Tin nóng trong ngày');
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp - VnExpress'), 'Bắt giữ đối tượng trộm cắp');
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp - Tuổi Trẻ Online'), 'Bắt giữ đối tượng trộm cắp');
  // A blog's guillemets, an old portal's double colon, between the title and the site's name.
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp xe máy « Công an tỉnh Nghệ An'), 'Bắt giữ đối tượng trộm cắp xe máy');
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp xe máy :: Công an tỉnh Hà Tĩnh'), 'Bắt giữ đối tượng trộm cắp xe máy');
  // A force named by the place it serves and nothing else (`Công an Hà Tĩnh`) is the site's name too; a headline that goes on after the place is not.
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp xe máy :: Công an Hà Tĩnh'), 'Bắt giữ đối tượng trộm cắp xe máy');
  assert.equal(withoutSiteSuffix('Bắt giữ đối tượng trộm cắp xe máy - Biên phòng Lạng Sơn'), 'Bắt giữ đối tượng trộm cắp xe máy');
  assert.equal(isSiteName('Công an Hà Tĩnh'), true);
  assert.equal(isSiteName('Công an Hà Tĩnh triệt phá đường dây đánh bạc'), false);
  for (const kept of ['Vụ cháy ở Bình Dương - Báo động về an toàn PCCC', 'Khai mạc giải bóng đá - Công an vào cuộc', 'Hội trại mùa xuân - thanh niên']) assert.equal(withoutSiteSuffix(kept), kept);
});

test('breadcrumb: a last crumb printed again as the heading is the title, and the section is the crumb before it', () => {
  const text = ['Trang chủ > Tin tức > Phá chuyên án ma túy', 'Phá chuyên án ma túy', '16/05/2024 07:50', PROSE, PROSE].join('\n');
  assert.equal(decisionFor(text, 'Trang chủ > Tin tức > Phá chuyên án ma túy')?.fields?.section, 'Tin tức');
  assert.equal(decisionFor(['Trang chủ > Tin tức > An ninh trật tự', 'Tiêu đề bài', PROSE].join('\n'), 'Trang chủ > Tin tức > An ninh trật tự')?.fields?.section, 'An ninh trật tự');
});

test("breadcrumb: a last crumb that is the page's title cut short (the title's first words, or ending with an ellipsis) gives the section before it; a section over a title that starts with its name stays (negative)", () => {
  const section = (trail: string, title: string) => decisionFor([trail, title, '07/12/2026 08:15', PROSE, PROSE].join('\n'), trail)?.fields?.section;
  assert.equal(section('Trang chủ » Pháp luật » Bắt đối tượng trộm cắp', 'Bắt đối tượng trộm cắp tài sản ở Can Lộc'), 'Pháp luật');
  assert.equal(section('Trang chủ / Pháp luật / Bắt đối tượng', 'Bắt đối tượng trộm cắp tài sản ở Can Lộc'), 'Pháp luật');
  assert.equal(section('Trang chủ / Quốc phòng - An ninh / Công an xã tuyên truyền phòng', 'Công an xã tuyên truyền phòng, chống tội phạm cho học sinh'), 'Quốc phòng - An ninh');
  assert.equal(section('Tin tức > An ninh trật tự > Khởi tố 3 đối tượng...', 'Hà Tĩnh: Khởi tố 3 đối tượng đánh bạc qua mạng'), 'An ninh trật tự');
  assert.equal(section('Trang chủ > Tin tức > Giao thông', 'Giao thông ùn tắc kéo dài ở cửa ngõ Thủ đô'), 'Giao thông');
});

test('breadcrumb: the last crumb printed again over the title and its dateline is the section\'s heading, so the section', () => {
  const text = ['Trang chủ / Tin tức - Sự kiện / Hoạt động của lực lượng Công an', 'Hoạt động của lực lượng Công an', 'Công an tỉnh Bình Định triển khai đợt cao điểm trấn áp tội phạm', '09:42 12/04/2024', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Công an tỉnh Bình Định triển khai đợt cao điểm trấn áp tội phạm', 'Hoạt động của lực lượng Công an', 2]);
});

test('header-over-title: the site\'s name and its menu, a short line a row, above the title over its dateline are the page\'s; a section right above the title is the section', () => {
  const tv = ['Đài Phát thanh và Truyền hình Nghệ An', 'Thời sự', 'Xã hội', 'Pháp luật', 'Video', 'Nghệ An: Cháy nhà dân trong đêm, 3 người thoát nạn', '22/04/2024 | 06:45', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(tv))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Nghệ An: Cháy nhà dân trong đêm, 3 người thoát nạn', null, 2]);
  const paper = ['Báo Quân đội nhân dân', 'Chính trị', 'Quân sự', 'THỜI SỰ', 'Bộ đội Biên phòng phối hợp bắt đối tượng vận chuyển ma túy', 'Thứ Hai, 22/04/2024, 08:12 (GMT+7)', PROSE, PROSE].join('\n');
  const sectioned = extractRecord(readSource('a.txt', Buffer.from(paper))).record;
  assert.deepEqual([sectioned?.title, sectioned?.section, sectioned?.paragraphs.length], ['Bộ đội Biên phòng phối hợp bắt đối tượng vận chuyển ma túy', 'Thời sự', 2]);
});

test("header-over-title and byline: the writer's name printed twice between the title and the dateline (beside their photo, and as its alternative text) is the byline, and the title is over it; under a list's heading the list ends over the title (negative)", () => {
  const head = ['Báo Bình Dương', 'Xã hội', 'Bình Dương: Công nhân được mua nhà ở xã hội trả góp', 'Phương Lan', 'Phương Lan', 'Thứ năm, 21/11/2024 - 16:30'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.author, record?.paragraphs.length], ['Bình Dương: Công nhân được mua nhà ở xã hội trả góp', 'Xã hội', 'Phương Lan', 2]);
  const listed = extractRecord(readSource('a.txt', Buffer.from(['Tin mới nhất', 'Bắt đối tượng cướp tiệm vàng ở Dĩ An', ...head.slice(2), PROSE].join('\n')))).record;
  assert.deepEqual([listed?.title, listed?.author, listed?.paragraphs.length], ['Bình Dương: Công nhân được mua nhà ở xã hội trả góp', 'Phương Lan', 1]);
});

test("header-over-title: a portal's name and section over the title, and the view counter between the title and its dateline: the title is over the counter", () => {
  const text = ['Cổng thông tin điện tử huyện Yên Thành', 'Tin tức - Sự kiện', 'Huyện Yên Thành tổng kết công tác dân số năm 2024', 'Lượt xem: 45', 'Ngày đăng: 06/12/2024 08:20', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.views, record?.paragraphs.length], ['Huyện Yên Thành tổng kết công tác dân số năm 2024', 'Tin tức - Sự kiện', 45, 2]);
});

test("header-over-title: the account that posted the article ('Người đăng: Phòng Công tác xã hội') between the title and its dateline: the title is over it, and the site's menu over the title no title", () => {
  const title = 'Bệnh viện tiếp nhận thành công kỹ thuật thay khớp háng nhân tạo';
  const head = ['BỆNH VIỆN ĐA KHOA TỈNH NINH BÌNH', 'Trang chủ', 'Giới thiệu', 'Tin tức', 'Hoạt động bệnh viện', title, title];
  const record = extractRecord(readSource('a.txt', Buffer.from([...head, 'Người đăng: Phòng Công tác xã hội', 'Ngày đăng: 03/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], [title, '2026-12-03', 2]);
});

test("site-chrome: the text size buttons and the language switch printed one item a line ('A-' / 'A' / 'A+', 'Tiếng Việt' / 'English') are the site's, not the section nor the title; a language's country beside another country is not (negative)", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh';
  for (const items of [['A-', 'A', 'A+'], ['Tiếng Việt', 'English']]) {
    const record = extractRecord(readSource('a.txt', Buffer.from([...items, title, '07/12/2026 09:12', PROSE, PROSE].join('\n')))).record;
    assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], [title, null, 2], items.join(' / '));
  }
  // A language's country beside another country is a list's item.
  const list = kindsOf([title, '07/12/2026 09:12', PROSE, 'Các nước tham gia diễn tập gồm:', 'Việt Nam', 'Lào', 'Campuchia', PROSE].join('\n'));
  assert.equal(list.get('Việt Nam'), 'body');
});

test("header-list: a menu's entry that names a list ('Văn bản'), with the menu going on under it, heads no list: the title and the writer under the menu stay the article's", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  for (const writer of ['Tác giả: Hà Thu Trang', 'Hà Thu Trang - Công an huyện Thanh Sơn']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Liên hệ', title, writer, '07/12/2026', PROSE, PROSE].join('\n')))).record;
    assert.deepEqual([record?.title, record?.author], [title, 'Hà Thu Trang'], writer);
  }
});

test("breadcrumb: the trail's last crumb printed again over the title is the section when the writer stands between the title and its dateline ('Hà Thu Trang - Công an huyện …')", () => {
  const text = ['Trang chủ / Tin tức - Sự kiện / Tin địa phương', 'Tin địa phương', 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh', 'Hà Thu Trang - Công an huyện Thanh Sơn', '07/12/2026', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.section, record?.author, record?.source], ['Tin địa phương', 'Hà Thu Trang', 'Công an huyện Thanh Sơn']);
});

test("header-over-title and breadcrumb: the article's buttons between the title and its dateline ('Cỡ chữ: A- A A+', 'Nghe bài viết', the player's clock) leave the title over them; the trail's last crumb printed again over the title is the section", () => {
  const text = ['TỈNH ỦY TUYÊN QUANG', 'CỔNG THÔNG TIN ĐIỆN TỬ', 'Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Văn bản', 'Xây dựng Đảng', 'Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh', 'Hoạt động của lãnh đạo tỉnh', 'Bí thư Tỉnh ủy làm việc với Đảng ủy xã Minh Quang', 'Cỡ chữ: A- A A+', 'Nghe bài viết', '00:00 / 03:12', '05/12/2026 15:20', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Bí thư Tỉnh ủy làm việc với Đảng ủy xã Minh Quang', 'Hoạt động của lãnh đạo tỉnh', 2]);
});

test("header-over-title and site-chrome: a section's name over the title under the site's name and menu ('Video', 'Thông báo') is the section; a player's heading under the dateline is no section (negative)", () => {
  const header = ['CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH', 'Trang chủ | Giới thiệu | Tin tức | Liên hệ', ''];
  const section = (lines: string[]) => extractRecord(readSource('a.txt', Buffer.from([...header, ...lines, PROSE].join('\n')))).record?.section;
  assert.equal(section(['Video', 'Xe tải mất lái lao vào nhà dân trên quốc lộ 1A', '15/04/2024 21:10']), 'Video');
  assert.equal(section(['Thông báo', 'Thông báo tạm dừng tiếp nhận hồ sơ cấp căn cước', '07/03/2024 17:45']), 'Thông báo');
  assert.equal(section(['Cảnh sát giao thông dẫn đường đưa sản phụ đi cấp cứu', '13/11/2024 11:20', 'Video', '00:00']), null);
});

test("the title printed twice: the page's lines above both copies read as above one (the section, a trail one crumb a line, a list's heading, a trail printed again as the heading), and the writer under the copy is the byline", () => {
  const title = 'Khánh thành cầu dân sinh tại xã vùng cao Mường Lát';
  const twice = (head: string[], under: string[] = ['05/11/2024 16:20']) => extractRecord(readSource('a.txt', Buffer.from([...head, title, title, ...under, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([twice(['Dân số - Gia đình'])?.title, twice(['Dân số - Gia đình'])?.section], [title, 'Dân số - Gia đình']);
  assert.equal(twice(['Tin nổi bật'])?.section, 'Tin nổi bật');
  assert.equal(twice(['Trang chủ', 'Tin tức - Sự kiện'])?.section, 'Tin tức - Sự kiện');
  assert.equal(twice(['Trang chủ / Tin tức - Sự kiện / Hoạt động của lực lượng Công an', 'Hoạt động của lực lượng Công an'])?.section, 'Hoạt động của lực lượng Công an');
  const writer = extractRecord(readSource('a.txt', Buffer.from([title, title, 'Thượng úy Nguyễn Văn Nam - Phòng Cảnh sát cơ động', PROSE, PROSE, 'Ngày đăng: 05/11/2024'].join('\n')))).record;
  assert.deepEqual([writer?.author, writer?.source], ['Nguyễn Văn Nam', 'Phòng Cảnh sát cơ động']);
});

test("the view counter under the dateline ('Lượt xem: 123') changes nothing around it: the writer under it, the title under a dateline printed above it, the section over both", () => {
  const lead = '(Baohatinh.vn) - Cơ quan CSĐT Công an tỉnh Hà Tĩnh vừa khởi tố vụ án, khởi tố bị can đối với 3 đối tượng về tội lừa đảo chiếm đoạt tài sản qua mạng.';
  const writer = extractRecord(readSource('a.txt', Buffer.from(['Báo Hà Tĩnh', 'Pháp luật', 'Khởi tố 3 đối tượng lừa đảo qua mạng', lead, 'Thứ Năm, 14/03/2024 - 16:05', 'Lượt xem: 123', 'Phan Trâm', PROSE].join('\n')))).record;
  assert.deepEqual([writer?.author, writer?.views, writer?.paragraphs.length], ['Phan Trâm', 123, 2]);
  const above = extractRecord(readSource('a.txt', Buffer.from(['CÔNG AN TỈNH QUẢNG NINH', 'Phòng chống tội phạm', 'Cỡ chữ: A A A', 'Thứ Năm, 07/03/2024 | 15:20 GMT+7', 'Lượt xem: 123', 'Quảng Ninh: Bắt giữ 4 đối tượng trộm cắp cáp viễn thông', PROSE].join('\n')))).record;
  assert.deepEqual([above?.title, above?.section, above?.views], ['Quảng Ninh: Bắt giữ 4 đối tượng trộm cắp cáp viễn thông', 'Phòng chống tội phạm', 123]);
});

test("a page dated only by its update ('Cập nhật lúc … ngày …') reads as one dated by its publication: the list over the title ends at the title, a trail one crumb a line runs down to it; a menu copied one entry a line is no trail (negative)", () => {
  const updated = 'Cập nhật lúc 09:30 ngày 05/03/2024';
  const title = 'Công an xã Kỳ Thư ra mắt mô hình "Tổ tự quản an ninh trật tự"';
  const listed = extractRecord(readSource('a.txt', Buffer.from(['Đọc nhiều', '1', 'Cảnh giác với thủ đoạn giả danh cán bộ thuế', '2', 'Hướng dẫn đăng ký tạm trú trực tuyến', 'Tin hoạt động', title, updated, PROSE].join('\n')))).record;
  assert.deepEqual([listed?.title, listed?.section, listed?.paragraphs.length], [title, 'Tin hoạt động', 1]);
  const trail = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ', 'Tin tức - Sự kiện', 'Hoạt động của lãnh đạo Bộ', title, updated, PROSE].join('\n')))).record;
  assert.deepEqual([trail?.title, trail?.section], [title, 'Hoạt động của lãnh đạo Bộ']);
  const menu = kindsOf(['HA TINH PROVINCIAL POLICE', 'Home', 'News', 'Activities', 'Contact', 'Ha Tinh police dismantle cross-province gambling ring', 'Updated: 08.03.2024 | 14:20', PROSE].join('\n'));
  assert.notEqual(menu.get('Contact'), 'breadcrumb');
});

test("header-over-title: a flag the page prints on the article ('Tin nóng') right over the title is the page's, and the section is named over it; a section right over the title stays the section (negative)", () => {
  const title = 'Bình Dương: Công nhân được mua nhà ở xã hội trả góp';
  const section = (head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, title, 'Thứ năm, 21/11/2024 - 16:30', PROSE].join('\n')))).record?.section;
  assert.equal(section(['Báo Bình Dương', 'Xã hội', 'Tin nóng']), 'Xã hội');
  assert.equal(section(['Báo Bình Dương', 'Tin nóng', 'Xã hội']), 'Xã hội');
});

test("header-over-title: the kind of text printed right over the title ('THÔNG CÁO BÁO CHÍ') is the page's flag on it, not the section", () => {
  const text = ['Tin doanh nghiệp', 'THÔNG CÁO BÁO CHÍ', 'Agribank Chi nhánh Hà Tĩnh triển khai gói tín dụng cho nông nghiệp', '05/12/2026 09:00', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section], ['Agribank Chi nhánh Hà Tĩnh triển khai gói tín dụng cho nông nghiệp', 'Tin doanh nghiệp']);
});

test("header-over-title: a commune's name in capitals, longer than a few words, over the kind of portal, over the title: the page's; a caps headline that opens with a unit, broken over two lines, is no such name (negative)", () => {
  const text = ['ỦY BAN NHÂN DÂN XÃ TÂN PHÚ', 'Cổng thông tin điện tử', 'Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024', 'Tháng Bảy 12, 2024 bởi admin', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024', null, 2]);
  assert.equal(siteNameProper('ỦY BAN NHÂN DÂN XÃ TÂN PHÚ'), 'TÂN PHÚ');
  const headline = kindsOf(['CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ', 'TỔNG KẾT CÔNG TÁC NĂM 2024', '20/12/2024 08:00', PROSE].join('\n'));
  assert.notEqual(headline.get('CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ'), 'chrome');
});

test('header-over-title: a district\'s portal (its name in capitals, the kind of portal, its trail, the section in capitals) over the title and a date it only says was updated', () => {
  const text = ['UBND HUYỆN THẠCH HÀ', 'Cổng thông tin điện tử', 'Tìm kiếm...', 'Tin tức - Sự kiện » Tin hoạt động', 'TIN HOẠT ĐỘNG', 'Huyện Thạch Hà tổ chức Lễ giao nhận quân năm 2024', '(Cập nhật: 27/02/2024)', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.date, record?.paragraphs.length], ['Huyện Thạch Hà tổ chức Lễ giao nhận quân năm 2024', 'Tin hoạt động', '2024-02-27', 2]);
  // A menu's entry alone over the title is its section.
  const video = extractRecord(readSource('a.txt', Buffer.from(['Video', 'Cảnh sát giao thông hỗ trợ người dân về quê ăn Tết', 'Cập nhật: 08/02/2024 | 09:30', PROSE].join('\n')))).record;
  assert.equal(video?.section, 'Video');
});

test('header-over-title: a paper that prints the date under the lead: its name and section over the title, the title over the lead; the writer and their email under the date', () => {
  const lead = '(Baohatinh.vn) - Cơ quan CSĐT Công an tỉnh Hà Tĩnh vừa khởi tố vụ án, khởi tố bị can đối với 3 đối tượng về hành vi lừa đảo chiếm đoạt tài sản qua không gian mạng.';
  const text = ['Báo Hà Tĩnh', 'Pháp luật', 'Khởi tố 3 đối tượng lừa đảo chiếm đoạt hơn 1 tỷ đồng qua mạng', lead, 'Thứ Năm, 14/03/2024 - 16:05', 'Phan Trâm', 'phantram@baohatinh.vn', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.author, record?.lead, record?.paragraphs.length], ['Khởi tố 3 đối tượng lừa đảo chiếm đoạt hơn 1 tỷ đồng qua mạng', 'Pháp luật', 'Phan Trâm', lead, 3]);
});

test('header-over-title: the site\'s name and motto, its menu and the dateline with the section, over the title: the title is the line under the dateline', () => {
  const text = ['CÔNG AN TỈNH BẮC GIANG', 'Vì nhân dân phục vụ', 'Trang chủ', 'Giới thiệu', 'Tin tức', 'Hỏi đáp', 'Liên hệ', 'Tìm kiếm', 'An ninh trật tự | 16/04/2024 09:20', 'Khởi tố 5 đối tượng trong đường dây cho vay lãi nặng', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Khởi tố 5 đối tượng trong đường dây cho vay lãi nặng', 'An ninh trật tự', 2]);
});

test("header-over-title: over a dateline printed above the title, a section nobody listed is the section under the site's header, or as a label over a headline of many times its words ('Phỏng vấn' / the dateline / the headline)", () => {
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE, 'Minh Anh'].join('\n')))).record;
  const headed = read('SỞ TƯ PHÁP TỈNH NGHỆ AN', 'Phổ biến giáo dục pháp luật', 'Ngày cập nhật: 03/12/2026 | Lượt xem: 215', 'Những điểm mới của Luật Hôn nhân và gia đình sửa đổi');
  assert.deepEqual([headed?.title, headed?.section, headed?.paragraphs.length], ['Những điểm mới của Luật Hôn nhân và gia đình sửa đổi', 'Phổ biến giáo dục pháp luật', 2]);
  const headline = 'Giám đốc Sở Nông nghiệp: "Năm 2027 sẽ có thêm 20 sản phẩm OCOP 4 sao"';
  const labelled = read('Phỏng vấn', 'Cập nhật lúc: 10:30 ngày 02/12/2026', headline);
  assert.deepEqual([labelled?.title, labelled?.section, labelled?.paragraphs.length], [headline, 'Phỏng vấn', 2]);
});

test('header-over-title: a short title over its dateline, and a subtitle under that, keep their places (negative)', () => {
  const title = (lines: string[]) => extractRecord(readSource('a.txt', Buffer.from([...lines, PROSE, PROSE].join('\n')))).record?.title;
  assert.equal(title(['Cảnh báo lừa đảo', '08/03/2024 14:20', 'Thủ đoạn mới của các đối tượng lừa đảo qua mạng']), 'Cảnh báo lừa đảo');
});

test('header-over-title: section names three in a row over the title are the menu, its last no section; the section\'s heading under the menu names an item again, and a section under the menu with the text size buttons between is the section', () => {
  const section = (lines: string[]) => extractRecord(readSource('a.txt', Buffer.from([...lines, 'Nghệ An: Cháy nhà dân trong đêm, 3 người thoát nạn', '22/04/2024 | 06:45', PROSE].join('\n')))).record?.section;
  assert.equal(section(['Đài Phát thanh và Truyền hình Nghệ An', 'Thời sự', 'Xã hội', 'Pháp luật', 'Video']), null);
  assert.equal(section(['Báo Quân đội nhân dân', 'Chính trị', 'Quân sự', 'Thời sự', 'Xã hội', 'Thời sự']), 'Thời sự');
  assert.equal(section(['CÔNG AN TỈNH QUẢNG NINH', 'Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Liên hệ', 'Phòng chống tội phạm', 'Cỡ chữ: A A A']), 'Phòng chống tội phạm');
});

test('header-over-title: a writer\'s name alone right over the title and its dateline is the byline; a section there, in capitals or known, is the section (negative)', () => {
  const record = (first: string) => extractRecord(readSource('a.txt', Buffer.from([first, 'Tăng cường phòng, chống đuối nước cho trẻ em dịp hè', '15/04/2024 08:30', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record('Hồng Nhung')?.author, record('Hồng Nhung')?.section], ['Hồng Nhung', null]);
  // Under the writer's label too.
  assert.deepEqual([record('Tác giả: Hồng Nhung')?.title, record('Tác giả: Hồng Nhung')?.author], ['Tăng cường phòng, chống đuối nước cho trẻ em dịp hè', 'Hồng Nhung']);
  assert.deepEqual([record('AN NINH TRẬT TỰ')?.author, record('AN NINH TRẬT TỰ')?.section], [null, 'An ninh trật tự']);
  assert.deepEqual([record('Cải cách tư pháp')?.author, record('Cải cách tư pháp')?.section], [null, 'Cải cách tư pháp']);
});

test('header-over-title: a title in capitals wrapped over two lines is no unit\'s name over its end (negative)', () => {
  const text = ['CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ SƠ KẾT', 'CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024', 'Cập nhật: 12/07/2024 15:10', PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024');
});

test('header-over-title: a headline above, a short title, or an editor\'s title above leaves the page to the title rule (negative)', () => {
  const title = (lines: string[], frontMatter = '') => extractRecord(readSource('a.txt', Buffer.from(frontMatter + [...lines, PROSE, PROSE].join('\n')))).record?.title;
  // The title over its deck: the deck is right over the dateline, but the title above it is no line of the page's.
  assert.equal(title(['Tin tức', 'Xử lý nghiêm vi phạm nồng độ cồn', 'Công an tỉnh ra quân tổng kiểm soát phương tiện', '08/03/2024 16:00']), 'Xử lý nghiêm vi phạm nồng độ cồn');
  // Three words right over the dateline, under a section and its subsection (see section-label): the title, short as it is.
  assert.equal(title(['Thời sự', 'Xã hội', 'Thông báo tuyển sinh', '08/03/2024 16:00']), 'Thông báo tuyển sinh');
  assert.equal(title(['Thời sự', 'Xã hội', 'Công an tỉnh ra quân tổng kiểm soát phương tiện', '08/03/2024 16:00'], '---\ntitle: Xã hội\n---\n'), 'Xã hội');
});

test('title: a site named after a word that folds like a kind of place (Quân đội, not quận) is a site name', () => {
  assert.equal(isSiteName('Báo Quân đội nhân dân'), true);
  assert.equal(isSiteName('Công an quận Ba Đình'), true);
  assert.equal(isSiteName('Đài Phát thanh và Truyền hình Nghệ An'), true);
  assert.equal(isSiteName('Báo động đỏ'), false);
});

test("title: the other bodies that run portals (a procuracy, a court, the military command, social insurance) name their sites with the place; the procuracy's name in capitals over the section over the title is the site's", () => {
  for (const name of ['Viện kiểm sát nhân dân tỉnh Quảng Ngãi', 'Tòa án nhân dân huyện Thạch Hà', 'Bộ Chỉ huy Quân sự tỉnh Hà Giang', 'Bảo hiểm xã hội tỉnh Nghệ An']) assert.equal(isSiteName(name), true, name);
  assert.equal(isSiteName('Bảo hiểm xã hội tự nguyện tăng mạnh'), false);
  const text = ['VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI', 'Tin hoạt động', 'VKSND tỉnh Quảng Ngãi kiểm sát trực tiếp tại Trại tạm giam', 'Ngày đăng: 03/12/2024 | Người viết: Lê Văn Sơn | Lượt xem: 210', PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.author], ['VKSND tỉnh Quảng Ngãi kiểm sát trực tiếp tại Trại tạm giam', 'Tin hoạt động', 'Lê Văn Sơn']);
});

test("title: a committee over a category ('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY') or over another unit ('Đảng ủy Công an tỉnh') names no site; over a place, the other unit with its place, or a bloc of bodies, it does (negative)", () => {
  assert.equal(isSiteName('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY'), false);
  assert.equal(isSiteName('ĐẢNG ỦY CÔNG AN TỈNH'), false);
  // Over the other unit with its place, the committee's own site, over a title in capitals as any site's name.
  assert.equal(isSiteName('Đảng ủy Công an tỉnh Bắc Ninh'), true);
  const caps = 'GẶP MẶT KỶ NIỆM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM 22/12';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(['Đảng ủy Công an tỉnh Bắc Ninh', caps, 'Ngày đăng: 07/12/2026', PROSE, PROSE, 'PV'].join('\n')))).record?.title, caps);
  assert.equal(isSiteName('HUYỆN ỦY THỌ XUÂN'), true);
  assert.equal(isSiteName('Đảng ủy Khối các cơ quan tỉnh'), true);
  assert.equal(isSiteName('Báo Văn hóa và Đời sống'), true);
});

test("title: the sector's other bodies name their sites with a place (a health department, the Fatherland Front, customs, the Red Cross, an extension centre); a headline that opens with one does not (negative)", () => {
  for (const name of ['SỞ Y TẾ TỈNH THANH HÓA', 'Mặt trận Tổ quốc Việt Nam tỉnh Bình Định', 'HẢI QUAN LẠNG SƠN', 'Hội Chữ thập đỏ tỉnh Nghệ An', 'TRUNG TÂM KHUYẾN NÔNG TỈNH ĐỒNG THÁP']) assert.equal(isSiteName(name), true, name);
  for (const headline of ['Hải quan Lạng Sơn thu ngân sách vượt kế hoạch năm', 'Hội Chữ thập đỏ tỉnh Nghệ An trao quà', 'Hội nghị tổng kết công tác năm']) assert.equal(isSiteName(headline), false, headline);
});

test("title: a province's name alone after a unit's word ends its name; words in lower case after it tell what the unit did (negative: 'Báo Nghệ An điện tử')", () => {
  assert.equal(namesOrganisation('Công an Hà Tĩnh triệt phá đường dây ma túy'), false);
  assert.equal(namesOrganisation('Công an Hà Tĩnh'), true);
  assert.equal(namesOrganisation('Báo Nghệ An điện tử'), true);
  assert.equal(namesOrganisation('Công an tỉnh Hà Tĩnh và Công an tỉnh Nghệ An'), true);
});

test("sections: a section scoped with 'của' ('Hoạt động của Đảng bộ', 'Hoạt động của đơn vị') is the section, as 'Hoạt động Đảng bộ' is, over a title that is over a long date; 'Hoạt động của' anything is not (negative)", () => {
  assert.equal(isSectionName('Hoạt động của Đảng bộ'), true);
  assert.equal(isSectionName('Hoạt động của đơn vị'), true);
  assert.equal(isSectionName('Hoạt động của lực lượng chức năng trong đêm'), false);
  // Police and Party portals' own sections, and a unit's news under its name.
  for (const name of ['Hoạt động của Công an xã', 'Gương sáng Công an nhân dân', 'Công tác Đảng - Công tác chính trị']) assert.equal(isSectionName(name), true, name);
  assert.equal(isSectionName('Công an tỉnh'), false);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Hoạt động của Đảng bộ', 'Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh lần thứ 15', 'Thứ sáu, ngày 04 tháng 12 năm 2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section], ['Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh lần thứ 15', 'Hoạt động của Đảng bộ']);
});

test("sections: the leaders' news ('Hoạt động của lãnh đạo Bộ', 'Hoạt động của Tỉnh ủy') is a section, so a menu a line each that lists it is a menu, over the site's name in capitals and a trail", () => {
  for (const name of ['Hoạt động của lãnh đạo Bộ', 'Hoạt động của Tỉnh ủy', 'Tin hoạt động của lãnh đạo tỉnh']) assert.equal(isSectionName(name), true, name);
  const text = ['BỘ CÔNG AN', 'CỔNG THÔNG TIN ĐIỆN TỬ', 'Trang chủ', 'Tin tức sự kiện', 'Hoạt động của lãnh đạo Bộ', 'Văn bản', 'Thủ tục hành chính', 'Trang chủ / Tin tức sự kiện / Hoạt động của lãnh đạo Bộ', 'Thứ trưởng làm việc với Công an tỉnh Gia Lai', '10:25 07/12/2026', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Thứ trưởng làm việc với Công an tỉnh Gia Lai', 'Hoạt động của lãnh đạo Bộ', 2]);
});

test("header-masthead: a site's name in capitals over a section scoped to the sector ('Tin hoạt động ngành') is the site's; the section is the known one with its scope", () => {
  assert.equal(isSectionName('Tin hoạt động ngành'), true);
  assert.equal(isSectionName('Hoạt động cơ sở'), true);
  assert.equal(isSectionName('Tin tức địa phương'), true);
  assert.equal(isSectionName('Thu ngân sách ngành'), false);
  const text = ['HẢI QUAN LẠNG SƠN', 'Tin hoạt động ngành', 'Hải quan Lạng Sơn thu ngân sách vượt 12% kế hoạch năm', '', PROSE, PROSE, 'Minh Phương (01/12/2026)'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.date], ['Hải quan Lạng Sơn thu ngân sách vượt 12% kế hoạch năm', 'Tin hoạt động ngành', '2026-12-01']);
});

test("header-masthead: a paper's name as its web edition prints it ('BIÊN PHÒNG ONLINE') over the section is the site's; a headline that ends with 'online' is none (negative)", () => {
  for (const name of ['BIÊN PHÒNG ONLINE', 'Biên phòng Online', 'Tuổi Trẻ Online', 'Quang Ninh Police']) assert.equal(isSiteName(name), true, name);
  assert.equal(isSiteName('Đọc báo online'), false);
  assert.equal(isSiteName('Cảnh báo lừa đảo bán hàng online'), false);
});

test("header-over-title: a writer's name between the dateline and the title ('Đại úy QNCN Nguyễn Văn Dũng') is the byline, the line under it the title; over the lead it is no title's (negative)", () => {
  const head = ['BIÊN PHÒNG ONLINE', 'Quốc phòng - An ninh', 'Thứ Sáu, 04/12/2026 | 07:30', 'Đại úy QNCN Nguyễn Văn Dũng'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...head, 'Đồn Biên phòng Cửa khẩu Cầu Treo bắt giữ đối tượng vận chuyển ma túy', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.author, record?.section], ['Đồn Biên phòng Cửa khẩu Cầu Treo bắt giữ đối tượng vận chuyển ma túy', 'Nguyễn Văn Dũng', 'Quốc phòng - An ninh']);
  const kinds = kindsOf(['Bắt giữ đối tượng vận chuyển ma túy qua biên giới', 'Thứ Sáu, 04/12/2026 | 07:30', 'Minh Anh', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('Bắt giữ đối tượng vận chuyển ma túy qua biên giới'), 'title');
});

test("title: a department named for its fields, in capitals, ends with its province ('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH BÌNH'): a site's name; a headline in capitals that opens with a unit is none (negative)", () => {
  assert.equal(isSiteName('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH BÌNH'), true);
  assert.equal(isSiteName('SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ HÀ NỘI'), true);
  assert.equal(isSiteName('BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH HÀ TĨNH'), true);
  assert.equal(isSiteName('CÔNG AN HUYỆN KRÔNG PẮC TẶNG QUÀ TRẺ EM NGHÈO DỊP TẾT TRUNG THU'), false);
  assert.equal(isSiteName('SỞ Y TẾ KHUYẾN CÁO NGƯỜI DÂN PHÒNG BỆNH CÚM MÙA'), false);
});

test("section-label: a series' name right over the title of its part ('Chuyển đổi số ở cơ sở' over 'Bài 2: …') is the section; a part's title over another's is none (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Chuyển đổi số ở cơ sở', 'Bài 2: Khi người dân làm chủ công nghệ', 'Cập nhật 07:30, 02/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section], ['Bài 2: Khi người dân làm chủ công nghệ', 'Chuyển đổi số ở cơ sở']);
  const parts = extractRecord(readSource('a.txt', Buffer.from(['Bài 1: Những chuyến tuần tra xuyên đêm', 'Bài 2: Khi người dân làm chủ công nghệ', '02/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.equal(parts?.section, null);
});

test("section-label: a series' name between the section and the part's title ('Phóng sự' / '… - Những cái bẫy giăng sẵn' / 'Bài 1: …'); the part's title is the title, the section the first; with the dateline between, the line over it is the title (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Phóng sự', 'Lừa đảo trên không gian mạng - Những cái bẫy giăng sẵn', 'Bài 1: Muôn kiểu "giăng bẫy" người dùng mạng xã hội', 'Cập nhật: 14:05 | 02/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Bài 1: Muôn kiểu "giăng bẫy" người dùng mạng xã hội', 'Phóng sự', 2]);
  const final = extractRecord(readSource('a.txt', Buffer.from(['Phóng sự', 'Những người giữ bình yên nơi biên giới (Tiếp theo và hết)', 'Thứ Bảy, 05/12/2026 - 06:30', 'Bài cuối: Vững vàng nơi tuyến đầu', PROSE].join('\n')))).record;
  assert.deepEqual([final?.title, final?.paragraphs[0]], ['Những người giữ bình yên nơi biên giới (Tiếp theo và hết)', 'Bài cuối: Vững vàng nơi tuyến đầu']);
});

test("section-label: a section right over its subsection over the title ('Multimedia' / 'Ảnh') gives the subsection; one section over a title is that section (negative)", () => {
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, 'Những bóng áo xanh trên công trình mùa đông', 'Thực hiện: Quang Huy', '05/12/2026 | 16:30', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record('Multimedia', 'Ảnh')?.section, record('Multimedia', 'Ảnh')?.title], ['Ảnh', 'Những bóng áo xanh trên công trình mùa đông']);
  assert.deepEqual([record('Multimedia')?.section, record('Multimedia')?.title], ['Multimedia', 'Những bóng áo xanh trên công trình mùa đông']);
});

test("site-chrome: a live report's flag under its title ('Cập nhật liên tục') is the page's, and its entries' times over their paragraphs are the text's; a player's lone time, and a flag over the title (the section), are not so (negative)", () => {
  const entries = ['10:15', 'Lực lượng đặc nhiệm đã khống chế thành công các đối tượng, giải cứu an toàn toàn bộ con tin trên máy bay.', '09:40', 'Tổ công tác tiếp cận máy bay, thương lượng với nhóm đối tượng để kéo dài thời gian chờ lực lượng hỗ trợ.'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Thời sự', 'TRỰC TIẾP: Diễn tập phòng, chống khủng bố tại sân bay', 'Cập nhật liên tục', 'Thứ Bảy, 05/12/2026 - 09:00', PROSE, ...entries, 'Văn Thành'].join('\n')))).record;
  assert.deepEqual(record?.paragraphs, [PROSE, ...entries]);
  const player = kindsOf(['Tiêu đề bài viết về diễn tập', '05/12/2026 09:00', PROSE, 'Video', '01:45', PROSE].join('\n'));
  assert.equal(player.get('01:45'), 'chrome');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(['Tin nổi bật', 'Khánh thành cầu dân sinh tại xã vùng cao', '05/11/2024 16:20', PROSE].join('\n')))).record?.section, 'Tin nổi bật');
});

test("summary-box: the page's summary over the text ('AI tóm tắt' and its short points) is the page's, closed by the machine's note or by the lead, over the text or under its lead; under more of the article's prose, the article's (negative)", () => {
  const points = ['Công an tỉnh Bình Dương khởi tố 5 bị can tổ chức đánh bạc qua mạng.', 'Tổng số tiền giao dịch của đường dây hơn 1.000 tỉ đồng.'];
  const lead = 'Ngày 5/12, Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương khởi tố vụ án.';
  const head = ['Khởi tố 5 bị can trong đường dây cá độ bóng đá', '05/12/2026 18:42 GMT+7'];
  const noted = extractRecord(readSource('a.txt', Buffer.from([...head, 'AI tóm tắt', ...points, 'Nội dung được tóm tắt bởi AI, có thể chưa chính xác hoàn toàn.', lead, PROSE].join('\n')))).record;
  assert.deepEqual(noted?.paragraphs, [lead, PROSE]);
  const closedByLead = extractRecord(readSource('a.txt', Buffer.from([...head, 'Điểm chính:', ...points.map((p) => `• ${p}`), lead, PROSE].join('\n')))).record;
  assert.deepEqual(closedByLead?.paragraphs, [lead, PROSE]);
  const underLead = extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, 'AI tóm tắt', ...points, PROSE].join('\n')))).record;
  assert.deepEqual(underLead?.paragraphs, [PROSE, PROSE]);
  const under = extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE, 'Những điểm chính:', ...points].join('\n')))).record;
  assert.deepEqual(under?.paragraphs, [PROSE, PROSE, 'Những điểm chính:', ...points]);
});

test("summary-box: the machine's note in its other wordings ('Nội dung được tóm tắt bằng AI') closes the summary, whose points read as short as the article's sentences under it", () => {
  const lead = 'Công an tỉnh Quảng Bình vừa bắt giữ Hoàng Thị Mai để điều tra về hành vi lừa đảo chiếm đoạt tài sản.';
  const text = ['Bắt đối tượng lừa đảo bán vé máy bay giá rẻ', 'Thứ Hai, 07/12/2026 10:20', 'Tóm tắt nhanh', 'Công an bắt đối tượng lừa bán vé máy bay giá rẻ.', 'Hơn 200 người bị lừa, thiệt hại khoảng 3 tỷ đồng.', 'Nội dung được tóm tắt bằng AI', lead, 'Mai lập nhiều trang mạng xã hội rao bán vé.', 'Công an khuyến cáo người dân chỉ mua vé tại đại lý chính thức.', 'Hữu Trung'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.lead, record?.paragraphs.length], [lead, 3]);
});

test("summary-box: a summary's heading with the machine's name before or after its words ('Tóm tắt nội dung (AI)', 'Bản tin tóm tắt bởi AI', '✨ Tóm tắt AI'), and the machine's note in any wording, claimed by the site's chrome or not, close the box; 'Tóm tắt:' or 'Nội dung chính' over points are its summary only over such a note; bulleted points end at a line with no bullet (negative)", () => {
  const points = ['Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện.', 'Đợt cao điểm kéo dài đến hết năm 2026.'];
  const lead = 'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát phương tiện giao thông đường bộ trên các tuyến đường của huyện.';
  const second = 'Theo kế hoạch, đợt tổng kiểm soát sẽ diễn ra từ nay đến hết ngày 31/12/2026, tập trung vào các tuyến quốc lộ.';
  const paragraphs = (...box: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Ra quân tổng kiểm soát phương tiện', '07/12/2026 08:30', ...box, lead, second, 'Hồng Quân'].join('\n')))).record?.paragraphs;
  for (const heading of ['Tóm tắt nội dung (AI)', 'Bản tin tóm tắt bởi AI', '✨ Tóm tắt AI', 'Tóm tắt bài viết bởi AI', 'Tóm tắt bởi trí tuệ nhân tạo']) assert.deepEqual(paragraphs(heading, ...points), [lead, second], heading);
  for (const note of ['Nội dung được tóm tắt tự động bởi AI, có thể chưa chính xác.', 'Tóm tắt bởi AI có thể chưa chính xác', 'Nội dung do AI tóm tắt, mang tính tham khảo.', '(Nội dung tóm tắt được tạo bởi trí tuệ nhân tạo)']) {
    assert.deepEqual(paragraphs('Tóm tắt:', ...points, note), [lead, second], note);
    assert.deepEqual(paragraphs('Nội dung chính', ...points, note), [lead, second], note);
  }
  // Under the lead, bulleted points end at the article's next paragraph, which has no bullet.
  const underLead = extractRecord(readSource('a.txt', Buffer.from(['Ra quân tổng kiểm soát phương tiện', '07/12/2026 08:30', lead, 'AI tóm tắt', ...points.map((p) => `• ${p}`), second, 'Hồng Quân'].join('\n')))).record?.paragraphs;
  assert.deepEqual(underLead, [lead, second]);
  // Right under the title, over the dateline, under a list of the site's, the box is still no title nor the list's; bulleted points end at a line set off with another bullet.
  const underTitle = extractRecord(readSource('a.txt', Buffer.from(['Tin nổi bật', 'Khánh thành cầu dân sinh tại xã vùng cao Mường Lát', 'Ra quân tổng kiểm soát phương tiện', 'Tóm tắt nội dung (AI)', ...points.map((p) => `- ${p}`), '07/12/2026 08:30', lead, second, 'Hồng Quân'].join('\n')))).record;
  assert.deepEqual([underTitle?.title, underTitle?.paragraphs], ['Ra quân tổng kiểm soát phương tiện', [lead, second]]);
  const list = ['- Thời gian: từ 7 giờ 30 phút sáng thứ Sáu hằng tuần.', '- Địa điểm: trụ sở Tiếp công dân Công an tỉnh.'];
  assert.deepEqual(paragraphs('AI tóm tắt', ...points.map((p) => `• ${p}`), ...list), [...list, lead, second]);
  // With no note, 'Tóm tắt:' over short points is the article's own summary; a note in lower case names no machine ('ai', the pronoun).
  assert.deepEqual(paragraphs('Tóm tắt:', ...points), ['Tóm tắt:', ...points, lead, second]);
  assert.deepEqual(paragraphs('Tóm tắt:', ...points, 'Ai cũng có thể tạo tài khoản.'), ['Tóm tắt:', ...points, 'Ai cũng có thể tạo tài khoản.', lead, second]);
});

test("section-label: a portal's weekly schedule ('Lịch công tác') over the title is its section; the schedule's days under it are the text", () => {
  const text = ['Lịch công tác', 'Lịch công tác tuần 50 của lãnh đạo UBND huyện Thạch Hà', 'Ngày đăng: 05/12/2026 16:00', 'Thứ Hai (07/12/2026):', '- Sáng: Chủ tịch UBND huyện chủ trì giao ban tuần.', 'Thứ Ba (08/12/2026):', '- Sáng: Tiếp công dân định kỳ.'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.section, record?.date, record?.paragraphs.length], ['Lịch công tác', '2026-12-05T16:00:00+07:00', 4]);
});

test("section-label: 'Thống kê' over the title at the top is the section (a page of figures); under the article it heads the site's visitor statistics (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Thống kê', 'Kết quả tuần tra, kiểm soát giao thông tháng 11/2026', 'Ngày 02/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.equal(record?.section, 'Thống kê');
  const kinds = kindsOf(['Tiêu đề bài viết thử', '05/12/2026', PROSE, PROSE, 'Thu Hà', 'Thống kê', 'Lượt truy cập: 1.234.567'].join('\n'));
  assert.equal(kinds.get('Thống kê'), 'chrome');
});

test("title: a school's or a university's name in capitals ('TRƯỜNG ĐẠI HỌC CẢNH SÁT NHÂN DÂN') is a site's name, its kind of school part of the name's start; a headline in capitals that opens with a school is none (negative)", () => {
  assert.equal(isSiteName('TRƯỜNG ĐẠI HỌC CẢNH SÁT NHÂN DÂN'), true);
  assert.equal(isSiteName('TRƯỜNG THCS LÊ QUÝ ĐÔN TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI'), false);
});

test("header-masthead: a hospital's name over the section of its own news ('Hoạt động bệnh viện'), a date, then the title: the site's, the section, the title", () => {
  assert.equal(isSectionName('Hoạt động bệnh viện'), true);
  assert.equal(isSectionName('Tin hoạt động Công đoàn'), true);
  const text = ['BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ', 'Hoạt động bệnh viện', 'Ngày 05 tháng 12 năm 2026', 'Phẫu thuật thành công cho bệnh nhân 92 tuổi bị gãy cổ xương đùi', PROSE, PROSE, 'Phòng Công tác xã hội'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.source], ['Phẫu thuật thành công cho bệnh nhân 92 tuổi bị gãy cổ xương đùi', 'Hoạt động bệnh viện', 'Phòng Công tác xã hội']);
});

test("header-masthead: an aggregator's copy: its name in normal case over the section ('Báo Mới' / 'Thời sự') is the site's; the paper it credits, with how long ago it was posted, is the source; its links under the text are its own", () => {
  const text = ['Báo Mới', 'Thời sự', 'Quảng Trị: Cứu hộ thành công 2 ngư dân gặp nạn trên biển', 'Theo Báo Quảng Trị | 2 giờ trước', `Ngày 5/12/2026, ${PROSE}`, PROSE, 'Xem bài gốc tại Báo Quảng Trị', 'Tin cùng chủ đề'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.source, record?.date, record?.paragraphs.length], ['Quảng Trị: Cứu hộ thành công 2 ngư dân gặp nạn trên biển', 'Thời sự', 'Báo Quảng Trị', '2026-12-05', 2]);
  assert.equal(kindsOf(['Tăng cường tuần tra kiểm soát dịp cuối năm', 'Thời sự', '05/12/2026', PROSE].join('\n')).get('Tăng cường tuần tra kiểm soát dịp cuối năm'), 'title');
});

test("sections: a court's and a procuracy's sections of their work ('Hoạt động xét xử', 'Hoạt động kiểm sát'), under the body's name in capitals, are sections, and the headline under them the title", () => {
  for (const [site, section] of [['TÒA ÁN NHÂN DÂN TỈNH LONG AN', 'Hoạt động xét xử'], ['VIỆN KIỂM SÁT NHÂN DÂN TỈNH THANH HÓA', 'Hoạt động kiểm sát']]) {
    const title = 'Tuyên phạt 12 năm tù đối tượng lừa đảo chiếm đoạt tài sản';
    const record = extractRecord(readSource('a.txt', Buffer.from([site!, section!, title, `Ngày 4/12/2026, ${PROSE}`, PROSE, 'Thanh Hải'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.section], [title, section], section);
  }
});

test("sections: a station's sections by the medium ('Phát thanh', 'Truyền hình', 'Truyền thanh'), under the station's name, are sections, and the bulletin under them the title, dated by the day it names", () => {
  for (const section of ['Phát thanh', 'Truyền hình', 'Truyền thanh']) {
    // The text bears out the title's day (see dates: a bulletin's title).
    const lead = 'Chiều 5/12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2026.';
    const text = ['Đài Phát thanh và Truyền hình Thái Bình', section, 'Bản tin thời sự tối ngày 05/12/2026', 'Nghe bản tin', lead, PROSE, 'Biên tập: Thanh Nga'].join('\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.title, record?.section, record?.date], ['Bản tin thời sự tối ngày 05/12/2026', section, '2026-12-05'], section);
  }
});

test("outlet-over-time: an aggregator's credit on one line, the outlet and how long ago it posted ('Báo Bình Dương - 3 giờ trước'), under the title is the source; a writer's name beside the age is no outlet (negative)", () => {
  const read = (credit: string) => extractRecord(readSource('a.txt', Buffer.from(['Báo Mới', 'Thời sự', 'Cháy kho xưởng gỗ ở Bình Dương, thiệt hại hàng tỷ đồng', credit, `Ngày 7/12/2026, ${PROSE}`, PROSE, 'Xem bài gốc'].join('\n')))).record;
  for (const credit of ['Báo Bình Dương - 3 giờ trước', 'Báo Bình Dương · 3 giờ trước']) assert.deepEqual([read(credit)?.source, read(credit)?.paragraphs.length], ['Báo Bình Dương', 2], credit);
  assert.equal(read('Minh Hòa - 3 giờ trước')?.source, null);
});

test("breadcrumb: a trail that ends with the page's date ('… > An ninh trật tự > 04/12/2026') dates the article, and the crumb before the date is the section; a trail without one dates nothing (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ > Tin tức > An ninh trật tự > 04/12/2026', 'Triệt xóa tụ điểm đánh bạc tại xã Tân Phú', PROSE, PROSE, 'Công an xã Tân Phú'].join('\n')))).record;
  assert.deepEqual([record?.date, record?.section], ['2026-12-04', 'An ninh trật tự']);
  const undated = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ > Tin tức > An ninh trật tự', 'Triệt xóa tụ điểm đánh bạc tại xã Tân Phú', PROSE, PROSE].join('\n')))).record;
  assert.equal(undated, null);
});

test("section-label: a title in capitals over its dateline, over a photo's caption with its credit ('… Ảnh: CACC'), is the title, not a section over the caption", () => {
  const text = ['An ninh trật tự', 'BẮT GIỮ 2 ĐỐI TƯỢNG VẬN CHUYỂN 10 KG MA TÚY ĐÁ', 'Thứ Sáu, 04/12/2026, 21:30', 'Hai đối tượng cùng tang vật tại cơ quan công an. Ảnh: CACC', PROSE, PROSE, 'Thái Sơn'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.figures.length], ['BẮT GIỮ 2 ĐỐI TƯỢNG VẬN CHUYỂN 10 KG MA TÚY ĐÁ', 'An ninh trật tự', 1]);
});

test("section-label: a title in capitals over a note in brackets ('(Từ ngày 30/11 đến ngày 06/12/2026)', the week a bulletin covers) is the title, the note the text's; capitals over a title are still its section (negative)", () => {
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE, 'Hà Tĩnh, ngày 07 tháng 12 năm 2026'].join('\n')))).record;
  const bulletin = read('BẢN TIN AN NINH TRẬT TỰ TUẦN 49', '(Từ ngày 30/11 đến ngày 06/12/2026)');
  assert.deepEqual([bulletin?.title, bulletin?.section, bulletin?.paragraphs[0]], ['BẢN TIN AN NINH TRẬT TỰ TUẦN 49', null, '(Từ ngày 30/11 đến ngày 06/12/2026)']);
  const sectioned = read('AN NINH TRẬT TỰ', 'Bắt giữ 2 đối tượng trộm cắp tài sản tại chợ đêm');
  assert.deepEqual([sectioned?.title, sectioned?.section], ['Bắt giữ 2 đối tượng trộm cắp tài sản tại chợ đêm', 'An ninh trật tự']);
});

test("title: a body of a Party committee names its site alone ('Ban Tuyên giáo Tỉnh ủy' over the section over the title); a headline that opens with it does not (negative)", () => {
  assert.equal(isSiteName('Ban Tuyên giáo Tỉnh ủy'), true);
  assert.equal(isSiteName('Ban Tuyên giáo và Dân vận Thành ủy'), true);
  assert.equal(isSiteName('Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị'), false);
  const text = ['Ban Tuyên giáo Tỉnh ủy', 'Nghiên cứu - Trao đổi', 'Phát huy vai trò của người có uy tín trong đồng bào', 'Cập nhật: 20/11/2024', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section], ['Phát huy vai trò của người có uy tín trong đồng bào', 'Nghiên cứu - Trao đổi']);
});

test('section-after-title: a known section under the title\'s dateline (a WordPress theme\'s category), maybe with the article\'s buttons between, is the section; a subheading further down is not (negative)', () => {
  const text = ['Tuổi trẻ Công an Nghệ An hiến máu tình nguyện', 'Tháng Ba 4, 2024 bởi Phương Thảo', 'Hoạt động', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.section, record?.paragraphs.length], ['Hoạt động', 2]);
  // The article's buttons between the dateline and the category (the text size) leave it the section.
  const buttons = ['Tuổi trẻ Công an Nghệ An hiến máu tình nguyện', 'Tháng Ba 4, 2024 bởi Phương Thảo', 'A- A A+', 'Hoạt động', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(buttons))).record?.section, 'Hoạt động');
  // So does the site's prompt between the title and the section right under it.
  const prompt = ['Tuổi trẻ Công an Nghệ An hiến máu tình nguyện', 'Theo dõi trên Google News', 'Thời sự', '04/03/2024 08:00', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(prompt))).record?.section, 'Thời sự');
  const later = ['Tuổi trẻ Công an Nghệ An hiến máu tình nguyện', 'Tháng Ba 4, 2024 bởi Phương Thảo', PROSE, 'Hoạt động', PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(later))).record?.section, null);
});

test("lead-place-stamp: the place a paper stamps before its lead, run into the lead's first word by the copy ('Khánh HòaXe khách …', 'TP HCMNgười …', 'MỹTổng thống …'), is set off by a dash; a name with a capital inside ('VnExpress', 'TikTok'), a word that names no place, and a paragraph under the lead keep their letters (negative)", () => {
  const lead = (text: string, ...more: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Xe khách lật trên đèo Khánh Lê, 12 người bị thương', 'Thứ hai, 7/12/2026, 08:15 (GMT+7)', text, ...more, PROSE].join('\n')))).record?.paragraphs[0];
  const words = 'Xe khách 45 chỗ chở 38 người mất lái lật nghiêng trên đèo Khánh Lê rạng sáng nay, 12 người bị thương.';
  assert.equal(lead(`Khánh Hòa${words}`), `Khánh Hòa - ${words}`);
  assert.equal(lead(`TP HCM${words}`), `TP HCM - ${words}`);
  assert.equal(lead(`Mỹ${words}`), `Mỹ - ${words}`);
  for (const text of [`VnExpress ghi nhận ${words}`, `TikTok Shop cho biết ${words}`, `CleanUp${words}`]) assert.equal(lead(text), text);
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(['Xe khách lật trên đèo Khánh Lê', '07/12/2026 08:15', PROSE, `Khánh Hòa${words}`].join('\n')))).record?.paragraphs[1], `Khánh Hòa${words}`);
});

test('lead-label: a CMS\'s label before the lead (Sapo:) is the page\'s, the words after it the lead; a label alone over the lead is chrome', () => {
  const lead = 'Công an quận Hoàng Mai vừa triệt xóa một điểm bán lẻ ma túy hoạt động trong khu nhà trọ, bắt giữ 2 đối tượng.';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Triệt xóa điểm bán lẻ ma túy', 'Văn Tùng', '10:25 | 09/03/2024', `Sapo: ${lead}`, PROSE].join('\n')))).record;
  assert.deepEqual([record?.lead, record?.author], [lead, 'Văn Tùng']);
  const alone = ['Triệt xóa điểm bán lẻ ma túy', '10:25 | 09/03/2024', 'Tóm tắt:', PROSE, PROSE, 'Văn Tùng'].join('\n');
  assert.equal(kindsOf(alone).get('Tóm tắt:'), 'chrome');
});

test('lead-label: a summary labelled in the body, and a lead that opens with the label\'s word, are the article\'s (negative)', () => {
  const summary = 'Tóm tắt: các đơn vị hoàn thành 100% chỉ tiêu được giao.';
  const text = ['Tiêu đề bài viết', '09/03/2024', 'Tóm tắt hồ sơ vụ án cho thấy các đối tượng đã nhiều lần tổ chức đánh bạc với số tiền lớn trên địa bàn.', PROSE, summary, PROSE, 'Văn Tùng'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.ok(record?.lead.startsWith('Tóm tắt hồ sơ'));
  assert.ok(record?.paragraphs.includes(summary));
});

test("lead-label: a paper's initials on a line of their own over the lead ('SGGPO') open the lead, and are the page's; a writer's or an agency's initials there are the byline (negative)", () => {
  const record = (initials: string) => extractRecord(readSource('a.txt', Buffer.from(['Triệt xóa điểm bán lẻ ma túy', '07/12/2026 06:45', initials, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record('SGGPO')?.paragraphs.length, record('SGGPO')?.author], [2, null]);
  for (const initials of ['PV', 'TTXVN']) assert.deepEqual([record(initials)?.paragraphs.length, record(initials)?.author], [2, initials], initials);
});

test('site-chrome: a header\'s skip link, menu icon, logo and banner, hotline, office hours, date filter and contact line over the title are the site\'s', () => {
  const head = ['Bỏ qua nội dung', 'Skip to content', '☰ Menu', 'Logo Công an Hà Tĩnh', 'Banner', 'Hotline: 0239.3855.xxx', 'Giờ làm việc: 7h30 - 17h00', 'Xem tin theo ngày', 'Điện thoại: 069.2924.xxx | Email: congan@hatinh.gov.vn'];
  for (const line of head) {
    const text = [line, 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', '08/03/2024 14:20', PROSE, PROSE, 'Minh Hà'].join('\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Công an huyện Can Lộc triệt phá đường dây đánh bạc', null, 2], line);
  }
});

test("site-chrome: the writer's photo's alternative text ('Ảnh đại diện') beside their name between the title and the dateline is the page's, the name the byline", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Công an huyện Can Lộc triệt phá đường dây đánh bạc', 'Ảnh đại diện', 'Minh Hà', '08/03/2024 14:20', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Minh Hà', 2]);
});

test('site-chrome: a title that opens with a logo\'s word, and a contact line in a notice\'s text, are the article\'s (negative)', () => {
  const title = 'Logo mới của Công an tỉnh được công bố';
  assert.equal(kindsOf([title, '08/03/2024 14:20', PROSE, PROSE, 'Minh Hà'].join('\n')).get(title), 'title');
  const contact = 'Điện thoại: 0912.345.678';
  assert.equal(kindsOf(['Thông báo tìm người thân', '08/03/2024 14:20', PROSE, contact, PROSE, 'Minh Hà'].join('\n')).get(contact), 'body');
  // The hotline a notice gives, under its text, is the article's; over the article, the header's.
  for (const hotline of ['Đường dây nóng: 0693.123.456', 'Hotline: 0693.123.456', 'Giờ làm việc: 7h30 - 17h00']) {
    const kinds = kindsOf(['Công an tỉnh công bố đường dây nóng', '05/12/2026 08:00', PROSE, 'Người dân có thể báo tin qua các số sau:', hotline, PROSE, 'Minh Anh'].join('\n'));
    assert.equal(kinds.get(hotline), 'body', hotline);
  }
});

test('print-margins: a browser\'s header and footer on each printed sheet are the browser\'s; the time of printing is no date', () => {
  const header = '3/8/24, 2:25 PM Công an huyện Can Lộc triệt phá đường dây đánh bạc - Công an tỉnh Hà Tĩnh';
  const footer = 'https://conganhatinh.gov.vn/tin-tuc/cong-an-huyen-can-loc-triet-pha-duong-day-danh-bac 1/2';
  const text = [header, 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', 'Thứ Năm, 07/03/2024 - 16:40', PROSE, footer, header, PROSE, 'Minh Hà', footer.replace('1/2', '2/2')].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length, record?.author], ['Công an huyện Can Lộc triệt phá đường dây đánh bạc', '2024-03-07T16:40:00+07:00', 2, 'Minh Hà']);
  const vietnamese = ['14:25 8/3/24 Hội nghị triển khai công tác năm 2024 | Cổng TTĐT Công an tỉnh Nghệ An', 'Hội nghị triển khai công tác năm 2024', '08/03/2024 09:00', PROSE, 'Hoàng Vũ', 'about:blank 1/1'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(vietnamese))).record?.title, 'Hội nghị triển khai công tác năm 2024');
});

test('print-margins: a line that opens with a date and a time and tells something else is left to the other rules (negative)', () => {
  const timeline = '8/3/24, 2:25 PM lực lượng chức năng có mặt tại hiện trường';
  assert.notEqual(kindsOf(['Tiêu đề bài viết', '08/03/2024 09:00', PROSE, timeline, PROSE, 'Hoàng Vũ'].join('\n')).get(timeline), 'chrome');
});

test('breadcrumb: a trail copied one crumb a line under the home page\'s link runs down to the title, the line over the dateline; its last crumb is the section', () => {
  const text = article('Trang chủ', 'Tin tức - Sự kiện', 'Hoạt động của lãnh đạo Bộ', 'Bộ trưởng tiếp Đại sứ Lào tại Việt Nam', '08/03/2024');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Bộ trưởng tiếp Đại sứ Lào tại Việt Nam', 'Hoạt động của lãnh đạo Bộ', 2]);
  // A page's own crumb is no section; a sentence between the home link and the title makes no trail (negative).
  const page = extractRecord(readSource('a.txt', Buffer.from(article('Trang chủ', 'Tin tức', 'Chi tiết tin', 'Bàn giao 150 ngôi nhà Đại đoàn kết', '06/03/2024 16:45')))).record;
  assert.equal(page?.section, 'Tin tức');
  const sentence = kindsOf(article('Trang chủ', 'Bản tin được cập nhật hằng ngày.', 'Bàn giao 150 ngôi nhà Đại đoàn kết', '06/03/2024 16:45'));
  assert.notEqual(sentence.get('Bản tin được cập nhật hằng ngày.'), 'breadcrumb');
  // Under the site's name in capitals and its menu too; under a line of the article's, the home link opens no trail (negative).
  const headed = extractRecord(readSource('a.txt', Buffer.from(article('CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN', 'Trang chủ | Giới thiệu | Tin tức | Liên hệ', 'Trang chủ', 'Tin tức - Sự kiện', 'Hoạt động của lãnh đạo Bộ', 'Bộ trưởng tiếp Đại sứ Lào tại Việt Nam', '08/03/2024')))).record;
  assert.deepEqual([headed?.title, headed?.section], ['Bộ trưởng tiếp Đại sứ Lào tại Việt Nam', 'Hoạt động của lãnh đạo Bộ']);
  const under = kindsOf(article('Bản tin an ninh trật tự hằng ngày của Công an tỉnh', 'Trang chủ', 'Tin tức', 'Bàn giao 150 ngôi nhà Đại đoàn kết', '06/03/2024 16:45'));
  assert.notEqual(under.get('Tin tức'), 'breadcrumb');
});

test('print-margins: a paragraph broken across two printed sheets is one paragraph, the sheets\' margins taken out', () => {
  const header = '3/8/24, 2:25 PM Công an huyện Can Lộc triệt phá đường dây đánh bạc - Công an tỉnh Hà Tĩnh';
  const footer = 'https://conganhatinh.gov.vn/tin-tuc/cong-an-huyen-can-loc 1/2';
  const text = [header, 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', '07/03/2024 16:40', PROSE, 'Qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng sử dụng', footer, header, 'ứng dụng trên điện thoại để tổ chức đánh bạc dưới hình thức cá độ bóng đá.', PROSE, 'Minh Hà'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.paragraphs, [PROSE, 'Qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng sử dụng ứng dụng trên điện thoại để tổ chức đánh bạc dưới hình thức cá độ bóng đá.', PROSE]);
  // A paragraph that ends its sentence before the margins is not joined to the next (negative).
  const ended = text.replace('nhóm đối tượng sử dụng', 'nhóm đối tượng.').replace('ứng dụng trên', 'Ứng dụng trên');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(ended))).record?.paragraphs.length, 4);
});

/** A portal's long header over the article: skip link, login, today's date, weather, hotline, name, menu, trail. */
const LONG_HEADER = ['Bỏ qua nội dung chính', 'Đăng nhập | Đăng ký', 'Thứ Hai, ngày 07/12/2026', 'Hà Tĩnh 24°C', 'Đường dây nóng: 0693.123.456', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH HÀ TĨNH', 'Trang chủ', 'Tin tức', 'Phòng chống tội phạm', 'Xây dựng lực lượng', 'Văn bản'];

test("header-widget: today's date over the header's weather and hotline, over the site's name, is the header's, not the article's", () => {
  const kinds = kindsOf(article(...LONG_HEADER, 'Khởi tố 5 đối tượng trong đường dây cho vay nặng lãi', '04/12/2026 | 15:20'));
  for (const line of ['Bỏ qua nội dung chính', 'Thứ Hai, ngày 07/12/2026', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH HÀ TĨNH']) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get('04/12/2026 | 15:20'), 'dateline');
});

test("header-list: the site's counters between the title and its dateline ('Thích 0 | Chia sẻ 0') leave the title the title, under a menu item that names a list ('Văn bản')", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(article('Trang chủ', 'Tin tức', 'Giới thiệu', 'Liên hệ', 'Văn bản', 'Khởi tố 5 đối tượng trong đường dây cho vay nặng lãi', 'Thích 0 | Chia sẻ 0', '04/12/2026 | 15:20')))).record;
  assert.equal(record?.title, 'Khởi tố 5 đối tượng trong đường dây cho vay nặng lãi');
});

test("breadcrumb: a trail from the home page under a long header is one, and its last crumb, a menu's item too, is the section (the title is not printed again)", () => {
  const page = article(...LONG_HEADER, 'Trang chủ / Tin tức / Phòng chống tội phạm', 'Khởi tố 5 đối tượng trong đường dây cho vay nặng lãi', 'Thích 0 | Chia sẻ 0', '04/12/2026 | 15:20');
  const record = extractRecord(readSource('a.txt', Buffer.from(page))).record;
  assert.deepEqual([record?.title, record?.section, record?.date], ['Khởi tố 5 đối tượng trong đường dây cho vay nặng lãi', 'Phòng chống tội phạm', '2026-12-04T15:20:00+07:00']);
  // A line with slashes under the header that is no trail from the home page is left alone (negative).
  assert.notEqual(kindsOf(article(...LONG_HEADER, 'Phòng chống / tội phạm', 'Khởi tố 5 đối tượng trong đường dây cho vay nặng lãi', '04/12/2026 | 15:20')).get('Phòng chống / tội phạm'), 'breadcrumb');
});

test("breadcrumb: known sections joined by arrows under a long header ('Tin tức > Quốc phòng - An ninh' under a menu nobody listed) are a trail; its last crumb is the section, and a headline's clauses joined by an arrow there are none (negative)", () => {
  const menu = ['QUÂN KHU 5 ONLINE', 'TRANG CHỦ', 'TIN TỨC', 'QUỐC PHÒNG - AN NINH', 'XÂY DỰNG ĐẢNG', 'HẬU PHƯƠNG QUÂN ĐỘI', 'VĂN HÓA - XÃ HỘI'];
  const page = (trail: string) => article(...menu, trail, 'Bộ CHQS tỉnh Quảng Ngãi tổng kết diễn tập khu vực phòng thủ', 'Chủ nhật, 06/12/2026, 15:30 [GMT+7]');
  const record = extractRecord(readSource('a.txt', Buffer.from(page('Tin tức > Quốc phòng - An ninh')))).record;
  assert.deepEqual([record?.title, record?.section], ['Bộ CHQS tỉnh Quảng Ngãi tổng kết diễn tập khu vực phòng thủ', 'Quốc phòng - An ninh']);
  assert.notEqual(kindsOf(page('Giá lúa tăng > giá phân bón giảm')).get('Giá lúa tăng > giá phân bón giảm'), 'breadcrumb');
});

test("section: the sections of police and party portals ('Học tập và làm theo Bác', 'Phổ biến pháp luật', 'PCCC', 'Cảnh báo', 'Truy nã', 'Văn hóa - Văn nghệ') name the section over the title", () => {
  for (const section of ['Học tập và làm theo Bác', 'Phổ biến pháp luật', 'PCCC', 'Cảnh báo', 'Truy nã', 'Văn hóa - Văn nghệ', 'Thông báo - Cảnh báo']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(article(section, 'Công an huyện Đức Thọ tuyên truyền phòng, chống tội phạm', '05/12/2026 08:00')))).record;
    assert.deepEqual([record?.section, record?.title], [section, 'Công an huyện Đức Thọ tuyên truyền phòng, chống tội phạm'], section);
  }
});

test("title: a page that prints no title line: a sentence opening with its day is the lead, not the title; a trail's last crumb that reads as a headline names the page, and the crumb before it is the section", () => {
  const lead = 'Ngày 5/12, Công an thành phố Hà Tĩnh cho biết đã bắt giữ 2 đối tượng trộm cắp tài sản tại chợ Hà Tĩnh, thu giữ nhiều tang vật.';
  const untitled = extractRecord(readSource('a.txt', Buffer.from(['05/12/2026 10:00', lead, PROSE, 'Minh Anh'].join('\n'))));
  assert.equal(untitled.record, null);
  assert.ok(untitled.diagnostics.some((d) => d.code === 'no-title'));
  const trail = 'Trang chủ > Tin tức > Bắt giữ 2 đối tượng trộm cắp tài sản tại chợ Hà Tĩnh';
  for (const first of [lead, lead.replace('Ngày 5/12, ', '')]) {
    const record = extractRecord(readSource('a.txt', Buffer.from([trail, '05/12/2026 10:00', first, PROSE, 'Minh Anh'].join('\n')))).record;
    assert.deepEqual([record?.title, record?.section, record?.paragraphs[0]], ['Bắt giữ 2 đối tượng trộm cắp tài sản tại chợ Hà Tĩnh', 'Tin tức', first]);
  }
  // A section's long name ends a trail as the section; the title line under it is the title (negative).
  const section = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ / Tin tức - Sự kiện / Hoạt động của lực lượng Công an', 'Công an tỉnh Bình Định ra quân trấn áp tội phạm', '12/04/2024 09:42', PROSE, 'Minh Anh'].join('\n')))).record;
  assert.deepEqual([section?.title, section?.section], ['Công an tỉnh Bình Định ra quân trấn áp tội phạm', 'Hoạt động của lực lượng Công an']);
});

test("section-label and header-over-title: the title in capitals over its copy with icons around it or a count in brackets after it is the title printed twice, no section, under the site's name too", () => {
  for (const copy of ['🔴 Trao tặng nhà tình nghĩa cho gia đình chính sách 🔴', 'Trao tặng nhà tình nghĩa cho gia đình chính sách (12 bình luận)']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(article('TRAO TẶNG NHÀ TÌNH NGHĨA CHO GIA ĐÌNH CHÍNH SÁCH', copy, 'Ngày đăng: 25/07/2024 09:10')))).record;
    assert.deepEqual([record?.title, record?.section], ['Trao tặng nhà tình nghĩa cho gia đình chính sách', null], copy);
    // Under the site's name too: the name is the page's, over both copies.
    const named = extractRecord(readSource('a.txt', Buffer.from(article('UBND XÃ THẠCH KIM', 'TRAO TẶNG NHÀ TÌNH NGHĨA CHO GIA ĐÌNH CHÍNH SÁCH', copy, 'Ngày đăng: 25/07/2024 09:10')))).record;
    assert.equal(named?.title, 'Trao tặng nhà tình nghĩa cho gia đình chính sách', copy);
  }
});

test("navigation-menu: a government portal's pages for its audiences ('Công dân', 'Doanh nghiệp', 'Du khách') are its menu's entries; 'Doanh nghiệp' alone over a title is still the section (negative)", () => {
  const menu = ['Giới thiệu', 'Tin tức - Sự kiện', 'Chính quyền', 'Công dân', 'Doanh nghiệp', 'Du khách'];
  const text = article('Cổng Thông tin điện tử tỉnh Quảng Trị', 'Trang chủ', ...menu, 'Tin tức - Sự kiện > Kinh tế', 'Quảng Trị đẩy mạnh thu hút đầu tư vào các khu công nghiệp', '07/12/2026 09:45');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.paragraphs.length], ['Quảng Trị đẩy mạnh thu hút đầu tư vào các khu công nghiệp', 'Kinh tế', 2]);
  const section = extractRecord(readSource('a.txt', Buffer.from(article('Doanh nghiệp', 'Doanh nghiệp địa phương đẩy mạnh chuyển đổi số', '07/12/2026 09:45')))).record;
  assert.deepEqual([section?.title, section?.section], ['Doanh nghiệp địa phương đẩy mạnh chuyển đổi số', 'Doanh nghiệp']);
});

test("writer-over-email: a writer's name over their email address above the text is the byline, in capitals over the title too; a newsroom's name over the paper's address is no writer (negative)", () => {
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE].join('\n')))).record;
  const top = record('NGUYỄN HƯNG', 'nguyenhung@baoxyz.vn', '07/12/2026 08:30 GMT+7', 'Cao tốc qua miền Trung sẽ thông xe thêm 3 đoạn trước Tết');
  assert.deepEqual([top?.author, top?.section, top?.title], ['Nguyễn Hưng', null, 'Cao tốc qua miền Trung sẽ thông xe thêm 3 đoạn trước Tết']);
  const newsroom = decisionFor(['BAN BIÊN TẬP', 'toasoan@baoxyz.vn', '07/12/2026', 'Cao tốc qua miền Trung sẽ thông xe thêm 3 đoạn trước Tết', PROSE].join('\n'), 'BAN BIÊN TẬP');
  assert.notEqual(newsroom?.rule, 'writer-over-email');
});

test("site-chrome: a mobile copy's link to the full page ('Xem bản đầy đủ') over the logo and the dateline is the site's, not the title; what it stands over is at the top still", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Xem bản đầy đủ', 'Logo Báo Hà Tĩnh', '07/12/2026 - 08:30', 'Ra mắt mô hình "Camera an ninh" tại xã Thạch Hà', PROSE, PROSE].join('\n')))).record;
  assert.equal(record?.title, 'Ra mắt mô hình "Camera an ninh" tại xã Thạch Hà');
  // Over a print view's address, or over the section, it leaves them at the top of the page, where they are read as there.
  const printed = extractRecord(readSource('a.txt', Buffer.from(['Xem bản đầy đủ', 'https://congan.vinhphuc.gov.vn/tin-tuc/hoi-thao-chuyen-doi-so', 'Công an tỉnh tổ chức hội thảo về chuyển đổi số', 'Ngày đăng: 11/04/2024', PROSE, PROSE].join('\n')))).record;
  assert.equal(printed?.title, 'Công an tỉnh tổ chức hội thảo về chuyển đổi số');
  const section = extractRecord(readSource('a.txt', Buffer.from(['Xem bản đầy đủ', 'Tin nổi bật', 'Khánh thành cầu dân sinh tại xã vùng cao Mường Lát', 'Thứ Ba, 05/11/2024 - 16:20', PROSE, PROSE].join('\n')))).record;
  assert.equal(section?.section, 'Tin nổi bật');
});

test("lead-teaser: the lead's opening, cut short, over the dateline and the title is a link preview's, not the title; a title the lead opens by repeating stays the title (negative)", () => {
  const lead = '(NLĐO) - Công an TP HCM vừa triệt phá đường dây cá độ bóng đá qua mạng với số tiền giao dịch hơn 300 tỷ đồng, bắt giữ 15 đối tượng.';
  const teaser = '(NLĐO) - Công an TP HCM vừa triệt phá đường dây cá độ bóng đá qua mạng với số tiền giao dịch hơn 300 tỷ đồng';
  const record = extractRecord(readSource('a.txt', Buffer.from([teaser, '07-12-2026 - 10:20 AM | Pháp luật', 'Bắt giữ 15 đối tượng trong đường dây cá độ bóng đá', lead, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.lead], ['Bắt giữ 15 đối tượng trong đường dây cá độ bóng đá', lead]);
  const title = 'Công an TP HCM triệt phá đường dây cá độ bóng đá qua mạng quy mô lớn';
  const repeated = extractRecord(readSource('a.txt', Buffer.from([title, '07/12/2026', `${title}, bắt giữ 15 đối tượng.`, PROSE].join('\n')))).record;
  assert.equal(repeated?.title, title);
});

test("source-over-title: a labelled source heading the copy ('Nguồn: Báo Quảng Ninh', 'Bài đăng lại từ Báo Hà Tĩnh') is the source, not the title; a headline that opens with 'Theo' is the title (negative)", () => {
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, 'Xét xử lưu động vụ án trộm cắp tài sản', '07/12/2026 08:30', PROSE, PROSE].join('\n')))).record;
  for (const [line, source] of [['Nguồn: Báo Quảng Ninh', 'Báo Quảng Ninh'], ['Bài đăng lại từ Báo Hà Tĩnh', 'Báo Hà Tĩnh']] as const) {
    const r = record(line);
    assert.deepEqual([r?.title, r?.source], ['Xét xử lưu động vụ án trộm cắp tài sản', source], line);
  }
  const headline = extractRecord(readSource('a.txt', Buffer.from(['Theo dấu chân người lính biên phòng giữa mùa lũ', '07/12/2026 08:30', PROSE, PROSE].join('\n')))).record;
  assert.equal(headline?.title, 'Theo dấu chân người lính biên phòng giữa mùa lũ');
});

test("outlet-over-time: at the top of an aggregator's copy, the outlet over the title (maybe printed twice) with how long ago under it ('Báo Công an Nhân dân' / title / '1 giờ trước') is the source; a section's name there stays the section, an outlet under other lines is left (negative)", () => {
  const title = 'Phát hiện kho hàng lậu hơn 10.000 sản phẩm mỹ phẩm';
  const record = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from([...head, PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record('Báo Công an Nhân dân', title, '1 giờ trước', '06/12/2026 20:45')?.source, record('Báo Công an Nhân dân', title, '1 giờ trước', '06/12/2026 20:45')?.title], ['Báo Công an Nhân dân', title]);
  assert.equal(record('Báo Công an Nhân dân', title, title, '1 giờ trước', '06/12/2026 20:45')?.source, 'Báo Công an Nhân dân');
  assert.equal(record('Báo Công an Nhân dân', title, 'Theo dõi trên Google News', '1 giờ trước', '06/12/2026 20:45')?.source, 'Báo Công an Nhân dân');
  assert.equal(record('An ninh trật tự', title, '1 giờ trước', '06/12/2026 20:45')?.section, 'An ninh trật tự');
  assert.notEqual(decisionFor(['Tin mới', 'Báo Công an Nhân dân', title, '1 giờ trước', PROSE].join('\n'), 'Báo Công an Nhân dân')?.rule, 'outlet-over-time');
});

test("outlet-over-time: an aggregator's copy names the outlet it took the article from over how long ago it posted it: the source; the section over them stays the section; an outlet's name over anything else is left (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Báo Mới', 'Thời sự', 'Báo Thanh Niên', '2 giờ trước', '07/12/2026 09:15', 'Hà Nội ra quân xử lý vi phạm trật tự đô thị trên 20 tuyến phố', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.source, record?.section], ['Báo Thanh Niên', 'Thời sự']);
  assert.notEqual(decisionFor(['Báo Thanh Niên', '07/12/2026 09:15', 'Hà Nội ra quân xử lý vi phạm trật tự đô thị', PROSE, PROSE].join('\n'), 'Báo Thanh Niên')?.rule, 'outlet-over-time');
});

test("a CMS that spaces its labels' colons ('Tác giả : Minh Anh', 'Chia sẻ : Facebook', 'Hotline : …') prints the same labels: the header's, the meta's, the text's and the byline's lines read as with the colon tight", () => {
  const lines = ['Hotline : 069.2924.xxx', 'Chuyên mục : An ninh trật tự', 'Công an Quảng Bình bàn giao nhà tình nghĩa', 'Ngày đăng : 06/03/2024', 'Lượt xem : 1.234', 'Chia sẻ : Facebook | Zalo | Twitter', PROSE, 'Xem thêm : Tăng cường tuần tra kiểm soát dịp Tết', PROSE, 'Tác giả : Minh Anh', 'Nguồn : Công an tỉnh Quảng Bình'];
  const record = extractRecord(readSource('a.txt', Buffer.from(lines.join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.section, record?.views, record?.author, record?.source, record?.paragraphs.length], ['Công an Quảng Bình bàn giao nhà tình nghĩa', '2024-03-06', 'An ninh trật tự', 1234, 'Minh Anh', 'Công an tỉnh Quảng Bình', 2]);
});

test("a copy that prints bars with no spaces round them ('Trang chủ|Tin tức|An toàn giao thông', 'Ngày: 05/03/2024|Tác giả: Hồng Duyên') reads as with them: the site's links, the trail and the meta line", () => {
  const text = ['Đăng nhập|Đăng ký', 'Trang chủ|Tin tức|An toàn giao thông', 'Kiềm chế tai nạn giao thông dịp nghỉ lễ', 'Ngày: 05/03/2024|Tác giả: Hồng Duyên', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.section, record?.author, record?.paragraphs.length], ['Kiềm chế tai nạn giao thông dịp nghỉ lễ', '2024-03-05', 'An toàn giao thông', 'Hồng Duyên', 2]);
});

test("avatar-initials: a writer's avatar printed as the initials of the name under it ('TL' over 'Thanh Lâm', 'Đ' over 'Đỗ Mạnh'), under the title or under the text, is the box's: the name is the byline; a writer's initials over another name, or alone, sign the article (negative)", () => {
  const record = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(lines.join('\n')))).record;
  const top = (avatar: string, name: string) => record('Tăng cường tuần tra dịp Tết Dương lịch', '06/12/2026 09:15', avatar, name, 'Theo dõi', PROSE, PROSE);
  assert.deepEqual([top('TL', 'Thanh Lâm'), top('Đ', 'Đỗ Mạnh'), top('NVA', 'Nguyễn Văn An')].map((r) => [r?.author, r?.paragraphs.length]), [['Thanh Lâm', 2], ['Đỗ Mạnh', 2], ['Nguyễn Văn An', 2]]);
  assert.equal(record('Tăng cường tuần tra dịp Tết Dương lịch', '06/12/2026 09:15', PROSE, PROSE, 'NT', 'Nguyễn Thanh', 'Theo dõi')?.author, 'Nguyễn Thanh');
  assert.equal(decisionFor(['Tăng cường tuần tra dịp Tết Dương lịch', '06/12/2026 09:15', 'TL', 'Thanh Lâm', PROSE].join('\n'), 'TL')?.rule, 'avatar-initials');
  assert.notEqual(decisionFor(['Tăng cường tuần tra dịp Tết Dương lịch', '06/12/2026 09:15', 'PV', 'Thanh Lâm', PROSE].join('\n'), 'PV')?.rule, 'avatar-initials');
  assert.equal(record('Tăng cường tuần tra dịp Tết Dương lịch', '06/12/2026 09:15', PROSE, PROSE, 'TL')?.author, 'TL');
  // Over a social page's like button (`Thích Trang`, which reads as a name), the writer's initials still sign the article.
  assert.equal(record('Tăng cường tuần tra dịp Tết Dương lịch', '06/12/2026 09:15', PROSE, PROSE, 'TT', 'Thích Trang', '12K lượt thích')?.author, 'TT');
});
