import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDateline } from '../../../src/extract/rules/dateline.ts';
import { decisionFor, kindsOf, PROSE } from '../../helpers.ts';
import { extractRecord } from '../../../src/extract/index.ts';
import { readSource } from '../../../src/read/index.ts';
import { readByline } from '../../../src/extract/bylines.ts';

const cases: [string, object][] = [
  ['Thứ hai - 17/10/2022 04:44', { published: { year: 2022, month: 10, day: 17, hour: 4, minute: 44 } }],
  ['Thứ Tư, 22-06-2022, 17:57', { published: { year: 2022, month: 6, day: 22, hour: 17, minute: 57 } }],
  ['Chủ Nhật, 31/10/2021', { published: { year: 2021, month: 10, day: 31 } }],
  // A weekday abbreviated with a stop or run together ('T.Hai', 'Th2'); Joomla's label ('Được viết ngày'), and its English.
  ['T.Hai, 07/12/2026, 08:15 AM', { published: { year: 2026, month: 12, day: 7, hour: 8, minute: 15 } }],
  ['Th2, 07/12/2026', { published: { year: 2026, month: 12, day: 7 } }],
  ['Được viết ngày Thứ hai, 07 Tháng 12 2026 08:15', { published: { year: 2026, month: 12, day: 7, hour: 8, minute: 15 } }],
  ['Written on Monday, 07 December 2026 08:15', { published: { year: 2026, month: 12, day: 7, hour: 8, minute: 15 } }],
  // The CMS account that posted it, set apart beside the date, credits nobody; the section beside it is read.
  ['07/12/2026 | admin | Tin tức', { section: 'Tin tức', published: { year: 2026, month: 12, day: 7 } }],
  ['admin - Tháng Mười Hai 7, 2026', { published: { year: 2026, month: 12, day: 7 } }],
  // After the date and a dash, a byline with its own dash between the writer and the source; or fields, each under its label.
  ['07/12/2026 10:30 - Hải Yến - Báo Hà Tĩnh', { author: 'Hải Yến', source: 'Báo Hà Tĩnh', published: { year: 2026, month: 12, day: 7, hour: 10, minute: 30 } }],
  ['07/12/2026 10:30 - Chuyên mục: An ninh trật tự - Tác giả: Hải Yến', { section: 'An ninh trật tự', author: 'Hải Yến', published: { year: 2026, month: 12, day: 7, hour: 10, minute: 30 } }],
  // The section in square brackets beside the date, as in round ones.
  ['[An ninh trật tự] - 07/12/2026 10:30', { section: 'An ninh trật tự', published: { year: 2026, month: 12, day: 7, hour: 10, minute: 30 } }],
  ['Cập nhật lúc 06:59 ngày 07/09/2021', { updated: { year: 2021, month: 9, day: 7, hour: 6, minute: 59 } }],
  ['Ngày tạo: 12/03/2024 08:00 | Ngày cập nhật: 13/03/2024 09:30 | In bài viết | Gửi email', { published: { year: 2024, month: 3, day: 12, hour: 8, minute: 0 }, updated: { year: 2024, month: 3, day: 13, hour: 9, minute: 30 } }],
  ['Ngày phát hành: 15/10/2024', { published: { year: 2024, month: 10, day: 15 } }],
  ['Ngày viết: 15/10/2024', { published: { year: 2024, month: 10, day: 15 } }],
  // A writer's given name that is a date's word (`Đăng`, `Sáng`), capitalised inside the name; the same words label the date (negative).
  ['15/04/2024 16:45 | Hải Đăng', { author: 'Hải Đăng', published: { year: 2024, month: 4, day: 15, hour: 16, minute: 45 } }],
  ['15/04/2024 | Văn Sáng', { author: 'Văn Sáng', published: { year: 2024, month: 4, day: 15 } }],
  ['Thứ Hai Ngày 07/12/2026 Đăng lúc 08:30', { published: { year: 2026, month: 12, day: 7, hour: 8, minute: 30 } }],
  ['(Bài viết được cập nhật lúc 16:40 ngày 28/04/2024)', { updated: { year: 2024, month: 4, day: 28, hour: 16, minute: 40 } }],
  ['Thứ Sáu, 05/03/2024 | 10:30 SA (GMT+7)', { published: { year: 2024, month: 3, day: 5, hour: 10, minute: 30 } }],
  ['05/03/2024 02:15 CH', { published: { year: 2024, month: 3, day: 5, hour: 14, minute: 15 } }],
  ['Ngày đăng: 01/02/2024 08:00 | Cập nhật: 03/02/2024 10:15', { published: { year: 2024, month: 2, day: 1, hour: 8, minute: 0 }, updated: { year: 2024, month: 2, day: 3, hour: 10, minute: 15 } }],
  ['ngày 5 tháng 3 năm 2024', { published: { year: 2024, month: 3, day: 5 } }],
  ['2024-03-05T09:30:00+07:00', { published: { year: 2024, month: 3, day: 5, hour: 9, minute: 30, second: 0, offset: 420 } }],
  ['2024-03-07T08:20:00Z', { published: { year: 2024, month: 3, day: 7, hour: 8, minute: 20, second: 0, offset: 0 } }],
  ['Monday, October 17, 2022 10:30 PM GMT+7', { published: { year: 2022, month: 10, day: 17, hour: 22, minute: 30 } }],
  ['Thu hai, 17/10/2022', { published: { year: 2022, month: 10, day: 17 } }],
  ['17/10/2022 04:44 | Lượt xem: 280', { published: { year: 2022, month: 10, day: 17, hour: 4, minute: 44 }, views: 280 }],
  ['21/08/2024 16:20 | Lượt xem: 320 | Bình luận: 2', { published: { year: 2024, month: 8, day: 21, hour: 16, minute: 20 }, views: 320 }],
  ['🕒 10:30 | 12/09/2024', { published: { year: 2024, month: 9, day: 12, hour: 10, minute: 30 } }],
  ['Đăng ngày 12/09/2024 bởi admin', { published: { year: 2024, month: 9, day: 12 } }],
  ['Tháng Ba 14, 2024', { published: { year: 2024, month: 3, day: 14 } }],
  ['14 Tháng Mười Một, 2023', { published: { year: 2023, month: 11, day: 14 } }],
  ['Tháng 3 14, 2024', { published: { year: 2024, month: 3, day: 14 } }],
  ['Hà Giang, ngày 12 tháng 3 năm 2024', { published: { year: 2024, month: 3, day: 12 }, place: 'Hà Giang' }],
  ['Ngày: 14/03/2024 - Giờ: 10:05', { published: { year: 2024, month: 3, day: 14, hour: 10, minute: 5 } }],
  ['Thứ Bảy, 16/3/2024 - 8:30 tối', { published: { year: 2024, month: 3, day: 16, hour: 20, minute: 30 } }],
  ['14 thg 3, 2024', { published: { year: 2024, month: 3, day: 14 } }],
  ['Th 6, 08 thg 3, 2024 14:20', { published: { year: 2024, month: 3, day: 8, hour: 14, minute: 20 } }],
  ['08 Thg3 2024 14:20', { published: { year: 2024, month: 3, day: 8, hour: 14, minute: 20 } }],
  ['Thg3 08, 2024', { published: { year: 2024, month: 3, day: 8 } }],
  ['08/03/2024 14:20 +0700', { published: { year: 2024, month: 3, day: 8, hour: 14, minute: 20 } }],
  ['Đăng lúc: 08:15 05/03/2024 - Sửa lúc: 10:40 05/03/2024', { published: { year: 2024, month: 3, day: 5, hour: 8, minute: 15 }, updated: { year: 2024, month: 3, day: 5, hour: 10, minute: 40 } }],
  ['Edited: 05/03/2024 10:40', { updated: { year: 2024, month: 3, day: 5, hour: 10, minute: 40 } }],
  ['Thứ 4, 13/03/2024, 15:30 PM', { published: { year: 2024, month: 3, day: 13, hour: 15, minute: 30 } }],
  ['2024/03/14 10:05', { published: { year: 2024, month: 3, day: 14, hour: 10, minute: 5 } }],
  ['13/03/2024 10:05 (GMT+07:00)', { published: { year: 2024, month: 3, day: 13, hour: 10, minute: 5 } }],
  ['10:05 (UTC +07:00) Thứ Tư, 13/03/2024', { published: { year: 2024, month: 3, day: 13, hour: 10, minute: 5 } }],
  ['T5, 14/03/2024 | 10:05', { published: { year: 2024, month: 3, day: 14, hour: 10, minute: 5 } }],
  // A numbered weekday with a dot, or with a space before the date: no name is printed so.
  ['T.3, 05/03/2024', { published: { year: 2024, month: 3, day: 5 } }],
  ['T3 05/03/2024 08:15', { published: { year: 2024, month: 3, day: 5, hour: 8, minute: 15 } }],
  ['2024-05-12 08:30:00', { published: { year: 2024, month: 5, day: 12, hour: 8, minute: 30, second: 0 } }],
  // Seconds, where a CMS prints them, are kept: the record says what the page said.
  ['03-08-2023 14:32:10', { published: { year: 2023, month: 8, day: 3, hour: 14, minute: 32, second: 10 } }],
  ['Ngày đăng: 18/09/2024 2:35:12 CH', { published: { year: 2024, month: 9, day: 18, hour: 14, minute: 35, second: 12 } }],
  ['Thứ Năm, 16/05/2024 | 07:25:14 GMT+7', { published: { year: 2024, month: 5, day: 16, hour: 7, minute: 25, second: 14 } }],
  ['An ninh trật tự | Thứ hai, 05/08/2024 07:30', { section: 'An ninh trật tự', published: { year: 2024, month: 8, day: 5, hour: 7, minute: 30 } }],
  ['Chuyên mục: Tin hoạt động | Ngày: 05/03/2024 | Tác giả: Hồng Duyên', { section: 'Tin hoạt động', author: 'Hồng Duyên', published: { year: 2024, month: 3, day: 5 } }],
  ['Được đăng: 07 Tháng 3 2024', { published: { year: 2024, month: 3, day: 7 } }],
  ['Cập nhật lần cuối: 07/03/2024', { updated: { year: 2024, month: 3, day: 7 } }],
  ['Bài viết được cập nhật lần cuối ngày 07/12/2026', { updated: { year: 2026, month: 12, day: 7 } }],
  ['Tin được cập nhật lần cuối lúc 10:15 ngày 07/12/2026', { updated: { year: 2026, month: 12, day: 7, hour: 10, minute: 15 } }],
  ['Cập nhật lúc 3 giờ chiều ngày 7/3/2024', { updated: { year: 2024, month: 3, day: 7, hour: 15, minute: 0 } }],
  ['15h ngày 07/03/2024', { published: { year: 2024, month: 3, day: 7, hour: 15, minute: 0 } }],
  ['Số 2845 - Thứ Năm, 07/03/2024', { published: { year: 2024, month: 3, day: 7 } }],
  ['Số 5.123, ra ngày 06/12/2024', { published: { year: 2024, month: 12, day: 6 } }],
  ['Ngày 07 tháng Ba năm 2024', { published: { year: 2024, month: 3, day: 7 } }],
  ['Thứ năm, ngày mùng 7 tháng 3 năm 2024', { published: { year: 2024, month: 3, day: 7 } }],
  ['2024.03.07 15:20', { published: { year: 2024, month: 3, day: 7, hour: 15, minute: 20 } }],
  ['Tác giả: Minh Anh | 05/03/2024 | Nguồn: Báo Yên Bái', { author: 'Minh Anh', source: 'Báo Yên Bái', published: { year: 2024, month: 3, day: 5 } }],
  ['Ngày đăng tải: 10/05/2024 - 08:45', { published: { year: 2024, month: 5, day: 10, hour: 8, minute: 45 } }],
  // How long ago, after the date and its time, is no time of the date.
  ['22/07/2024, 10:15 [GMT+7] · 3 giờ trước', { published: { year: 2024, month: 7, day: 22, hour: 10, minute: 15 } }],
  // A blog's poster and the category it filed the post in.
  ['Posted by Công an xã Tân Hòa in Hướng dẫn on 18/04/2024', { source: 'Công an xã Tân Hòa', section: 'Hướng dẫn', published: { year: 2024, month: 4, day: 18 } }],
  ['Posted in Pháp luật on 07/12/2026 08:30 by Hồng Quân', { section: 'Pháp luật', author: 'Hồng Quân', published: { year: 2026, month: 12, day: 7, hour: 8, minute: 30 } }],
  ['Đăng trong Pháp luật ngày 07/12/2026 bởi Hồng Quân', { section: 'Pháp luật', author: 'Hồng Quân', published: { year: 2026, month: 12, day: 7 } }],
  ['Đăng bởi Admin trong mục Tin tức ngày 18/04/2024', { section: 'Tin tức', published: { year: 2024, month: 4, day: 18 } }],
  // Or the category alone after the date, or after the poster with no word for the category.
  ['Đăng ngày 07/12/2026 08:30 trong mục Pháp luật', { section: 'Pháp luật', published: { year: 2026, month: 12, day: 7, hour: 8, minute: 30 } }],
  ['Đăng ngày 07/12/2026 bởi Admin trong Tin tức', { section: 'Tin tức', published: { year: 2026, month: 12, day: 7 } }],
];

for (const [line, expected] of cases) {
  test(`dateline: reads '${line}'`, () => assert.deepEqual(readDateline(line), expected));
}

test('dateline: beside a date, only a known section name or a byline (negative)', () => {
  assert.equal(readDateline('Hội nghị tổng kết | 05/08/2024 07:30'), null);
  assert.equal(readDateline('Đăng ngày 12/09/2024 bởi các đối tượng xấu'), null);
  assert.equal(readDateline('Ngày 07/12/2026 trong buổi làm việc với Công an huyện'), null);
  // Fields between bars must each be one: a title's words, or two writers, are not.
  assert.equal(readDateline('Hội nghị tổng kết | Ngày: 05/03/2024 | Tác giả: Hồng Duyên'), null);
  assert.equal(readDateline('Tác giả: Minh Anh | 05/03/2024 | Tác giả: Hồng Duyên'), null);
  assert.equal(readDateline('[Hội nghị tổng kết] - 05/08/2024 07:30'), null);
  assert.equal(readDateline('07/12/2026 - Hội nghị tổng kết - Hải Yến'), null);
  assert.equal(readDateline('Hải Yến - 07/12/2026 - Hội nghị tổng kết'), null);
});

test("labelled-section: a labelled section in a line of fields beside the date ('Danh mục: An ninh trật tự | Đăng ngày 07/12/2026') is the dateline's, which dates the article; a labelled section alone is the section (negative)", () => {
  const read = (meta: string) => extractRecord(readSource('a.txt', Buffer.from([meta, 'Công an huyện Thạch Hà ra quân bảo đảm an ninh trật tự', PROSE, PROSE, 'Hải Yến'].join('\n')))).record;
  const fields = read('Danh mục: An ninh trật tự | Đăng ngày 07/12/2026');
  assert.deepEqual([fields?.section, fields?.date], ['An ninh trật tự', '2026-12-07']);
  const alone = extractRecord(readSource('a.txt', Buffer.from(['Danh mục: An ninh trật tự', 'Công an huyện Thạch Hà ra quân bảo đảm an ninh trật tự', '07/12/2026', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([alone?.section, alone?.date], ['An ninh trật tự', '2026-12-07']);
});

test('dateline: an English weekday\'s abbreviation that may open a name, with only a space before the date, is no weekday (negative)', () => {
  assert.equal(readDateline('Thu 05/03/2024'), null);
  assert.deepEqual(readDateline('Minh Thu 21/08/2024'), { author: 'Minh Thu', published: { year: 2024, month: 8, day: 21 } });
});

test('dateline: a reader\'s name and the time of the comment, under the comments\' heading, is no dateline and no byline; the article\'s own date under a heading above the title is read (negative)', () => {
  const text = ['Cảnh báo lừa đảo qua tin nhắn giả mạo ngân hàng', '27/04/2024 10:00', PROSE, PROSE, 'Bình luận (2)', 'Nguyễn Văn Hải - 27/04/2024 11:20', 'Cảm ơn Công an tỉnh đã cảnh báo kịp thời.'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.date, record?.paragraphs.length], [null, '2024-04-27T10:00:00+07:00', 2]);
  const featured = extractRecord(readSource('a.txt', Buffer.from(['Tin nổi bật', 'Cảnh báo lừa đảo qua tin nhắn giả mạo ngân hàng', '27/04/2024 10:00', PROSE].join('\n')))).record;
  assert.equal(featured?.date, '2024-04-27T10:00:00+07:00');
});

test('dateline: a section joined to the date by words, not set apart, is a title that names a day (negative)', () => {
  assert.equal(readDateline('Bản tin an ninh trật tự ngày 12/3/2024'), null);
  assert.deepEqual(readDateline('12/03/2024 - An ninh trật tự'), { section: 'An ninh trật tự', published: { year: 2024, month: 3, day: 12 } });
});

test('dateline: the weekday, the date and the time on lines of their own are one dateline; a player\'s time alone elsewhere is chrome', () => {
  const text = ['Ra mắt Tổ bảo vệ an ninh, trật tự ở cơ sở', 'Việt Long', 'Thứ Tư', '06/03/2024', '14:30', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.date, '2024-03-06T14:30:00+07:00');
  assert.equal(record?.author, 'Việt Long');
  assert.deepEqual(record?.paragraphs, [PROSE, PROSE]);
  const video = ['VIDEO', 'Cận cảnh lực lượng CSGT dẫn đường', '03:12', 'Thứ Tư, 14/08/2024 21:40', PROSE].join('\n');
  assert.equal(kindsOf(video).get('03:12'), 'chrome');
  assert.equal(readByline('Thứ Tư'), null);
});

test("dateline: the weekday alone over its date is one dateline with it, so the title over them is over its dateline: a menu's last entry that heads lists ('Văn bản') takes no title for its item, and a site's name in capitals over the title is no section", () => {
  const title = 'Công an huyện Thanh Sơn ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const split = ['Thứ Tư', '07/12/2026', '14:30', PROSE, PROSE, 'Hà Thu Trang'];
  const menu = extractRecord(readSource('a.txt', Buffer.from(['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Liên hệ', title, ...split].join('\n')))).record;
  assert.deepEqual([menu?.title, menu?.date, menu?.paragraphs.length], [title, '2026-12-07T14:30:00+07:00', 2]);
  const masthead = extractRecord(readSource('a.txt', Buffer.from(['CÔNG AN TỈNH PHÚ THỌ', title, ...split].join('\n')))).record;
  assert.deepEqual([masthead?.title, masthead?.section], [title, null]);
});

test("dateline: the time on its own line over a day's date ('09:12' / '07/12/2026') is the date's, as under it; over a date with its time it is a player's (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', '09:12', '07/12/2026', PROSE, PROSE, 'Minh Anh'].join('\n')))).record;
  assert.deepEqual([record?.date, record?.paragraphs.length], ['2026-12-07T09:12:00+07:00', 2]);
  assert.equal(kindsOf(['Khởi tố 3 đối tượng đánh bạc qua mạng', '09:12', '07/12/2026 10:30', PROSE, PROSE, 'Minh Anh'].join('\n')).get('09:12'), 'chrome');
});

test("dateline: the time on its own line under the date keeps its time zone ('08:00 (GMT+7)'), and is the date's", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', 'Thứ Bảy', '05/12/2026', '08:00 (GMT+7)', PROSE, PROSE, 'Minh Anh'].join('\n')))).record;
  assert.deepEqual([record?.date, record?.paragraphs.length], ['2026-12-05T08:00:00+07:00', 2]);
});

test("dateline: 'Sửa:' labels the update ('Đăng: 05/12/2026 08:00 - Sửa: 06/12/2026 10:00'), as 'Sửa lúc' does; 'Sửa chữa' is no label (negative)", () => {
  assert.deepEqual(readDateline('Đăng: 05/12/2026 08:00 - Sửa: 06/12/2026 10:00'), { published: { year: 2026, month: 12, day: 5, hour: 8, minute: 0 }, updated: { year: 2026, month: 12, day: 6, hour: 10, minute: 0 } });
  assert.equal(readDateline('Sửa chữa 06/12/2026'), null);
});

test('dateline: a printed issue\'s number and date over its page number head the article; the date is the article\'s', () => {
  const text = ['Số 2845 - Thứ Năm, 07/03/2024', 'Trang 3', 'Tăng cường phòng ngừa tội phạm trong học đường', PROSE, PROSE, 'Hoàng Quân'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.date, '2024-03-07');
  assert.equal(record?.title, 'Tăng cường phòng ngừa tội phạm trong học đường');
});

test('dateline: a time printed with its offset is that instant, told in the article\'s zone; one printed without is the zone\'s', () => {
  const utc = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '2024-03-07T08:20:00Z', PROSE, PROSE].join('\n')))).record;
  assert.equal(utc?.date, '2024-03-07T15:20:00+07:00');
  const late = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '2024-03-07T20:30:00-05:00', PROSE, PROSE].join('\n')))).record;
  assert.equal(late?.date, '2024-03-08T08:30:00+07:00');
  const local = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '2024-03-07 08:20', PROSE, PROSE].join('\n')))).record;
  assert.equal(local?.date, '2024-03-07T08:20:00+07:00');
});

test('dateline: a date with a colon after it heads what follows in the text: a timeline\'s heading stays the article\'s (negative)', () => {
  assert.equal(readDateline('Thứ Sáu, 08/03/2024:'), null);
  const text = ['Tiêu đề', '09/03/2024 19:00', PROSE, 'Thứ Sáu, 08/03/2024:', 'Khoảng 22 giờ, người dân phát hiện khói bốc ra từ kho hàng.', PROSE, 'Minh Đức'].join('\n');
  assert.ok(extractRecord(readSource('a.txt', Buffer.from(text))).record?.paragraphs.includes('Thứ Sáu, 08/03/2024:'));
});

test('dateline: a time under a date that has its own time is not the date\'s (negative)', () => {
  const text = ['Tiêu đề', '06/03/2024 08:00', '14:30', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.date, '2024-03-06T08:00:00+07:00');
});

test('dateline: a date inside a sentence is not a dateline (negative)', () => {
  assert.equal(readDateline('Ngày 17/10/2022, Công an tỉnh tổ chức hội nghị tổng kết.'), null);
  assert.equal(readDateline('Hạn chót nộp hồ sơ là 17/10/2022'), null);
  // A paragraph of dates and times, longer than any dateline, is never read as one.
  const schedule = Array.from({ length: 16 }, (_, i) => `${10 + i}/10/2022 08:00`).join(' - ');
  assert.equal(readDateline(schedule), null);
});

test('dateline: an hour in words needs its word: a bare number, or hours counted, is no time (negative)', () => {
  assert.deepEqual(readDateline('Ngày 7/3/2024, 3 đơn vị'), null);
  assert.deepEqual(readDateline('07/03/2024 trong 24h qua'), null);
  assert.deepEqual(readDateline('Số vụ 2845 - 07/03/2024'), null);
});

test('dateline: times without a date (race results, scores) are not datelines (negative)', () => {
  assert.equal(readDateline('2:05:33'), null);
  assert.equal(readDateline('Tỷ số 2-1'), null);
});

test('dateline: a line before the title is a dateline, and the title still found', () => {
  const text = ['17/10/2022 04:44', 'Tiêu đề bài báo', PROSE, PROSE].join('\n');
  assert.equal(decisionFor(text, '17/10/2022 04:44')?.kind, 'dateline');
  assert.equal(decisionFor(text, 'Tiêu đề bài báo')?.kind, 'title');
});

test('dateline: a lunar date in brackets beside the solar one, and a poster account sharing the line', () => {
  assert.deepEqual(readDateline('Thứ Sáu, 23/02/2024 (nhằm ngày 14 tháng Giêng năm Giáp Thìn)'), { published: { year: 2024, month: 2, day: 23 } });
  assert.deepEqual(readDateline('Đăng bởi: Admin | 12/01/2024 - 08:30 | Lượt xem: 235'), { published: { year: 2024, month: 1, day: 12, hour: 8, minute: 30 }, views: 235 });
  assert.equal(decisionFor(['Tiêu đề', 'Đăng bởi: Admin | 12/01/2024 - 08:30', PROSE].join('\n'), 'Đăng bởi: Admin | 12/01/2024 - 08:30')?.kind, 'dateline');
});

test("dateline: a lunar date between bars, under its label ('| Âm lịch: 27/10 Bính Ngọ'), beside the solar one; today's date so printed over the page's hotline and menu is the page's", () => {
  assert.deepEqual(readDateline('Thứ Hai, 07/12/2026 | Âm lịch: 27/10 Bính Ngọ'), { published: { year: 2026, month: 12, day: 7 } });
  const record = extractRecord(readSource('a.txt', Buffer.from(['Thứ Hai, 07/12/2026 | Âm lịch: 27/10 Bính Ngọ', 'Đường dây nóng: 069.2345.678', 'Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Liên hệ', 'Phòng cháy chữa cháy', 'Diễn tập phương án chữa cháy tại chợ trung tâm thị xã', 'Đăng ngày: 05/12/2026 10:00', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.section], ['Diễn tập phương án chữa cháy tại chợ trung tâm thị xã', '2026-12-05T10:00:00+07:00', 'Phòng cháy chữa cháy']);
});

test("dateline: 'hôm' before the day ('Đăng lúc 20:15 hôm 5/12/2026'), as 'lúc' before the time; a sentence that opens so is no dateline (negative)", () => {
  assert.deepEqual(readDateline('Đăng lúc 20:15 hôm 5/12/2026'), { published: { year: 2026, month: 12, day: 5, hour: 20, minute: 15 } });
  assert.equal(readDateline('Hôm 5/12, Công an tỉnh Quảng Trị bắt giữ 3 đối tượng trộm cắp tài sản.'), null);
});

test('dateline: a bracket that is not a lunar date still makes a sentence (negative)', () => {
  assert.equal(readDateline('Ngày 23/02/2024 (theo báo cáo của Công an tỉnh) có 5 vụ cháy'), null);
});

test("dateline: a labelled poster beside the date, whoever it is, credits nobody: between bars, after the date with no bar ('… 10:00 Đăng bởi : Ban Tuyên giáo'), a unit whose code holds digits ('Phòng PV01'); the closing byline's source stands", () => {
  const published = { year: 2024, month: 3, day: 12 };
  for (const line of ['Ngày đăng: 12/03/2024 | Người đăng: Văn phòng UBND tỉnh', 'Đăng bởi: Phòng PV01 | 12/03/2024', 'Ngày đăng: 12/03/2024 | Người đăng: Phòng PV01', '12/03/2024 Đăng bởi : Ban Tuyên giáo', 'Thứ Ba, 12/03/2024 - 10:00 Người đăng: Văn phòng']) {
    const { hour, minute, ...day } = readDateline(line)?.published ?? {};
    assert.deepEqual([readDateline(line)?.source, readDateline(line)?.author, day], [undefined, undefined, published], line);
  }
  const record = extractRecord(readSource('a.txt', Buffer.from(['Liên hợp quốc kêu gọi tăng viện trợ nhân đạo', 'Thứ Hai, 07/12/2026 - 10:00 Đăng bởi : Ban Tuyên giáo', PROSE, PROSE, 'Minh Hằng (Theo Reuters)'].join('\n')))).record;
  assert.deepEqual([record?.author, record?.source], ['Minh Hằng', 'Reuters']);
  // The label must stand apart from the date: a sentence that opens with it is no dateline (negative).
  assert.equal(readDateline('Người đăng: Nguyễn Văn An đã ký ngày 12/03/2024 tại Hà Nội với nhiều'), null);
});

test("dateline: a headline in capitals with a day and month or a score ('HUYỆN ỦY ĐÔNG ANH TRAO HUY HIỆU ĐẢNG ĐỢT 3/2') is no unit's name beside a date; a unit's few words in capitals there are (negative)", () => {
  for (const line of ['HUYỆN ỦY ĐÔNG ANH TRAO HUY HIỆU ĐẢNG ĐỢT 3/2', 'CÔNG AN HÀ NỘI THẮNG KỊCH TÍNH HỒNG LĨNH HÀ TĨNH 2-1']) assert.equal(readDateline(line), null, line);
  assert.deepEqual(readDateline('CÔNG AN TỈNH NGHỆ AN - 7/12'), { source: 'Công an tỉnh Nghệ An', dayMonth: { month: 12, day: 7 } });
  const record = extractRecord(readSource('a.txt', Buffer.from(['HUYỆN ỦY ĐÔNG ANH TRAO HUY HIỆU ĐẢNG ĐỢT 3/2', 'Cập nhật: 04/02/2024', PROSE, PROSE, 'Thu Hiền'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date], ['HUYỆN ỦY ĐÔNG ANH TRAO HUY HIỆU ĐẢNG ĐỢT 3/2', '2024-02-04']);
});

test('dateline: the reading time beside the date', () => {
  assert.deepEqual(readDateline('21:05 12/09/2024 · 2 phút đọc'), { published: { year: 2024, month: 9, day: 12, hour: 21, minute: 5 } });
  // After a dash, or under its label with the writer, the minutes are read whole: the year's digits are no range of minutes.
  assert.deepEqual(readDateline('15/4/2024 - 5 phút đọc'), { published: { year: 2024, month: 4, day: 15 } });
  assert.deepEqual(readDateline('15/4/2024 - Tác giả: Lê Hà - Đọc: 5 phút'), { author: 'Lê Hà', published: { year: 2024, month: 4, day: 15 } });
  // Minutes that are not a reading time make the line more than a dateline (negative).
  assert.equal(readDateline('21:05 12/09/2024 sau 12 phút giải cứu'), null);
});

test('dateline: a dateline in lower case under the title (ICU\'s \'lúc 14:20 Thứ Sáu, 8 tháng 3, 2024\') is not joined to it; a wrapped sentence that goes on with a date is (negative)', () => {
  const title = 'Công an huyện Can Lộc triệt phá đường dây đánh bạc qua mạng';
  const record = extractRecord(readSource('a.txt', Buffer.from([title, 'lúc 14:20 Thứ Sáu, 8 tháng 3, 2024', PROSE, PROSE, 'Minh Hà'].join('\n')))).record;
  assert.equal(record?.title, title);
  assert.equal(record?.date, '2024-03-08T14:20:00+07:00');
  assert.equal(record?.source, null);
  const wrapped = kindsOf(['Tiêu đề', '08/03/2024', 'Theo kế hoạch, hội nghị tổng kết công tác năm của Công an tỉnh sẽ được tổ chức vào', 'ngày 8/3/2024, tại hội trường lớn.', PROSE, 'Minh Hà'].join('\n'));
  assert.equal(wrapped.get('Theo kế hoạch, hội nghị tổng kết công tác năm của Công an tỉnh sẽ được tổ chức vào ngày 8/3/2024, tại hội trường lớn.'), 'body');
});

test('dateline: any name before \', ngày\' is where a letter was written, not a byline; a province so named is among the article\'s places', () => {
  assert.deepEqual(readDateline('Hương Sơn, ngày 05 tháng 3 năm 2024'), { published: { year: 2024, month: 3, day: 5 }, place: 'Hương Sơn' });
  assert.equal(readDateline('Minh Hà - 05/03/2024')?.author, 'Minh Hà');
  const record = extractRecord(readSource('a.txt', Buffer.from(['Giám đốc Công an tỉnh làm việc với Công an huyện Tam Đảo', 'Vĩnh Phúc, ngày 04 tháng 12 năm 2026', PROSE, PROSE, 'Phòng Tham mưu'].join('\n')))).record;
  assert.ok(record?.places.includes('Vĩnh Phúc'));
});

test('dateline: a date line between the article\'s paragraphs, below its dateline, is the text of a letter it quotes; a date at the end stays a dateline', () => {
  const letter = 'Hương Sơn, ngày 05 tháng 3 năm 2024';
  const text = ['Thư cảm ơn gửi Công an huyện', '10/03/2024 15:00', PROSE, letter, 'Lê Văn Sáu', PROSE, 'Bảo Ngọc'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.date, record?.author], ['2024-03-10T15:00:00+07:00', 'Bảo Ngọc']);
  assert.ok(record?.paragraphs.includes(letter));
  const atEnd = kindsOf(['Tiêu đề', '10/03/2024 15:00', PROSE, PROSE, 'Bảo Ngọc', 'Cập nhật: 11/03/2024 08:00'].join('\n'));
  assert.equal(atEnd.get('Cập nhật: 11/03/2024 08:00'), 'dateline');
});

test("dateline: a section and date split by a bar, in lower case under a menu ('tin tức | 23/04/2024'), is not joined to the menu as a wrapped line", () => {
  const text = ['Trang chủ | Giới thiệu | Tin tức | Liên hệ', 'tin tức | 23/04/2024', 'CÔNG AN HUYỆN ĐỨC THỌ TỔNG KẾT ĐỢT CAO ĐIỂM TẤN CÔNG TRẤN ÁP TỘI PHẠM', PROSE, 'Minh Hà'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.date, record?.dateInferred, record?.section], ['2024-04-23', false, 'Tin tức']);
});

test("dateline: a day and month alone between the article's paragraphs ('1/5', 'Thứ Năm, 1/6') is a slide's position or a timeline's day, no dateline: the lead's date dates the page; over the text, it is the dateline (negative)", () => {
  const lead = `Sáng 15/7/2023, ${PROSE}`;
  for (const day of ['1/5', 'Thứ Năm, 1/6']) {
    const text = ['Hội nghị sơ kết công tác phòng cháy chữa cháy', lead, day, PROSE, 'Minh Anh'].join('\n');
    assert.notEqual(kindsOf(text).get(day), 'dateline', day);
    assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.date, '2023-07-15', day);
  }
  assert.equal(kindsOf(['Hội nghị sơ kết công tác phòng cháy chữa cháy', 'Thứ Năm, 1/6', lead, PROSE, 'Minh Anh'].join('\n')).get('Thứ Năm, 1/6'), 'dateline');
});

test("dateline: a date and a section printed with longer dashes ('14 – 03 – 2024', 'Nghiên cứu — Trao đổi') read as with hyphens", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Nghiên cứu — Trao đổi', 'Phát hiện cơ sở sản xuất giò chả sử dụng hàn the', '14 – 03 – 2024', PROSE, PROSE, 'Bài: Hà Thanh'].join('\n')))).record;
  assert.deepEqual([record?.date, record?.section, record?.title], ['2024-03-14', 'Nghiên cứu — Trao đổi', 'Phát hiện cơ sở sản xuất giò chả sử dụng hàn the']);
});

test("dateline: a sentence that names a hall and a date and who held it ('… trong Hội trường ngày 07/12/2026 bởi Ban tổ chức') is no blog's meta line (negative)", () => {
  assert.equal(readDateline('Hội nghị diễn ra trong Hội trường ngày 07/12/2026 bởi Ban tổ chức'), null);
  assert.equal(readDateline('Khai mạc trong Hội trường ngày 07/12/2026'), null);
});

test("dateline: a schedule set out by days ('Thứ Hai, ngày 07/12/2026' over 'Sáng: …', 'Thứ Ba, ngày 08/12/2026' between the paragraphs further down) keeps its first day under the page's dateline; a second date line of another layout there is still the page's (negative)", () => {
  const days = ['Thứ Hai, ngày 07/12/2026', PROSE, 'Thứ Ba, ngày 08/12/2026', PROSE, 'Thứ Tư, ngày 09/12/2026', PROSE];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Lịch công tác tuần 50 của Thường trực Huyện ủy', 'Ngày đăng: 05/12/2026', ...days, 'Văn phòng Huyện ủy'].join('\n')))).record;
  assert.deepEqual([record?.date, record?.paragraphs.length, record?.paragraphs[0]], ['2026-12-05', 6, 'Thứ Hai, ngày 07/12/2026']);
  const kinds = kindsOf(['Tiêu đề bài viết', 'Ngày đăng: 05/12/2026', 'Thứ Hai, 07/12/2026 08:30', PROSE, 'Thứ Ba, ngày 08/12/2026', PROSE, 'Hồng Quân'].join('\n'));
  assert.equal(kinds.get('Thứ Hai, 07/12/2026 08:30'), 'dateline');
});

test("dateline: a section beside the date whose words fold to a part of the day ('Phòng chống tội phạm | 06/12/2026': 'tội' folds as 'tối' does) is the section; the part of the day beside the time, accented or not, is still no field (negative)", () => {
  assert.deepEqual(readDateline('Phòng chống tội phạm | 06/12/2026'), { section: 'Phòng chống tội phạm', published: { year: 2026, month: 12, day: 6 } });
  assert.deepEqual(readDateline('Cảnh báo tội phạm - 06/12/2026 10:30'), { section: 'Cảnh báo tội phạm', published: { year: 2026, month: 12, day: 6, hour: 10, minute: 30 } });
  for (const line of ['06/12/2026 10:30 tối', '06/12/2026 10:30 toi', '10:30 PM 06/12/2026']) assert.deepEqual(readDateline(line), { published: { year: 2026, month: 12, day: 6, hour: 22, minute: 30 } }, line);
  const title = 'Triệt xóa điểm bán lẻ ma túy tại phường Đông Sơn';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Phòng chống tội phạm | 06/12/2026', title, PROSE, PROSE, 'Quang Huy'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.section], [title, '2026-12-06', 'Phòng chống tội phạm']);
});

test("dateline: the date's other words (labels, fillers) are told by their printed letters too: 'Hỏi đáp' ('hồi' folded), 'Hội Nông dân …' and 'Đặng Văn Minh' ('đăng' folded) beside the date are its section, source and writer; unaccented labels still label (negative)", () => {
  assert.deepEqual(readDateline('Hỏi đáp | 06/12/2026'), { section: 'Hỏi đáp', published: { year: 2026, month: 12, day: 6 } });
  assert.deepEqual(readDateline('Hội Nông dân tỉnh Hà Tĩnh | 06/12/2026'), { source: 'Hội Nông dân tỉnh Hà Tĩnh', published: { year: 2026, month: 12, day: 6 } });
  assert.deepEqual(readDateline('Đặng Văn Minh | 06/12/2026'), { author: 'Đặng Văn Minh', published: { year: 2026, month: 12, day: 6 } });
  for (const line of ['Ngay dang: 06/12/2026', 'Vào hồi 10:30 ngày 06/12/2026', 'thu hai, 06/12/2026']) assert.ok(readDateline(line)?.published, line);
});
