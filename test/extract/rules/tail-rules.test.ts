import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOrganisation, organisationCase, readByline } from '../../../src/extract/bylines.ts';
import { posterLabelled } from '../../../src/extract/sections.ts';
import { spellHashtag } from '../../../src/extract/rules/hashtag-line.ts';
import { readPostMeta } from '../../../src/extract/rules/post-meta.ts';
import { extractRecord } from '../../../src/extract/index.ts';
import { readSource } from '../../../src/read/index.ts';
import { isPostAge } from '../../../src/extract/dates.ts';
import { decisionFor, kindsOf, PROSE } from '../../helpers.ts';

test("byline: a section's name that opens with a label's word ('TIN HOẠT ĐỘNG', 'TIN TỨC - SỰ KIỆN', 'Phóng sự') credits nobody; the word with its colon still labels the writer (negative)", () => {
  assert.deepEqual(['TIN HOẠT ĐỘNG', 'TIN TỨC - SỰ KIỆN', 'Phóng sự'].map(readByline), [null, null, null]);
  assert.equal(readByline('TIN: HOÀNG ANH')?.author, 'Hoàng Anh');
});

test("byline: the writer's name right under the title's last copy (a tab's title, the text size buttons, the title twice) is the byline with no dateline anywhere, as under the title alone", () => {
  const title = 'Thanh Sơn: Ra mắt mô hình camera an ninh tại 3 xã vùng cao';
  const record = extractRecord(readSource('a.txt', Buffer.from([`${title} - Công an tỉnh Phú Thọ`, 'A-', 'A', 'A+', title, title, 'Hà Thu Trang', `Ngày 5/12/2026, ${PROSE}`, PROSE].join('\n')))).record;
  assert.deepEqual([record?.author, record?.date, record?.paragraphs.length], ['Hà Thu Trang', '2026-12-05', 2]);
});

test("byline: the writer's role on a line of its own under their name ('Hồng Quân' / 'Phóng viên', 'PV') is theirs, over the dateline or closing the text; alone, 'PV' still signs the article (negative)", () => {
  const read = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Công an huyện Nghi Lộc ra quân tổng kiểm soát', ...lines].join('\n')))).record;
  for (const role of ['Phóng viên', 'PV', 'CTV']) {
    const top = read('Hồng Quân', role, '07/12/2026 08:30', PROSE, PROSE);
    assert.deepEqual([top?.author, top?.paragraphs.length], ['Hồng Quân', 2], role);
    const end = read('07/12/2026 08:30', PROSE, PROSE, 'Hồng Quân', role);
    assert.deepEqual([end?.author, end?.paragraphs.length], ['Hồng Quân', 2], role);
  }
  assert.equal(read('07/12/2026 08:30', PROSE, PROSE, 'PV')?.author, 'PV');
});

test('byline: the forms newsrooms print', () => {
  const cases: [string, string | null, string | null][] = [
    ['Tác giả: Vũ Thị Hồng Sâm', 'Vũ Thị Hồng Sâm', null],
    ['Ngọc Hậu', 'Ngọc Hậu', null],
    ['LÊ MẬU LÂM', 'Lê Mậu Lâm', null],
    ['TT – Cổng thông tin điện tử Bộ Công an', 'TT', 'Cổng thông tin điện tử Bộ Công an'],
    ['Bài, ảnh: Minh Anh - Hoàng Long', 'Minh Anh, Hoàng Long', null],
    ['Hồng Sâm và Minh Tuấn', 'Hồng Sâm, Minh Tuấn', null],
    ['Nguyễn Văn An (Công an tỉnh Hà Nam)', 'Nguyễn Văn An', 'Công an tỉnh Hà Nam'],
    ['Theo Báo Công an nhân dân', null, 'Báo Công an nhân dân'],
    ['Trích nguồn: Báo Nghệ An', null, 'Báo Nghệ An'],
    ['Theo nguồn: Báo Hà Tĩnh', null, 'Báo Hà Tĩnh'],
    ['Người đưa tin: Hải Yến', 'Hải Yến', null],
    ['Người viết: Cô Lê Thị Hồng', 'Lê Thị Hồng', null],
    ['Thầy Nguyễn Văn Nam - Trường THCS Kim Đồng', 'Nguyễn Văn Nam', 'Trường THCS Kim Đồng'],
    ['Minh Anh, VNS', 'Minh Anh', 'VNS'],
    ['Minh Anh - VNA', 'Minh Anh', 'VNA'],
    ['Tổng hợp từ Báo Nghệ An', null, 'Báo Nghệ An'],
    ['Nguồn: chinhphu.vn', null, 'chinhphu.vn'],
    ['PV', 'PV', null],
    ['Bảo Ngọc (thực hiện)', 'Bảo Ngọc', null],
    ['Nhóm phóng viên điều tra', 'Nhóm phóng viên điều tra', null],
    ['Nhóm PV Ban Thời sự', 'Nhóm PV Ban Thời sự', null],
    ['Nhóm phóng viên Báo Công an Nghệ An', 'Nhóm phóng viên', 'Báo Công an Nghệ An'],
    ['Thực hiện: Nhóm phóng viên thường trú', 'Nhóm phóng viên thường trú', null],
    ['Trường Giang', 'Trường Giang', null],
    ['Đài Trang', 'Đài Trang', null],
    ['Đài Truyền hình Việt Nam', null, 'Đài Truyền hình Việt Nam'],
    ['Trường THPT Chu Văn An', null, 'Trường THPT Chu Văn An'],
    ['N.V.Hùng', 'N.V.Hùng', null],
    ['BẢO CHÂU - HỒNG NHUNG', 'Bảo Châu, Hồng Nhung', null],
    ['Báo Nghệ An', null, 'Báo Nghệ An'],
    ['Theo Bao Nghe An', null, 'Bao Nghe An'],
    ['N.H', 'N.H', null],
    ['Hoài Nam - Ban Tuyên giáo Tỉnh ủy', 'Hoài Nam', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Tác giả: Minh Đức | Nguồn: Báo Công an Nghệ An', 'Minh Đức', 'Báo Công an Nghệ An'],
    ['Bởi Thu Trang', 'Thu Trang', null],
    ['Thu Hằng (thực hiện)', 'Thu Hằng', null],
    ['Tổng hợp: Minh Anh', 'Minh Anh', null],
    ['Tin bài: Minh Quang', 'Minh Quang', null],
    ['Đại úy Trần Minh Tuấn, Trung úy Phạm Hoa', 'Trần Minh Tuấn, Phạm Hoa', null],
    // Outlets credited one through the other after 'Theo'; a writer and their paper after it (negative).
    ['Theo ANTĐ/CAND', null, 'ANTĐ/CAND'],
    ['Theo Thu Trang/Báo Tin tức', 'Thu Trang', 'Báo Tin tức'],
    // Degrees joined by a comma, or with no stop, before the name.
    ['PGS, TS. Nguyễn Văn An', 'Nguyễn Văn An', null],
    ['Tác giả: PGS, TS. Nguyễn Văn An', 'Nguyễn Văn An', null],
    ['TS Lê Minh', 'Lê Minh', null],
    ['GS, TSKH Trần Văn Bình - Viện Khoa học', 'Trần Văn Bình', 'Viện Khoa học'],
    ['Đại úy Trần Minh Tuấn, Trung úy Phạm Hoa (Phòng PV01)', 'Trần Minh Tuấn, Phạm Hoa', 'Phòng PV01'],
    ['Biên soạn: Thu Hà', 'Thu Hà', null],
    ['PV Hoàng Nam', 'Hoàng Nam', null],
    ['✍️ Thanh Hà', 'Thanh Hà', null],
    ['Ghi chép của Thu Trang', 'Thu Trang', null],
    ['Phóng sự của Minh Khôi', 'Minh Khôi', null],
    ['Phan Anh - ĐT: 0912.345.678', 'Phan Anh', null],
    ['Hoàng Long (0987 654 321)', 'Hoàng Long', null],
    ['Thiếu tá Vàng Seo Dính - Đồn Biên phòng Lũng Cú', 'Vàng Seo Dính', 'Đồn Biên phòng Lũng Cú'],
    ['Thanh Hà (tổng hợp)', 'Thanh Hà', null],
    ['Thanh Hà (theo VnExpress)', 'Thanh Hà', 'VnExpress'],
    ['Nguồn: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', null, 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao'],
    ['Thành Đạt/VOV-Tây Bắc', 'Thành Đạt', 'VOV-Tây Bắc'],
    ['PV/CTV', 'PV/CTV', null],
    ['PV-CTV', 'PV-CTV', null],
    ['CTV Hồng Hạnh - Báo Lâm Đồng', 'Hồng Hạnh', 'Báo Lâm Đồng'],
    ['Nguyễn Hải (nguyenhai@baobacgiang.vn)', 'Nguyễn Hải', null],
    ['Minh Anh - Email: minhanh@cand.com.vn', 'Minh Anh', null],
    ['Thiên Vỹ <thienvy@baohatinh.vn>', 'Thiên Vỹ', null],
    ['Đại tá, TS. Nguyễn Văn Phúc - Học viện Chính trị Công an nhân dân', 'Nguyễn Văn Phúc', 'Học viện Chính trị Công an nhân dân'],
    ['Luật sư Trần Thu Nam', 'Trần Thu Nam', null],
    ['Luật gia Phạm Thu Trang', 'Phạm Thu Trang', null],
    ['Nhà nghiên cứu Lê Văn Hòa', 'Lê Văn Hòa', null],
    ['Bài: Minh Hoàng - Ảnh: Quang Vinh', 'Minh Hoàng', null],
    ['Nội dung: Hữu Nghị - Ảnh: Tiến Đạt - Thiết kế: Hà My', 'Hữu Nghị', null],
    ['Bài: Thu Hà; Đồ họa: Minh Khôi', 'Thu Hà', null],
    ['Minh Hà - Ảnh: Văn Tú', 'Minh Hà', null],
    ['Minh Hà; Ảnh: Văn Tú', 'Minh Hà', null],
    ['Hoàng Lâm (Công an xã Thạch Hà) - Ảnh: CTV', 'Hoàng Lâm', 'Công an xã Thạch Hà'],
    ['Người thực hiện: Lê Thanh Hà', 'Lê Thanh Hà', null],
    ['Minh Hà (lược ghi)', 'Minh Hà', null],
    ['Phóng sự ảnh: Văn Tú', 'Văn Tú', null],
    ['Theo Thu Trang/Báo Tin tức', 'Thu Trang', 'Báo Tin tức'],
    ['PV tổng hợp', 'PV', null],
    ['Story: Minh Ha - Photo: Van Tu', 'Minh Ha', null],
    ['Story and photos: Minh Khoi', 'Minh Khoi', null],
    // A wire's credits: who reported, then who edited, each after its own 'by'.
    ['Reporting by Kaori Sato; Editing by Tom Hogue', 'Kaori Sato', null],
    ['Ảnh, bài: Nguyễn Tâm', 'Nguyễn Tâm', null],
    ['Ng. Hà - Tr. Minh Tuấn', 'Ng. Hà, Tr. Minh Tuấn', null],
    ['Mai Anh (lược dịch từ Reuters)', 'Mai Anh', 'Reuters'],
    // Another credit in brackets after the names: the photos' or the designer's, not a source.
    ['Hồng Quân (ảnh: Minh Hà)', 'Hồng Quân', null],
    ['Hồng Quân (Thiết kế: Hà My)', 'Hồng Quân', null],
    ['Hồng Quân (Nguồn: Báo Nghệ An)', 'Hồng Quân', 'Báo Nghệ An'],
    // In capitals: a highland name, initials with the name, a team and its desk, a team and its paper.
    ["H'YÂM NIÊ", "H'Yâm Niê", null],
    ['N.V.HÙNG', 'N.V.Hùng', null],
    ['NG. HÀ', 'Ng. Hà', null],
    ['NHÓM PV', 'Nhóm PV', null],
    ['NHÓM PHÓNG VIÊN ĐIỀU TRA', 'Nhóm phóng viên điều tra', null],
    ['NHÓM PHÓNG VIÊN BÁO CÔNG AN NGHỆ AN', 'Nhóm phóng viên', 'Báo Công an Nghệ An'],
    ['NGUYỄN VĂN AN, CÔNG AN TỈNH HÀ NAM', 'Nguyễn Văn An', 'Công an tỉnh Hà Nam'],
    // A team, and what it did in brackets.
    ['Nhóm PV (tổng hợp)', 'Nhóm PV', null],
    ['Nhóm phóng viên điều tra (tổng hợp)', 'Nhóm phóng viên điều tra', null],
    ['Thu Hà (tổng hợp theo VnExpress)', 'Thu Hà', 'VnExpress'],
    ['Minh Ha (VNA)', 'Minh Ha', 'VNA'],
    ['Minh Ha/VNS', 'Minh Ha', 'VNS'],
    ['Nguồn tin và ảnh: Công an huyện Kỳ Anh', null, 'Công an huyện Kỳ Anh'],
    ['By Minh Ha | Ha Tinh Police', 'Minh Ha', 'Ha Tinh Police'],
    ['Thanh Hà lược dịch', 'Thanh Hà', null],
    // A label that names the works the writer made, the text among them, joined in any of the ways pages join them.
    ['Ảnh, tin: Hải Yến', 'Hải Yến', null],
    ['Tin & ảnh: Hải Yến', 'Hải Yến', null],
    ['Bài - Ảnh - Video: Hải Yến', 'Hải Yến', null],
    ['Tin, ảnh, video: Hải Yến - Đài PT-TH huyện', 'Hải Yến', 'Đài PT-TH huyện'],
    ['Nội dung, ảnh: Hữu Nghị', 'Hữu Nghị', null],
    ['PV Thanh Hà - Ảnh: Văn Tú', 'Thanh Hà', null],
    // In capitals as in normal case: 'VÀ' joins names, a role's words end them, an outlet's desk after its dash is the source.
    ['MINH ANH, THU HÀ VÀ HOÀNG LONG', 'Minh Anh, Thu Hà, Hoàng Long', null],
    ['PV TỔNG HỢP', 'PV', null],
    ['MINH HẰNG - CTV', 'Minh Hằng', null],
    ['THANH HÀ/VOV-TÂY BẮC', 'Thanh Hà', 'VOV-Tây Bắc'],
    ['Thanh Hà/VOV-Tây Bắc', 'Thanh Hà', 'VOV-Tây Bắc'],
    // A translator under their label, as a writer under theirs.
    ['Biên dịch: Minh Hằng (Theo Reuters)', 'Minh Hằng', 'Reuters'],
    ['Lược dịch: Thanh Hà', 'Thanh Hà', null],
    ['Dịch: Minh Hằng - Nguồn: AFP', 'Minh Hằng', 'AFP'],
    ['Translated by Minh Hang', 'Minh Hang', null],
    ['Theo Báo Tin tức/TTXVN', null, 'Báo Tin tức/TTXVN'],
    ['Ký sự: Minh Hà', 'Minh Hà', null],
    ['Minh Anh (t/h)', 'Minh Anh', null],
    ['Hà Linh (st)', 'Hà Linh', null],
    ['Hà Thanh (gt)', 'Hà Thanh', null],
    ['Minh Anh (TH)', 'Minh Anh', null],
    ['Minh Anh (t/h - Báo Nghệ An)', 'Minh Anh', 'Báo Nghệ An'],
    // What the writer is, after a dash, is their post, as an office is; a unit after the dash is the source.
    ['Nguyễn Thị Lan - Giáo viên Trường THCS Lê Lợi', 'Nguyễn Thị Lan', null],
    ['Người viết: Lê Văn Hà - Cán bộ', 'Lê Văn Hà', null],
    ['Lê Văn Hà - Phòng Văn hóa huyện', 'Lê Văn Hà', 'Phòng Văn hóa huyện'],
    // An official name with its commas (organisationPhrases), however long, is one source.
    ['Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện Can Lộc', 'Thu Hà', 'Trung tâm Văn hóa, Thông tin và Thể thao huyện Can Lộc'],
    ['Minh Khang - Sở Văn hóa, Thể thao và Du lịch', 'Minh Khang', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Phóng viên: Trần Hà - Biên tập: Minh Thu', 'Trần Hà', null],
    ['Biên tập: Minh Thu', 'Minh Thu', null],
    ['Minh Hằng - CTV', 'Minh Hằng', null],
    ['Minh Anh (CTV)', 'Minh Anh', null],
    ['T.H - N.L', 'T.H, N.L', null],
    ['PGS.TS NGUYỄN VĂN HÙNG', 'Nguyễn Văn Hùng', null],
    ['GS. TS. Lê Văn Minh - Học viện Chính trị quốc gia Hồ Chí Minh', 'Lê Văn Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
    ['Bác sĩ Nguyễn Thu Hà', 'Nguyễn Thu Hà', null],
    ['Tác giả: Ban Tuyên giáo Tỉnh ủy', null, 'Ban Tuyên giáo Tỉnh ủy'],
    ['Đại tá NGUYỄN VĂN TUẤN (*)', 'Nguyễn Văn Tuấn', null],
    ['THANH TÙNG - PHÒNG PC07', 'Thanh Tùng', 'Phòng PC07'],
    ['Lâm Hải (CÔNG AN HUYỆN MỸ XUYÊN)', 'Lâm Hải', 'Công an huyện Mỹ Xuyên'],
    ['Nguồn: https://congan.soctrang.gov.vn/tin-tuc/tuyen-truyen-123.html', null, 'congan.soctrang.gov.vn'],
    ['Theo Báo Tin tức (TTXVN)', null, 'Báo Tin tức'],
    ['Theo Minh Anh (Báo Quảng Ninh)', 'Minh Anh', 'Báo Quảng Ninh'],
    ['Theo TTXVN/Vietnam+', null, 'TTXVN/Vietnam+'],
    ['(Bài viết được đăng lại từ Báo Quân đội nhân dân)', null, 'Báo Quân đội nhân dân'],
    ["H'Nhi", "H'Nhi", null],
    ['Trung tá Lê Văn Hùng, Phó Trưởng Công an huyện Hoằng Hóa', 'Lê Văn Hùng', null],
    ['Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an', 'Trần Quốc Tỏ', null],
    ['Trung tá Nguyễn Văn Nam, Phó Trưởng Công an huyện', 'Nguyễn Văn Nam', null],
    // The unit the officer writes from, after a comma as after a dash, is the source.
    ['Đại úy Nguyễn Văn Nam, Công an xã Thiên Lộc', 'Nguyễn Văn Nam', 'Công an xã Thiên Lộc'],
    ['Thượng tá Lê Văn Hà, Phòng Cảnh sát giao thông', 'Lê Văn Hà', 'Phòng Cảnh sát giao thông'],
    ['Nguyễn Văn Toản - Trưởng Công an xã', 'Nguyễn Văn Toản', null],
    ['Lê Thị Mai - Công chức VH-XH xã', 'Lê Thị Mai', null],
    ['Lê Thị Mai - Công chức Văn hóa - Xã hội xã', 'Lê Thị Mai', null],
    ['By Thanh Hai / Border Guard Newspaper', 'Thanh Hai', 'Border Guard Newspaper'],
    ['Quang Ninh Police', null, 'Quang Ninh Police'],
    ['Biên tập viên: Thu Hà', 'Thu Hà', null],
    ['Hoàng Anh - TTXVN', 'Hoàng Anh', 'TTXVN'],
    ['Trần Hải (tranhai@gmail.com - 0912.345.678)', 'Trần Hải', null],
    ['Phóng viên: Minh Hà - Quay phim: Đức Anh', 'Minh Hà', null],
    ['Bạn đọc Trần Thị Mai (phường Tân Thịnh, thành phố Thái Nguyên)', 'Trần Thị Mai', null],
    // Where the writer lives or works, by the province's name: no source.
    ['Lê Thị Hoa (Hà Tĩnh)', 'Lê Thị Hoa', null],
    ['Trần Văn Nam (Thạch Hà, Hà Tĩnh)', 'Trần Văn Nam', null],
  ];
  for (const [line, author, source] of cases) {
    const b = readByline(line);
    assert.ok(b, line);
    assert.equal(b.author, author, line);
    assert.equal(b.source, source, line);
  }
  // Pictures alone credit a photographer, and two works with no joiner are a kind of news ('Tin ảnh'), no writer's label (negative).
  for (const text of ['Ảnh và video: Hải Yến', 'Tin ảnh: Lễ hội hoa ban Điện Biên']) assert.equal(readByline(text)?.author ?? null, null, text);
  // A translator's label is a word before its colon or dash: a text's words after 'Dịch' are none (negative).
  for (const text of ['Dịch bệnh: Nghệ An ghi nhận 20 ca sốt xuất huyết', 'Dịch tả lợn châu Phi - tái bùng phát']) assert.equal(readByline(text), null, text);
  // A headline in capitals is no byline: a full name opens with a surname, a source with an organisation's word.
  for (const headline of ['BẮT GIỮ ĐỐI TƯỢNG, THU GIỮ MA TÚY', 'TĂNG CƯỜNG PHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM DỊP HÈ']) assert.equal(readByline(headline), null, headline);
});

test("byline: the titles of medicine, teaching, a professional soldier's and a veteran's go before the name, and an office signs by its initials ('VP UBND tỉnh'); a unit before its parent body is the source's too; names before the dash stay names (negative)", () => {
  const cases: [string, string | null, string | null][] = [
    ['ThS.BS Lê Thị Hồng Nhung - Khoa Nhi, Bệnh viện Đa khoa tỉnh', 'Lê Thị Hồng Nhung', 'Khoa Nhi, Bệnh viện Đa khoa tỉnh'],
    ['BSCKII Trần Văn An', 'Trần Văn An', null],
    ['NGƯT Lê Thị Hoa', 'Lê Thị Hoa', null],
    ['Đại úy QNCN Nguyễn Văn Dũng', 'Nguyễn Văn Dũng', null],
    ['Hà Anh - Phòng PA03 - Công an tỉnh Nghệ An', 'Hà Anh', 'Phòng PA03 - Công an tỉnh Nghệ An'],
    ['Thu Hà, Minh Anh - Báo Nghệ An', 'Thu Hà, Minh Anh', 'Báo Nghệ An'],
    ['CCB Nguyễn Văn Thành', 'Nguyễn Văn Thành', null],
    ['Cựu chiến binh Lê Văn Hưng (xã Hương Sơn, huyện Hương Khê)', 'Lê Văn Hưng', null],
    ['VP UBND tỉnh', null, 'VP UBND tỉnh'],
    ['LS Trần Thu Nam', 'Trần Thu Nam', null],
    ['KTS Nguyễn Văn An', 'Nguyễn Văn An', null],
    ['Cô giáo Nguyễn Thị Hoa', 'Nguyễn Thị Hoa', null],
    ['GV Lê Văn Hùng (Trường THCS Thạch Hà)', 'Lê Văn Hùng', 'Trường THCS Thạch Hà'],
    ['NNC Trần Quang Vinh', 'Trần Quang Vinh', null],
  ];
  for (const [line, author, source] of cases) assert.deepEqual([readByline(line)?.author, readByline(line)?.source], [author, source], line);
});

test("byline: a kind of unit that also opens common nouns names a unit only before its capitalised name or the kind of place it serves ('Hội nghị tổng kết', 'Khoa học' name none)", () => {
  for (const name of ['Khoa Nhi', 'Phòng PC06', 'Công an xã', 'Hội Nông dân xã Thạch Hà', 'Viện kiểm sát nhân dân tỉnh Quảng Ngãi', 'Trung tâm y tế huyện Hương Sơn']) assert.equal(namesOrganisation(name), true, name);
  for (const phrase of ['Hội nghị tổng kết', 'Cơ quan chức năng', 'Phòng chống tội phạm', 'Khoa học', 'Đội ngũ cán bộ', 'Sở hữu trí tuệ']) assert.equal(namesOrganisation(phrase), false, phrase);
});

test("byline: a branch of a unit ('Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm') is a source after its writer's name; a branch's common noun ('Chi nhánh mới') names none (negative)", () => {
  const byline = readByline('Lê Thị Thu Hà - Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm');
  assert.deepEqual([byline?.author, byline?.source], ['Lê Thị Thu Hà', 'Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm']);
  assert.equal(namesOrganisation('Chi nhánh mới khai trương'), false);
});

test("byline: a unit word that ends a compound names no place ('nông thôn' in 'Văn phòng Điều phối nông thôn mới tỉnh'), and the words after it go on with the name; a unit word for a place with a verb after it is a headline (negative)", () => {
  assert.equal(readByline('Văn phòng Điều phối nông thôn mới tỉnh')?.source, 'Văn phòng Điều phối nông thôn mới tỉnh');
  assert.equal(namesOrganisation('Trạm Y tế xã thông báo lịch tiêm'), false);
});

test("byline: the writer's rank on a line of its own over their name in capitals ('Thượng tá' / 'NGUYỄN THANH BÌNH' / their post) is the byline's, no paragraph; a rank alone between paragraphs is no byline's (negative)", () => {
  const text = ['Nâng cao hiệu quả công tác dân vận', 'Thứ Ba, 01/12/2026 - 08:00', PROSE, PROSE, 'Thượng tá', 'NGUYỄN THANH BÌNH', 'Phó Trưởng phòng Công tác Đảng và công tác chính trị'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Nguyễn Thanh Bình', 2]);
  assert.equal(kindsOf(text).get('Thượng tá'), 'byline');
  assert.notEqual(kindsOf(['Tiêu đề bài viết thử nghiệm', '01/12/2026', PROSE, 'Thượng tá', PROSE, 'Thu Hà'].join('\n')).get('Thượng tá'), 'byline');
});

test("byline: how long ago a copy was posted, after a bar beside the credit ('Theo Báo Quảng Trị | 2 giờ trước'), is no part of it", () => {
  assert.deepEqual([readByline('Theo Báo Quảng Trị | 2 giờ trước')?.source, readByline('Minh Anh - 3 ngày trước')?.author], ['Báo Quảng Trị', 'Minh Anh']);
});

test("byline: a company's initials before the province of its branch ('PC Quảng Bình', 'VNPT Nghệ An') name an organisation; a city's ('TP Hà Tĩnh') names a place (negative)", () => {
  assert.deepEqual([readByline('Mai Hoa - PC Quảng Bình')?.author, readByline('Mai Hoa - PC Quảng Bình')?.source], ['Mai Hoa', 'PC Quảng Bình']);
  assert.deepEqual(readByline('VNPT Nghệ An'), { author: null, source: 'VNPT Nghệ An', form: 'an organisation standing alone' });
  assert.equal(readByline('Mai Hoa - TP Hà Tĩnh')?.source, null);
  assert.equal(namesOrganisation('TX Kỳ Anh'), false);
  // In capitals every word looks like initials: a writer whose name ends like a province's (Quảng Nam printed without marks).
  assert.deepEqual(readByline('DƯƠNG QUANG NAM'), { author: 'Dương Quang Nam', source: null, form: 'a name standing alone' });
});

test("byline: a unit named for its field with a comma in it ('Phòng Phổ biến, giáo dục pháp luật') under the writer's label is the source; a sentence with a comma there is none (negative)", () => {
  assert.deepEqual(readByline('Tác giả: Phòng Phổ biến, giáo dục pháp luật'), { author: null, source: 'Phòng Phổ biến, giáo dục pháp luật', form: "labelled 'tác giả', an organisation" });
  assert.equal(readByline('Phòng chống tội phạm, bảo vệ người dân'), null);
});

test("byline: a school's subject group signs its news ('Tổ Ngữ văn - Sử - Địa'): the source; 'Tổ chức …', 'Tổ công tác' sign nothing (negative)", () => {
  assert.deepEqual(readByline('Tổ Ngữ văn - Sử - Địa'), { author: null, source: 'Tổ Ngữ văn - Sử - Địa', form: 'an organisation standing alone' });
  for (const phrase of ['Tổ chức hội nghị', 'Tổ công tác']) assert.equal(readByline(phrase), null, phrase);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Hội thi giáo viên dạy giỏi cấp trường', 'Đăng lúc: 14:05 - 03/12/2026', PROSE, PROSE, 'Tổ Ngữ văn - Sử - Địa'].join('\n')))).record;
  assert.deepEqual([record?.source, record?.paragraphs.length], ['Tổ Ngữ văn - Sử - Địa', 2]);
});

test('byline: the writer and the photos\' credit closing the article, on one line or two, credit no photo; above more of the article the line is a portrait\'s caption (negative)', () => {
  const closing = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '06/03/2024 14:00', PROSE, PROSE, 'Minh Hà - Ảnh: Văn Tú'].join('\n')))).record;
  assert.equal(closing?.author, 'Minh Hà');
  assert.deepEqual(closing?.figures, []);
  const twoLines = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '06/03/2024 14:00', PROSE, PROSE, 'Minh Hà', 'Ảnh: Văn Tú'].join('\n')))).record;
  assert.equal(twoLines?.author, 'Minh Hà');
  assert.deepEqual(twoLines?.figures, []);
  const portrait = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '06/03/2024 14:00', PROSE, 'Đại tá Nguyễn Văn Tâm - Ảnh: Văn Tú', PROSE, 'Minh Hà'].join('\n')))).record;
  assert.deepEqual(portrait?.figures.map((f) => [f.caption, f.credit]), [['Đại tá Nguyễn Văn Tâm', 'Văn Tú']]);
  assert.equal(portrait?.author, 'Minh Hà');
  // A caption before the credit is no byline, whatever follows it.
  assert.equal(readByline('Toàn cảnh hội nghị. Ảnh: Văn Tú'), null);
});

test('byline: an organisation printed in capitals is written as it is named; one in normal case stays as printed (negative)', () => {
  const cases: [string, string][] = [
    ['CÔNG AN HUYỆN MỸ XUYÊN', 'Công an huyện Mỹ Xuyên'],
    ['PHÒNG TỔ CHỨC CÁN BỘ CÔNG AN TỈNH NGHỆ AN', 'Phòng Tổ chức cán bộ Công an tỉnh Nghệ An'],
    ['BAN TUYÊN GIÁO TỈNH ỦY', 'Ban Tuyên giáo Tỉnh ủy'],
    // A body named for its level, then its place's name.
    ['BAN TUYÊN GIÁO HUYỆN ỦY CAN LỘC', 'Ban Tuyên giáo Huyện ủy Can Lộc'],
    ['HUYỆN ĐOÀN YÊN ĐỊNH', 'Huyện đoàn Yên Định'],
    ['VĂN PHÒNG TỈNH ỦY', 'Văn phòng Tỉnh ủy'],
    ['UBND XÃ TÂN LẬP', 'UBND xã Tân Lập'],
    // `QUÂN SỰ` (military) is no `quận` (district): the unit's word is matched with its marks.
    ['BAN CHỈ HUY QUÂN SỰ HUYỆN HƯƠNG SƠN', 'Ban Chỉ huy Quân sự huyện Hương Sơn'],
    ['TTXVN', 'TTXVN'],
    // Initials joined by a mark keep their capitals, as each alone does; a word that is no initials does not.
    ['PHÒNG CẢNH SÁT PCCC&CNCH', 'Phòng Cảnh sát PCCC&CNCH'],
    ['PHÒNG GIAO THÔNG/VẬN TẢI', 'Phòng Giao thông/vận tải'],
    ['Phòng Cảnh sát Hình sự', 'Phòng Cảnh sát Hình sự'],
  ];
  for (const [printed, named] of cases) assert.equal(organisationCase(printed), named, printed);
});

test('byline: a source labelled at the end is the article\'s; the unit beside the writer under the title is only the writer\'s', () => {
  const text = ['Tuyên truyền phòng, chống ma túy', 'Lâm Hải (Công an huyện Mỹ Xuyên)', '07/03/2024 10:10', PROSE, PROSE, 'Nguồn: https://congan.soctrang.gov.vn'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.author, 'Lâm Hải');
  assert.equal(record?.source, 'congan.soctrang.gov.vn');
  const unitOnly = extractRecord(readSource('a.txt', Buffer.from(text.split('\n').slice(0, -1).join('\n')))).record;
  assert.equal(unitOnly?.source, 'Công an huyện Mỹ Xuyên');
});

test('byline: an officer with a post right over another writer\'s name names someone in a photo; the name under it is the writer (negative)', () => {
  const text = ['Tiêu đề', '07/03/2024 10:30', PROSE, PROSE, 'Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh', 'Minh Anh'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.author, 'Minh Anh');
  const alone = ['Tiêu đề', '07/03/2024 10:30', PROSE, PROSE, 'Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(alone))).record?.author, 'Nguyễn Văn An');
});

test('byline: an officer named with a post that goes on with what they do is a caption, not a byline (negative)', () => {
  assert.equal(readByline('Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh phát biểu chỉ đạo'), null);
  assert.equal(readByline('Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh tặng quà các gia đình chính sách'), null);
  assert.equal(readByline('Anh Nguyễn Văn An, người dân xã Tân Lập'), null);
});

test('byline: a match\'s result between two teams is no organisation, and the writer under the results is the byline (negative)', () => {
  assert.equal(readByline('Công an huyện Phú Vang 2-3 Phòng Tham mưu'), null);
  const results = ['Phòng Cảnh sát cơ động 3-1 Công an thành phố Huế', 'Công an huyện Phú Vang 2-3 Phòng Tham mưu'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '08/03/2024 17:30', PROSE, 'Kết quả cụ thể:', ...results, 'Vòng bán kết sẽ diễn ra vào ngày 10/3.', 'Minh Phương'].join('\n')))).record;
  assert.equal(record?.author, 'Minh Phương');
  assert.equal(record?.source, null);
  for (const line of results) assert.ok(record?.paragraphs.includes(line), line);
});

test('byline: related articles\' teasers after the byline, each a title and its lead, do not keep the writer from closing the article', () => {
  const teasers = ['Tin liên quan', 'Bắt giữ nhóm đối tượng trộm cắp xe máy liên huyện', PROSE, 'Triệt phá ổ nhóm tàng trữ trái phép chất ma túy', PROSE.replace('Trong những năm qua', 'Thời gian qua')];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '07/03/2024 16:20', PROSE, 'Hoàng Long', ...teasers].join('\n')))).record;
  assert.equal(record?.author, 'Hoàng Long');
  assert.deepEqual(record?.paragraphs, [PROSE]);
});

test('byline: a name before more of the article\'s paragraphs, with no site block between, is not the byline (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '07/03/2024 16:20', PROSE, 'Hoàng Long', PROSE, PROSE, 'Minh Anh'].join('\n')))).record;
  assert.equal(record?.author, 'Minh Anh');
});

test('byline: sentences and labels that are not bylines, and headlines that open with a unit and its place (negative)', () => {
  for (const line of ['Theo báo cáo, 6 tháng đầu năm', 'Theo Trung tá Nguyễn Văn An, tình hình còn phức tạp', 'Nguồn: Phòng Cảnh sát cho biết, tình hình phức tạp', 'Trung tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an phát biểu tại Hội thảo.', 'Đại úy Nguyễn Văn Nam, Công an xã Thiên Lộc kiểm tra hành chính', 'Thống kê', 'Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.', 'Bài học kinh nghiệm từ thực tiễn', 'Phóng sự: Những người lính giữ rừng', 'Tường thuật trực tiếp lễ khai mạc', 'Công an xã Hải Phú ra mắt mô hình "Camera an ninh"', 'UBND xã Hải Phú tổ chức hội nghị', 'Bài viết do phóng viên tổng hợp']) {
    assert.equal(readByline(line), null, line);
  }
});

test('byline: a name in the body is not the byline (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, 'Nguyễn Văn An', PROSE, PROSE, 'Trần Thị Bình'].join('\n'));
  assert.equal(kinds.get('Nguyễn Văn An'), 'body');
  assert.equal(kinds.get('Trần Thị Bình'), 'byline');
});

test("byline: a writer's name alone right under the lead, over the rest of the text ('THANH HÀ'), is the byline, and the text under it the article's; with a writer named at the end, it is the text's (negative)", () => {
  const record = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', ...lines].join('\n')))).record;
  const one = record(PROSE, 'THANH HÀ', `Qua đó, ${PROSE}`);
  assert.deepEqual([one?.author, one?.paragraphs.length], ['Thanh Hà', 2]);
  const more = record(PROSE, 'THANH HÀ', `Qua đó, ${PROSE}`, `Ngoài ra, ${PROSE}`);
  assert.deepEqual([more?.author, more?.paragraphs.length], ['Thanh Hà', 3]);
  const ending = record(PROSE, 'Nguyễn Văn An', `Qua đó, ${PROSE}`, 'Trần Thị Bình');
  assert.deepEqual([ending?.author, ending?.paragraphs.length], ['Trần Thị Bình', 3]);
});

test("byline: a writer's name under the lead over the article's dateline ('Minh Anh' over 'Thứ hai, 7/12/2026 08:15 (GMT+07:00)') is the byline; with a writer named at the end, it is the text's (negative)", () => {
  const record = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', ...lines].join('\n')))).record;
  const over = record(PROSE, 'Minh Anh', 'Thứ hai, 7/12/2026 08:15 (GMT+07:00)', `Qua đó, ${PROSE}`, `Ngoài ra, ${PROSE}`);
  assert.deepEqual([over?.author, over?.date, over?.paragraphs.length], ['Minh Anh', '2026-12-07T08:15:00+07:00', 3]);
  const counted = record(PROSE, 'Minh Anh', 'Thứ hai, 7/12/2026 08:15 (GMT+07:00)', 'Lượt xem: 1.234', `Qua đó, ${PROSE}`, `Ngoài ra, ${PROSE}`);
  assert.deepEqual([counted?.author, counted?.views, counted?.paragraphs.length], ['Minh Anh', 1234, 3]);
  const player = record(PROSE, 'Minh Anh', 'Thứ hai, 7/12/2026 08:15 (GMT+07:00)', 'Nghe bài viết', '0:00 / 4:12', `Qua đó, ${PROSE}`, `Ngoài ra, ${PROSE}`);
  assert.deepEqual([player?.author, player?.paragraphs.length], ['Minh Anh', 3]);
  const ending = record(PROSE, 'Nguyễn Văn An', 'Thứ hai, 7/12/2026 08:15 (GMT+07:00)', `Qua đó, ${PROSE}`, 'Trần Thị Bình');
  assert.deepEqual([ending?.author, ending?.paragraphs.length], ['Trần Thị Bình', 3]);
});

test("byline: a poem's page (verse under the title, no prose) is signed by its last lines ('Nguyễn Thị Hương Lan' over '(Công an huyện Mường Lát)'); a name-like line of verse above them, or a short list of names, signs nothing (negative)", () => {
  const read = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Thơ: Người chiến sĩ nơi biên giới', '04/12/2026 15:00', ...lines].join('\n')))).record;
  const verse = ['Đêm biên cương gió lạnh', 'Sương phủ trắng đỉnh đồi', 'Anh vẫn đứng canh giữ', 'Cho bản làng yên vui.'];
  const signed = read(...verse, 'Nguyễn Thị Hương Lan', '(Công an huyện Mường Lát)');
  assert.deepEqual([signed?.author, signed?.source, signed?.paragraphs], ['Nguyễn Thị Hương Lan', 'Công an huyện Mường Lát', verse]);
  assert.equal(read(...verse, 'Tác giả: Hương Lan')?.author, 'Hương Lan');
  // `Trường Sơn Đông` reads as a name, but lines of the poem follow it.
  const middle = read(...verse.slice(0, 2), 'Trường Sơn Đông', ...verse.slice(2), 'Hương Lan');
  assert.deepEqual([middle?.author, middle?.paragraphs.length], ['Hương Lan', 5]);
  // Too few short lines for a poem: none is taken for its writer.
  const short = read('Đêm biên cương gió lạnh', 'Sương phủ trắng đỉnh đồi', 'Hương Lan');
  assert.deepEqual([short?.author, short?.paragraphs.length], [null, 3]);
});

test("byline: a unit in a table copied a cell a line ('1' / 'Phòng CSGT' / '156', or its row's count under it and the next row's under that), with no writer at the end, is a cell, not the closing credit; a unit closing the text over a count of the page's is (negative)", () => {
  const read = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Kết quả xử lý vi phạm nồng độ cồn tuần qua', '07/12/2026 08:00', PROSE, ...lines].join('\n')))).record;
  for (const cells of [['STT', 'Đơn vị', 'Số trường hợp', '1', 'Phòng CSGT', '156', '2', 'Công an TP Thanh Hóa', '98'], ['Đơn vị', 'Số trường hợp', 'Phòng CSGT', '156', 'Công an TP Thanh Hóa', '98']]) {
    const record = read(...cells, PROSE);
    assert.deepEqual([record?.source, record?.paragraphs.length], [null, cells.length + 2], cells.join(' / '));
  }
  assert.equal(read(PROSE, 'Phòng Cảnh sát giao thông', 'Lượt xem: 156')?.source, 'Phòng Cảnh sát giao thông');
  // The writer right under the table's last count closes the article (negative).
  assert.equal(read('Đơn vị', 'Số trường hợp', 'Phòng CSGT', '156', 'Công an TP Thanh Hóa', '98', 'Đức Anh')?.author, 'Đức Anh');
});

test('byline: a province name alone is not a byline (negative)', () => {
  assert.notEqual(kindsOf(['Tiêu đề', PROSE, PROSE, 'Hà Nội'].join('\n')).get('Hà Nội'), 'byline');
});

test('byline: a subheading in capitals is body when the writer is named after more of the article (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, 'KẾT QUẢ NỔI BẬT', PROSE, 'NHIỆM VỤ THỜI GIAN TỚI', PROSE, 'Hồng Nhung'].join('\n'));
  assert.equal(kinds.get('KẾT QUẢ NỔI BẬT'), 'body');
  assert.equal(kinds.get('NHIỆM VỤ THỜI GIAN TỚI'), 'body');
  assert.equal(kinds.get('Hồng Nhung'), 'byline');
});

test("byline: a source line inside the text ('Nguồn: Bộ Công an' under a chart), with more of the article and the article's own source after it, is no byline; the last is (negative: the site's description under the byline leaves it the byline)", () => {
  for (const inside of ['Nguồn: Bộ Công an', '(Nguồn: Tổng cục Thống kê)', 'Theo Cục Cảnh sát giao thông']) {
    const text = ['Bắt giữ đối tượng vận chuyển 10 bánh heroin', '05/03/2024 14:15', PROSE, inside, PROSE, 'Theo Báo Biên phòng'].join('\n');
    assert.notEqual(kindsOf(text).get(inside), 'byline', inside);
    assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.source, 'Báo Biên phòng', inside);
  }
  const described = ['Bắt giữ đối tượng vận chuyển 10 bánh heroin', '05/03/2024 14:15', PROSE, PROSE, 'Theo Báo Biên phòng', PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(described))).record?.source, 'Báo Biên phòng');
});

test('footer-masthead: the site name in capitals over its licence line is chrome, not a source', () => {
  const masthead = 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH BẮC GIANG';
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, 'Nguyễn Hải', masthead, 'Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp'].join('\n'));
  assert.equal(kinds.get(masthead), 'chrome');
  assert.equal(kinds.get('Nguyễn Hải'), 'byline');
});

test("footer-masthead: a portal's own name in normal case over its footer's address ('Cổng thông tin điện tử Công an tỉnh Hà Tĩnh' / 'Địa chỉ: …') is the site's, not the article's source; a unit in normal case over it still is (negative)", () => {
  const record = (unit: string) => extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết về đánh bạc', '05/12/2026 08:00', PROSE, PROSE, 'Minh Anh', '', '', '', unit, 'Địa chỉ: 238 Hà Huy Tập, TP Hà Tĩnh', 'Điện thoại: 069.2924.555'].join('\n')))).record;
  assert.deepEqual([record('Cổng thông tin điện tử Công an tỉnh Hà Tĩnh')?.author, record('Cổng thông tin điện tử Công an tỉnh Hà Tĩnh')?.source], ['Minh Anh', null]);
  assert.equal(record('Phòng Tham mưu Công an tỉnh Hà Tĩnh')?.source, 'Phòng Tham mưu Công an tỉnh Hà Tĩnh');
});

test("footer-masthead: a name in capitals over a footer that names another owner ('© Bản quyền thuộc về …') closes the article; over its own owner's footer it is the site's", () => {
  const record = (...end: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình khu dân cư an toàn', '07/03/2024 15:20', PROSE, PROSE, ...end].join('\n')))).record;
  const other = record('CÔNG AN PHƯỜNG HƯNG BÌNH', '© Bản quyền thuộc về Cổng thông tin điện tử Công an tỉnh Nghệ An', 'Địa chỉ: Số 1 Trần Phú');
  assert.equal(other?.source, 'Công an phường Hưng Bình');
  const agency = record('TTXVN', 'Bản quyền thuộc Công an tỉnh Hà Tĩnh', 'Địa chỉ: Số 1 Trần Phú, TP Hà Tĩnh');
  assert.equal(agency?.author, 'TTXVN');
  const own = record('CÔNG AN TỈNH NGHỆ AN', '© Bản quyền thuộc về Cổng thông tin điện tử Công an tỉnh Nghệ An', 'Địa chỉ: Số 1 Trần Phú');
  assert.equal(own?.source, null);
});

test('footer-masthead: an organisation credited under the byline, with no footer under it, stays the source (negative)', () => {
  const decision = decisionFor(['Tiêu đề', PROSE, PROSE, 'Nguyễn Hải', 'CÔNG AN TỈNH BẮC GIANG', 'Chia sẻ'].join('\n'), 'CÔNG AN TỈNH BẮC GIANG');
  assert.equal(decision?.kind, 'byline');
  // Printed in capitals, it is named in normal case (see organisationCase).
  assert.equal(decision?.fields?.source, 'Công an tỉnh Bắc Giang');
  // A blank line above the footer: the name closes the article, and the footer starts after it.
  const spaced = decisionFor(['Tiêu đề', PROSE, PROSE, 'Nguyễn Hải', 'CÔNG AN PHƯỜNG HƯNG BÌNH', '', 'Bản quyền thuộc Công an tỉnh', 'Điện thoại: 0234.3822.123'].join('\n'), 'CÔNG AN PHƯỜNG HƯNG BÌNH');
  assert.deepEqual([spaced?.kind, spaced?.fields?.source], ['byline', 'Công an phường Hưng Bình']);
  // Where a copy doubled every line break, one blank line is the page's spacing: the masthead still heads its footer.
  const doubled = ['Tiêu đề', PROSE, PROSE, 'Nguyễn Hải', 'CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH BẮC GIANG', 'Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp'].join('\n\n');
  assert.equal(kindsOf(doubled).get('CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH BẮC GIANG'), 'chrome');
});

test('after-byline: the site description and statistics after the byline are chrome', () => {
  const text = ['Tiêu đề', PROSE, PROSE, 'Tác giả: Vũ Thị Hồng Sâm', `Công an tỉnh Hà Nam thuộc hệ thống tổ chức của Công an nhân dân. ${PROSE}`, 'Thống kê'].join('\n');
  const kinds = kindsOf(text);
  assert.equal(kinds.get('Tác giả: Vũ Thị Hồng Sâm'), 'byline');
  assert.equal(kinds.get(`Công an tỉnh Hà Nam thuộc hệ thống tổ chức của Công an nhân dân. ${PROSE}`), 'chrome');
});

test('after-byline: a correction the newsroom prints after the byline stays the article\'s', () => {
  const note = 'Đính chính: Trong bản tin trước, chúng tôi ghi nhầm số người bị hại là 51 người.';
  const kinds = kindsOf(['Tiêu đề', '09/10/2024 07:15', PROSE, PROSE, 'Minh Tuấn', note, 'Bản quyền thuộc về Công an tỉnh'].join('\n'));
  assert.equal(kinds.get(note), 'body');
  assert.equal(kinds.get('Bản quyền thuộc về Công an tỉnh'), 'chrome');
});

test("after-byline: the article's sources after the writer's name (a heading, 'Tài liệu tham khảo:', and its numbered items; notes the text cites by number, '(1) …') stay the article's; numbered links under no heading, notes nobody cites and the site's lines after them are the site's (negative)", () => {
  const read = (...tail: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Một số giải pháp phòng ngừa tội phạm công nghệ cao', '05/12/2026', `${PROSE.slice(0, -1)}(1).`, PROSE, 'ThS. Nguyễn Văn Quyết - Trường Đại học Cảnh sát nhân dân', ...tail].join('\n')))).record?.paragraphs.slice(2);
  const listed = ['Tài liệu tham khảo:', '1. Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017.', '2. Luật An ninh mạng năm 2018.'];
  assert.deepEqual(read(...listed, 'Tin liên quan', '1. Công an tỉnh ra quân bảo đảm an ninh dịp Tết'), listed);
  const notes = ['(1) Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia, Hà Nội, 2011, t.13, tr.119.', '(2) Sđd, t.13, tr.350.'];
  assert.deepEqual(read(...notes, 'Bài viết cùng chuyên mục'), notes);
  assert.deepEqual(read('1. Công an tỉnh ra quân bảo đảm an ninh dịp Tết', '2. Bắt giữ đối tượng trộm cắp tài sản'), []);
  assert.deepEqual(read('(3) Bình luận', 'Chia sẻ'), []);
});

test("comments-section: readers' comments under an article with no closing byline (a reader's dated name, what they wrote, a reply button) are the page's, and no reader is the author nor their date the article's; a toolbar's count under the lead opens none (negative)", () => {
  const comments = ['Ý kiến bạn đọc (2)', 'Gửi ý kiến', 'Lê Văn Tùng - 05/12/2026 07:20', 'Cảm ơn lực lượng công an đã kịp thời ngăn chặn, phụ huynh cần quản lý con em chặt chẽ hơn.', 'Trả lời', 'Phạm Thị Hạnh - 05/12/2026 08:02', 'Rất đáng báo động, trẻ em bây giờ quá manh động.', 'Trả lời'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Công an phường phá nhóm thanh thiếu niên tàng trữ hung khí', 'Đăng ngày: 04/12/2026 21:35', 'Bài và ảnh: Nguyễn Hải', PROSE, PROSE, ...comments].join('\n')))).record;
  assert.deepEqual([record?.paragraphs, record?.author, record?.date], [[PROSE, PROSE], 'Nguyễn Hải', '2026-12-04T21:35:00+07:00']);
  const toolbar = extractRecord(readSource('a.txt', Buffer.from(['Công an phường phá nhóm thanh thiếu niên tàng trữ hung khí', 'Đăng ngày: 04/12/2026 21:35', PROSE, 'Bình luận (0)', PROSE, PROSE, 'Nguyễn Hải'].join('\n')))).record;
  assert.equal(toolbar?.paragraphs.length, 3);
});

test("comments-section: Facebook's comments plugin under the article ('0 bình luận' over 'Sắp xếp theo', 'Cũ nhất', 'Plugin bình luận trên Facebook') is the page's; the article's own count beside its date opens none (negative)", () => {
  const plugin = ['Thích', 'Chia sẻ', '0 bình luận', 'Sắp xếp theo', 'Cũ nhất', 'Thêm bình luận...', 'Plugin bình luận trên Facebook'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Công an phường phá nhóm thanh thiếu niên tàng trữ hung khí', 'Đăng ngày: 04/12/2026 21:35', PROSE, PROSE, ...plugin].join('\n')))).record;
  assert.deepEqual(record?.paragraphs, [PROSE, PROSE]);
  const counted = extractRecord(readSource('a.txt', Buffer.from(['Công an phường phá nhóm thanh thiếu niên tàng trữ hung khí', 'Đăng ngày: 04/12/2026 21:35', '0 bình luận', PROSE, PROSE, 'Nguyễn Hải'].join('\n')))).record;
  assert.equal(counted?.paragraphs.length, 2);
});

test("after-byline: the series' next part announced after the byline stays the article's; a link to read on, or the paper's next issue, is the site's (negative)", () => {
  const next = 'Đón đọc Bài 2: Truy vết dòng tiền bị chiếm đoạt';
  const kinds = kindsOf(['Bài 1: Muôn kiểu giăng bẫy', '02/12/2026 14:05', PROSE, PROSE, '(Còn nữa)', 'Hoài Thu - Đức Anh', next, 'Kỳ tới: Thầy giáo quân hàm xanh giữa đại ngàn', 'Đọc tiếp', 'Đón đọc Báo Công an nhân dân số ra ngày 7/12'].join('\n'));
  assert.equal(kinds.get(next), 'body');
  assert.equal(kinds.get('Kỳ tới: Thầy giáo quân hàm xanh giữa đại ngàn'), 'body');
  assert.equal(kinds.get('Đọc tiếp'), 'chrome');
  assert.equal(kinds.get('Đón đọc Báo Công an nhân dân số ra ngày 7/12'), 'chrome');
});

test('byline: a reporter named with PV or CTV under the title is the byline, which does not end the article', () => {
  const kinds = kindsOf(['Tiêu đề', 'PV Minh Khôi', '08:45 (GMT+07:00) Thứ Hai, 15/01/2024', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('PV Minh Khôi'), 'byline');
  assert.equal(kinds.get(PROSE), 'body');
});

test("byline: a unit alone right between the title and its dateline ('PHÒNG CẢNH SÁT PCCC&CNCH', 'Công an huyện Thạch Hà') is the source; a section's name there is the section, and a unit with a line between it and the dateline is no byline (negative)", () => {
  const read = (...head: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Cảnh báo nguy cơ cháy nổ từ sạc xe điện qua đêm', ...head, PROSE, PROSE].join('\n')))).record;
  for (const [unit, source] of [['PHÒNG CẢNH SÁT PCCC&CNCH', 'Phòng Cảnh sát PCCC&CNCH'], ['Công an huyện Thạch Hà', 'Công an huyện Thạch Hà']] as const) {
    const record = read(unit, '06/12/2026 14:00');
    assert.deepEqual([record?.source, record?.author, record?.paragraphs.length], [source, null, 2], unit);
  }
  assert.deepEqual([read('An ninh trật tự', '06/12/2026 14:00')?.section, read('An ninh trật tự', '06/12/2026 14:00')?.source], ['An ninh trật tự', null]);
  assert.equal(read('Công an huyện Thạch Hà', 'Cỡ chữ: A- A A+', 'Nghe bài viết', '06/12/2026 14:00')?.source, null);
});

test('byline: a source under its label between the dateline and the lead is the article\'s source, which does not end the article; the writer at the end is read too', () => {
  const text = ['Tiêu đề bài viết', '08/03/2024 14:20', 'Nguồn: Công an Hà Tĩnh', PROSE, PROSE, 'Minh Hà'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.source, record?.author, record?.paragraphs.length], ['Công an Hà Tĩnh', 'Minh Hà', 2]);
});

test('byline: a writer with their unit right under the title is the byline with no dateline beside it; a name alone there is, when no other line names a writer', () => {
  const text = ['Đảm bảo an toàn Lễ hội Đền Hùng', 'Thượng úy Nguyễn Văn Nam - Phòng Cảnh sát cơ động', PROSE, PROSE, 'Ngày đăng: 18/04/2024'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.source, record?.paragraphs.length, record?.date], ['Nguyễn Văn Nam', 'Phòng Cảnh sát cơ động', 2, '2024-04-18']);
  const alone = extractRecord(readSource('a.txt', Buffer.from(['Đảm bảo an toàn Lễ hội Đền Hùng', 'Minh Hà', PROSE, PROSE, 'Ngày đăng: 18/04/2024'].join('\n')))).record;
  assert.deepEqual([alone?.author, alone?.paragraphs.length], ['Minh Hà', 2]);
  // With a writer named at the end, the name under the title is no byline (negative).
  const twice = kindsOf(['Đảm bảo an toàn Lễ hội Đền Hùng', 'Minh Hà', PROSE, PROSE, 'Thu Trang', 'Ngày đăng: 18/04/2024'].join('\n'));
  assert.notEqual(twice.get('Minh Hà'), 'byline');
  assert.equal(twice.get('Thu Trang'), 'byline');
});

test('byline: a name alone under the title and beside the dateline is the byline, which does not end the article', () => {
  const kinds = kindsOf(['Tiêu đề bài viết', 'MINH HÀ', 'Thứ Bảy, 01-06-2024, 08:30', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('MINH HÀ'), 'byline');
  assert.equal(decisionFor(['Tiêu đề bài viết', '01/06/2024 08:30', 'Minh Hà', PROSE, PROSE].join('\n'), 'Minh Hà')?.fields?.author, 'Minh Hà');
  assert.equal(kinds.get(PROSE), 'body');
});

test('byline: a writer over the writer\'s unit, between the title and the dateline, is the byline; a unit alone there is the source', () => {
  const text = ['Nghiên cứu - Trao đổi', 'Nâng cao hiệu quả phòng ngừa tội phạm công nghệ cao', 'Thượng tá, TS. NGUYỄN VĂN HÙNG', 'Học viện An ninh nhân dân', 'Ngày 12/01/2024', PROSE, PROSE].join('\n');
  assert.equal(decisionFor(text, 'Thượng tá, TS. NGUYỄN VĂN HÙNG')?.fields?.author, 'Nguyễn Văn Hùng');
  assert.equal(decisionFor(text, 'Học viện An ninh nhân dân')?.fields?.source, 'Học viện An ninh nhân dân');
  assert.equal(decisionFor(text, 'Nghiên cứu - Trao đổi')?.kind, 'section');
  const unitAlone = ['Tiêu đề bài viết', 'Học viện An ninh nhân dân', 'Ngày 12/01/2024', PROSE, PROSE].join('\n');
  assert.deepEqual([decisionFor(unitAlone, 'Học viện An ninh nhân dân')?.kind, decisionFor(unitAlone, 'Học viện An ninh nhân dân')?.fields?.author], ['byline', undefined]);
});

test('byline: a ranked name and the writer\'s unit between the title and the dateline is the byline, which does not end the article', () => {
  const text = ['Ra mắt mô hình camera an ninh', 'Thiếu tá Trần Minh Đức - Công an huyện Yên Định', '10/02/2025 16:15', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.author, 'Trần Minh Đức');
  assert.equal(record?.source, 'Công an huyện Yên Định');
  assert.equal(record?.paragraphs.length, 2);
});

test('byline: a unit named in full, up to sixteen words, stands alone as the source', () => {
  for (const unit of ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao']) {
    assert.deepEqual(readByline(unit), { author: null, source: unit, form: 'an organisation standing alone' }, unit);
  }
  assert.equal(readByline('Phòng Cảnh sát giao thông Công an tỉnh đã xử lý 215 trường hợp vi phạm.'), null, 'a sentence');
});

test('byline: a source on the line under the writer\'s (or under a unit under the writer\'s label) is the article\'s, not the writer\'s unit', () => {
  const text = ['Tiêu đề', '22/08/2024 14:05', PROSE, PROSE, 'Thiếu tá Trần Minh Tâm - Phòng An ninh mạng', 'Nguồn tin: Công an tỉnh Bình Dương'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.equal(record?.author, 'Trần Minh Tâm');
  assert.equal(record?.source, 'Công an tỉnh Bình Dương');
  // A unit under the writer's label too: the labelled source under it is the article's.
  const unit = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '07/12/2026', PROSE, PROSE, 'Tác giả: Phòng Phổ biến, giáo dục pháp luật', 'Nguồn: Sở Tư pháp'].join('\n')))).record;
  assert.deepEqual([unit?.author, unit?.source], [null, 'Sở Tư pháp']);
});

test("byline: a labelled source over an unlabelled body's name, or over the site's editorial board ('Ban Biên tập', an account), stays the source (negative)", () => {
  const record = (...tail: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết về phòng cháy rừng', '22/08/2024 14:05', PROSE, PROSE, ...tail].join('\n')))).record;
  assert.deepEqual([record('(Nguồn: Công an tỉnh Nghệ An)', 'Ban Biên tập')?.source, record('(Nguồn: Công an tỉnh Nghệ An)', 'Ban Biên tập')?.author], ['Công an tỉnh Nghệ An', null]);
  assert.equal(record('Nguồn: Công an tỉnh Nghệ An', 'Phòng Tham mưu')?.source, 'Công an tỉnh Nghệ An');
});

test('byline: an editor credited under the title is not the writer when the writer is named at the end', () => {
  const text = ['Xuất khẩu nông sản tăng mạnh', 'Xuất bản: 03/06/2024 07:45', 'Biên tập: Trần Hữu Lộc', PROSE, PROSE, 'Kim Ngân'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.author, 'Kim Ngân');
  const alone = ['Xuất khẩu nông sản tăng mạnh', 'Xuất bản: 03/06/2024 07:45', 'Biên tập: Trần Hữu Lộc', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(alone))).record?.author, 'Trần Hữu Lộc', 'with no other byline, the credit stands');
});

test('byline: the rest of an e-magazine\'s team, each on a line of its own under the writer (Trình bày, Thiết kế), is credited, not read as the lead; a sentence after such a word is body (negative)', () => {
  const text = ['E-MAGAZINE', 'Những "bông hồng thép" nơi tuyến đầu', 'Thiết kế: Hà My', 'Thực hiện: Hồng Nhung', 'Trình bày: Minh Tú', PROSE, PROSE, 'Ngày xuất bản: 08/03/2024'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Hồng Nhung', 2]);
  assert.equal(readByline('Kỹ thuật: sử dụng máy bay không người lái để tuần tra'), null);
  assert.equal(readByline('Tổng hợp: trong năm 2024 toàn tỉnh xảy ra 12 vụ cháy'), null);
});

test('byline: the rest of the team credited under an infographic, a paragraph before the end, does not close the article: the source under the last paragraph does', () => {
  const text = ['Kết quả thực hiện Đề án 06 năm 2023', '14/03/2024 09:15', PROSE, 'infographic-de-an-06.jpg', 'Thiết kế: Văn Minh', PROSE, 'Nguồn: Sở Thông tin và Truyền thông'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.source, record?.paragraphs.length], [null, 'Sở Thông tin và Truyền thông', 2]);
});

test('byline: a unit on the line under the text\'s colon (who to contact) is the article\'s text, not its source (negative)', () => {
  const text = ['Thông báo tìm chủ sở hữu phương tiện', '06/05/2024', PROSE, 'Mọi thông tin xin liên hệ:', 'Đội Cảnh sát giao thông - Trật tự Công an huyện Nghi Lộc', 'Điện thoại: 0238.3861.234'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.source, record?.paragraphs.length], [null, 4]);
});

test('byline: a name at the top away from the dateline is not read as the byline (negative)', () => {
  const kinds = kindsOf(['Tiêu đề bài viết', '01/06/2024 08:30', 'Lời tòa soạn', 'Minh Hà', PROSE, PROSE, 'Thu Trang'].join('\n'));
  assert.notEqual(kinds.get('Minh Hà'), 'byline');
  assert.equal(kinds.get('Thu Trang'), 'byline');
});

test('after-byline: a labelled byline at the top does not end the article (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', 'Bài, ảnh: Minh Anh', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('Bài, ảnh: Minh Anh'), 'byline');
  assert.equal(kinds.get(PROSE), 'body');
});

test('site-chrome: share links, statistics, login notices', () => {
  const lines = ['Chia sẻ bài viết: Zalo Facebook', 'In bài viết', 'Lưu bài', '• Hôm nay26,424', 'Tổng lượt truy cập5,394,297', 'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.', '© 2024 Công an tỉnh', '***', '3 giờ trước', '15 phút trước.', 'Vừa xong', 'Cập nhật 5 phút trước', '0:00 / 3:42', 'Giọng nữ miền Bắc', 'Địa chỉ bài viết: https://congan.namdinh.gov.vn/tin-tuc/a-123.html', 'VOV.VN', 'https://congan.hanoi.gov.vn/', 'A- A A+', 'A A A', 'Xem nguồn', 'Đề nghị ghi rõ nguồn khi phát hành lại', 'Vui lòng ghi rõ nguồn khi trích dẫn thông tin từ website này.'];
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, ...lines].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
});

test("site-chrome: yesterday's or today's time alone under the title ('Hôm qua lúc 08:30', 'Hôm nay, 08:30') tells how long ago the page was posted, not its day: the date is the lead's, with its year inferred", () => {
  const lead = 'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát phương tiện giao thông đường bộ trên các tuyến đường của huyện.';
  for (const age of ['Hôm qua lúc 08:30', 'Hôm nay, 08:30']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Công an huyện Nghi Lộc ra quân tổng kiểm soát', age, lead, 'Đợt cao điểm kéo dài đến hết ngày 31/12/2026.', 'Hồng Quân'].join('\n')))).record;
    assert.deepEqual([record?.date, record?.dateInferred, record?.paragraphs[0]], ['2026-12-05', true, lead], age);
  }
});

test('site-chrome: body sentences that start like chrome are body (negative)', () => {
  const line = `Chia sẻ tại hội nghị, đồng chí Giám đốc cho biết ${PROSE}`;
  const today = 'Hôm nay, lực lượng công an tiếp tục tuần tra trên các tuyến đường.';
  const ago = '3 giờ trước khi vụ cháy xảy ra, người dân đã phát hiện mùi khét từ kho hàng.';
  const updated = 'Cập nhật 5 phút trước, số người bị thương đã tăng lên 7.';
  const address = 'Truy cập congan.hanoi.gov.vn để tra cứu thông tin về thủ tục hành chính.';
  const grade = 'A';
  const kinds = kindsOf(['Tiêu đề', PROSE, line, today, ago, address, grade, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(address), 'body');
  assert.notEqual(kinds.get(grade), 'chrome');
  assert.notEqual(kindsOf(['Tiêu đề', PROSE, updated, PROSE, 'Nguyễn Văn An'].join('\n')).get(updated), 'chrome');
  assert.equal(kinds.get(line), 'body');
  assert.equal(kinds.get(today), 'body');
  assert.equal(kinds.get(ago), 'body');
});

test('site-chrome: a comment form (its consent box in either of WordPress\'s wordings), and a video player with its links', () => {
  const form = ['Để lại một bình luận', 'Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *', 'Bình luận *', 'Tên *', 'Email *', 'Lưu tên, email, và trang web của tôi trong trình duyệt này.', 'Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.', 'Phản hồi', 'Nội dung:'];
  const video = ['00:00 / 02:35', 'Xem thêm video'];
  const kinds = kindsOf(['Tiêu đề', ...video, PROSE, PROSE, 'Nguyễn Văn An', ...form].join('\n'));
  for (const line of [...form, ...video]) assert.equal(kinds.get(line), 'chrome', line);
  // With no byline to end the article, the form's lines are known by their own words.
  const unsigned = kindsOf(['Tiêu đề', '07/12/2026', PROSE, PROSE, ...form].join('\n'));
  for (const line of form) assert.equal(unsigned.get(line), 'chrome', line);  // A blog's login notice and its theme's credit, under the text with no heading over them, are told by their words too.
  const blog = kindsOf(['Tiêu đề', '07/12/2026', PROSE, PROSE, 'Bạn phải đăng nhập để gửi bình luận.', 'Proudly powered by WordPress'].join('\n'));
  for (const line of ['Bạn phải đăng nhập để gửi bình luận.', 'Proudly powered by WordPress']) assert.equal(blog.get(line), 'chrome', line);
});

test("site-chrome: a newsletter's sign-up box ('Nhập email của bạn', 'Đăng ký'), an app's store badges ('Tải trên App Store'), a link to report an error and a satisfaction poll under an article with no byline to end it", () => {
  const page = ['Đăng ký nhận bản tin', 'Nhập email của bạn', 'Đăng ký', 'Tải ứng dụng Báo Hà Tĩnh', 'Tải trên App Store', 'Tải trên Google Play', 'Phản ánh sai sót', 'Bạn có hài lòng với bài viết này?', 'Có', 'Không'];
  const kinds = kindsOf(['Tiêu đề bài viết', '07/12/2026 08:00', PROSE, PROSE, ...page].join('\n'));
  for (const line of page) assert.equal(kinds.get(line), 'chrome', line);
});

test('site-chrome: a feedback form under the article with no byline to end it, its fields and its button', () => {
  const form = ['Gửi phản hồi', 'Họ và tên', 'Địa chỉ email', 'Nội dung', 'Gửi'];
  const kinds = kindsOf(['Tiêu đề bài viết', '20/03/2024 08:30', 'Tác giả: Hồng Nhung', PROSE, PROSE, ...form].join('\n'));
  for (const line of form) assert.equal(kinds.get(line), 'chrome', line);
});

test('site-chrome: contact lines under the site\'s name in capitals, with no paragraph after them, or ending the page, are its footer; a notice\'s contact under a name in normal case, or with the article going on, is the article\'s (negative)', () => {
  const footer = ['ỦY BAN NHÂN DÂN XÃ TÂN PHÚ', 'Địa chỉ: Thôn Phú Lợi, xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước', 'Điện thoại: 0271.3812345'];
  const kinds = kindsOf(['Tiêu đề bài viết', '15/08/2024', PROSE, PROSE, ...footer].join('\n'));
  for (const line of footer) assert.equal(kinds.get(line), 'chrome', line);
  // The site's share bar after them leaves them the footer's.
  const shared = kindsOf(['Tiêu đề bài viết', '15/08/2024', PROSE, PROSE, ...footer, '', 'Chia sẻ:', 'Facebook', 'Zalo'].join('\n'));
  for (const line of footer) assert.equal(shared.get(line), 'chrome', line);
  // Contact lines that end the page, under the article's last paragraph, are the footer's too.
  const hotline = ['Đường dây nóng: 0239.3855.789', 'Email: banbientap@congan.hatinh.gov.vn'];
  const ending = kindsOf(['Tiêu đề bài viết', '15/08/2024', PROSE, PROSE, ...hotline].join('\n'));
  for (const line of hotline) assert.equal(ending.get(line), 'chrome', line);
  const notice = ['Mọi thông tin xin liên hệ Công an xã Tân Phú', 'Địa chỉ: Thôn Phú Lợi, xã Tân Phú', 'Điện thoại: 0271.3812345'];
  const body = kindsOf(['Thông báo tìm chủ sở hữu xe máy', '15/08/2024', PROSE, ...notice].join('\n'));
  for (const line of notice.slice(1)) assert.equal(body.get(line), 'body', line);
  const goesOn = kindsOf(['Thông báo tìm chủ sở hữu xe máy', '15/08/2024', PROSE, 'CÔNG AN XÃ TÂN PHÚ', 'Địa chỉ: Thôn Phú Lợi, xã Tân Phú', PROSE].join('\n'));
  assert.equal(goesOn.get('Địa chỉ: Thôn Phú Lợi, xã Tân Phú'), 'body');
  // Contact lines the text sends the reader to, maybe under the unit it names, are the article's though the site's footer follows.
  const site = ['Bản quyền thuộc Công an tỉnh Hà Tĩnh', 'Địa chỉ: Số 1 Trần Phú, TP Hà Tĩnh', 'Điện thoại: 0239.3855.113'];
  for (const intro of [['Thông tin chi tiết, vui lòng liên hệ:', 'Phòng Tổng hợp Agribank Chi nhánh Hà Tĩnh'], ['Mọi chi tiết xin liên hệ Phòng Tổ chức cán bộ Công an tỉnh.'], ['Mọi thông tin xin liên hệ:', 'Trực ban Công an phường Thạch Linh']]) {
    const sent = kindsOf(['Thông báo tuyển sinh năm 2024', '15/08/2024', PROSE, PROSE, ...intro, 'Điện thoại: 0239.3855.xxx', ...site].join('\n'));
    assert.equal(sent.get('Điện thoại: 0239.3855.xxx'), 'body', intro[0]);
    assert.equal(sent.get('Điện thoại: 0239.3855.113'), 'chrome', intro[0]);
  }
  // Ending the page with no byline, under whoever the text's colon names (the ward's duty desk): the article's, no footer.
  const last = kindsOf(['Ra mắt đường dây nóng tiếp nhận tin báo', '05/12/2026 15:30', PROSE, PROSE, 'Mọi thông tin xin liên hệ:', 'Trực ban Công an phường Thạch Linh', 'Điện thoại: 0239.3856.113', 'Email: caphuongthachlinh@gmail.com'].join('\n'));
  assert.deepEqual(['Điện thoại: 0239.3856.113', 'Email: caphuongthachlinh@gmail.com'].map((l) => last.get(l)), ['body', 'body']);
  // A heading of a few words over the site's own contacts introduces nothing (negative).
  const headed = kindsOf(['Ra mắt đường dây nóng tiếp nhận tin báo', '05/12/2026 15:30', PROSE, PROSE, 'Liên hệ:', 'Công an tỉnh Hà Tĩnh', 'Điện thoại: 0239.3855.113'].join('\n'));
  assert.equal(headed.get('Điện thoại: 0239.3855.113'), 'chrome');
});

test('site-chrome: the page\'s full address heading a print view is the site\'s; a photo\'s address is its trace, and an address in the body the article\'s (negative)', () => {
  const address = 'https://congan.vinhphuc.gov.vn/tin-tuc/cong-an-tinh-to-chuc-hoi-thao-ve-chuyen-doi-so';
  const record = extractRecord(readSource('a.txt', Buffer.from([address, 'Công an tỉnh tổ chức hội thảo về chuyển đổi số', 'Ngày đăng: 11/04/2024 | Tác giả: Quang Minh', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.author, record?.paragraphs.length], ['Công an tỉnh tổ chức hội thảo về chuyển đổi số', 'Quang Minh', 2]);
  const inBody = 'https://dichvucong.bocongan.gov.vn/dang-ky-xe';
  const photo = 'https://congan.vinhphuc.gov.vn/uploads/news/hoi-thao.jpg';
  const kinds = kindsOf(['Tiêu đề bài viết', '11/04/2024', PROSE, 'Người dân truy cập địa chỉ:', inBody, photo, 'Các đại biểu dự hội thảo.', PROSE, 'Quang Minh'].join('\n'));
  assert.deepEqual([kinds.get(inBody), kinds.get(photo)], ['body', 'image']);
});

test('site-chrome: a field with a value, and a table row under a statistics word, are the article\'s (negative)', () => {
  const fields = ['Họ tên: NGUYỄN VĂN HÙNG', 'Sinh ngày: 15/06/1988 tại Thanh Hóa'];
  const row = 'Tổng cộng 593 1.928';
  const kinds = kindsOf(['Thông báo truy nã', PROSE, ...fields, row, PROSE, 'Nguyễn Văn An', 'Họ và tên (*)'].join('\n'));
  for (const line of [...fields, row]) assert.equal(kinds.get(line), 'body', line);
  assert.equal(kinds.get('Họ và tên (*)'), 'chrome');
});

test("site-chrome: the site's prompt under the article with no byline, a sentence though it is ('Mời quý độc giả theo dõi … trên TV Online!'), is the site's; the same words over the article's text are the article's (negative)", () => {
  const prompt = 'Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!';
  const under = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '07/12/2026', PROSE, PROSE, prompt].join('\n')))).record;
  assert.deepEqual(under?.paragraphs, [PROSE, PROSE]);
  const over = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '07/12/2026', prompt, PROSE].join('\n')))).record;
  assert.deepEqual(over?.paragraphs, [prompt, PROSE]);
});

test('site-chrome: a translation widget, a cookie notice, buttons and a pager', () => {
  const lines = [
    'Chọn ngôn ngữ',
    'Được hỗ trợ bởi Google Dịch',
    'Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập trang, bạn đồng ý với chính sách cookie và chính sách bảo mật của chúng tôi.',
    'Đồng ý',
    'Về đầu trang',
    'Trang 1 2 3 Tiếp »',
    '« Trước | 1 | 2 | Sau »',
  ];
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, 'Nguyễn Văn An', ...lines].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
});

test("site-chrome: a sentence of the article, between its paragraphs, that opens with the site's words is the article's ('Giấy phép lái xe …', 'Đăng nhập ứng dụng VNeID bằng …', 'Zalo là …'); the same words on a short line, or after the article, are the site's (negative)", () => {
  const sentences = ['Đăng nhập ứng dụng VNeID bằng tài khoản định danh điện tử mức độ 2.', 'Giấy phép lái xe hạng A1 được cấp cho người điều khiển xe mô tô hai bánh.', 'Zalo là ứng dụng nhắn tin được nhiều người sử dụng nhất hiện nay.', 'Phiên làm việc buổi sáng, Hội đồng nhân dân tỉnh thảo luận về kinh tế - xã hội.'];
  const kinds = kindsOf(['Hướng dẫn người dân sử dụng ứng dụng VNeID', '05/12/2026 08:00', PROSE, ...sentences, PROSE, 'Minh Anh', 'Bản quyền thuộc Công an tỉnh Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.'].join('\n'));
  for (const line of sentences) assert.equal(kinds.get(line), 'body', line);
  assert.equal(kinds.get('Bản quyền thuộc Công an tỉnh Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.'), 'chrome');
  const short = kindsOf(['Hướng dẫn người dân sử dụng ứng dụng VNeID', '05/12/2026 08:00', PROSE, 'Đăng nhập | Đăng ký', 'Zalo', PROSE, 'Minh Anh'].join('\n'));
  for (const line of ['Đăng nhập | Đăng ký', 'Zalo']) assert.equal(short.get(line), 'chrome', line);
});

test('site-chrome: a rating widget, buttons between bars, a pager\'s next page, and prompts to scan, install, follow (the platform named alone too) or subscribe, and a read-aloud notice, in the body', () => {
  const lines = ['Đánh giá bài viết', '★★★★★', '(12 lượt đánh giá)', 'Bài viết có hữu ích với bạn không?', 'Có', 'Không', 'Bạn thấy bài viết thế nào?', 'Thích', 'Không thích', 'Đăng ký kênh Youtube của Báo Công an nhân dân', 'Theo dõi trên Google News', 'Quan tâm Zalo OA', 'Bài viết được đọc bởi trí tuệ nhân tạo', 'Trang 1 2 3 Tiếp theo »', 'Trang trước | Trang sau', 'Quét mã QR để đọc bài trên điện thoại', 'Theo dõi Công an tỉnh Bến Tre trên Zalo', 'Tải ứng dụng VNeID', 'Mời quý độc giả theo dõi các video hấp dẫn khác tại đây', 'Bạn đang đọc bài viết Bắt đối tượng trộm cắp tài sản tại chuyên mục An ninh trật tự. Thông tin phản ánh, liên hệ đường dây nóng.'];
  const kinds = kindsOf(['Tiêu đề', '21/10/2024 17:05', PROSE, ...lines, PROSE, 'Nguyễn Văn An'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get(PROSE), 'body');
});

test("site-chrome: a rating beside its count of votes ('(5/5 - 12 bình chọn)'), a pager's page of so many with spaces ('Trang 1 / 2'), and a prompt to turn on the site's notifications with its buttons ('Nhận thông báo tin mới', 'Để sau') are the page's; a sentence with a score or those words is the text's (negative)", () => {
  const lines = ['Đánh giá bài viết', '★★★★★', '(5/5 - 12 bình chọn)', 'Đánh giá: 4.5/5 (12 bình chọn)', 'Nhận thông báo tin mới', 'Đồng ý', 'Để sau', 'Trang 1 / 2'];
  const text = ['Đội tuyển bắn súng Công an tỉnh giành chiến thắng 5/5 lượt thi đấu tại giải năm nay, được 12 bình chọn của khán giả.', 'Để sau này không xảy ra vụ việc tương tự, Công an xã đã tổ chức tuyên truyền tại các thôn.'];
  const kinds = kindsOf(['Tiêu đề', '21/10/2024 17:05', PROSE, ...text, ...lines, 'Nguyễn Văn An'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  for (const line of text) assert.equal(kinds.get(line), 'body', line);
});

test("site-chrome: a paywall's prompt where a copy of a members' article stops ('Bạn cần đăng nhập để đọc tiếp bài viết này') and its account buttons are the page's; a guide's step to log in is the article's (negative)", () => {
  const prompt = ['Bạn cần đăng nhập để đọc tiếp bài viết này', 'Đăng nhập', 'Đăng ký tài khoản'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Giá xăng dầu giảm nhẹ từ chiều nay', '07-12-2026 - 14:02', PROSE, PROSE, ...prompt, 'Thái Phương'].join('\n')))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Thái Phương', 2]);
  const guide = 'Bạn cần đăng nhập tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID để thực hiện thủ tục.';
  assert.equal(kindsOf(['Hướng dẫn đăng ký tạm trú trên ứng dụng VNeID', '07/12/2026', PROSE, guide, PROSE, 'Minh Anh'].join('\n')).get(guide), 'body');
});

test("site-chrome: a post copied from a messaging app's official account (its 'Tài khoản chính thức' mark and follow button over the title, 'Xem thêm bài viết' under it) is the page's", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Công an tỉnh Tây Ninh', 'Tài khoản chính thức', 'Quan tâm', 'CẢNH BÁO THỦ ĐOẠN LỪA ĐẢO KHI MUA HÀNG TRỰC TUYẾN', '19/12/2024 10:15', PROSE, PROSE, 'Chia sẻ', 'Xem thêm bài viết'].join('\n')))).record;
  assert.deepEqual([record?.section, record?.paragraphs.length], [null, 2]);
});

test("site-chrome: an aggregator's app view over the article (a banner to open the app, the outlet's name and its follow button) is the page's; the title is under it", () => {
  const banner = ['Mở ứng dụng', 'Đọc bài viết trên ứng dụng để có trải nghiệm tốt hơn', 'Báo Hà Tĩnh', 'Theo dõi'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...banner, 'Hà Tĩnh: Hơn 2.000 ha lúa vụ đông được gieo cấy', 'Báo Hà Tĩnh · 30/11/2024 08:15', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.title, record?.source, record?.paragraphs.length], ['Hà Tĩnh: Hơn 2.000 ha lúa vụ đông được gieo cấy', 'Báo Hà Tĩnh', 2]);
});

test('site-chrome: sentences that ask to install an app, follow the news or subscribe to a channel are the article\'s (negative)', () => {
  const install = 'Tải ứng dụng VNeID về điện thoại, đăng nhập bằng tài khoản định danh mức 2.';
  const follow = 'Theo dõi sát diễn biến trên mạng xã hội';
  const invite = 'Mời quý độc giả đóng góp ý kiến cho dự thảo trước ngày 30/10.';
  const channel = 'Đăng ký kênh phát thanh của xã qua ứng dụng để nghe thông báo lịch tiêm chủng hằng tuần.';
  const kinds = kindsOf(['Tiêu đề', '21/10/2024 17:05', PROSE, install, follow, invite, channel, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(install), 'body');
  assert.equal(kinds.get(channel), 'body');
  assert.equal(kinds.get(invite), 'body');
  assert.notEqual(kinds.get(follow), 'chrome');
});

test('site-chrome: contact lines among the footer\'s lines and a search box\'s placeholder are chrome; a notice\'s contact details are the article\'s (negative)', () => {
  const footer = ['© Bản quyền thuộc Báo Kon Tum', 'Địa chỉ: 155 Bà Triệu, thành phố Kon Tum', 'Điện thoại: 0260.3862.xxx', 'Email: baokontum@gmail.com'];
  const kinds = kindsOf(['Tìm kiếm...', 'Tiêu đề', '05/04/2024 16:40', PROSE, PROSE, ...footer].join('\n'));
  for (const line of ['Tìm kiếm...', ...footer]) assert.equal(kinds.get(line), 'chrome', line);
  const contact = ['Địa chỉ: Số 6 đường Lê Thái Tổ, thành phố Ninh Bình.', 'Điện thoại: 069.2918.xxx'];
  const notice = kindsOf(['Thông báo tuyển sinh', '05/03/2024 14:30', PROSE, '3. Mọi chi tiết xin liên hệ Phòng Tổ chức cán bộ.', ...contact, 'Phòng Tổ chức cán bộ'].join('\n'));
  for (const line of contact) assert.equal(notice.get(line), 'body', line);
  // The site's footer a blank line below them is another block: the notice's lines stay the article's.
  const footed = kindsOf(['Thông báo tuyển sinh', '05/03/2024 14:30', PROSE, '3. Mọi chi tiết xin liên hệ Phòng Tổ chức cán bộ.', ...contact, 'Phòng Tổ chức cán bộ', '', ...footer].join('\n'));
  for (const line of contact) assert.equal(footed.get(line), 'body', line);
  assert.equal(footed.get(footer[0]!), 'chrome');
});

test('site-chrome: an advertisement\'s label and a read-more button with its link mark, in the middle of the body', () => {
  const kinds = kindsOf(['Tiêu đề', '18/11/2024 11:20', PROSE, 'Quảng cáo', PROSE, 'Đọc thêm >>', 'Advertisement', PROSE, 'Đức Thuận'].join('\n'));
  for (const line of ['Quảng cáo', 'Đọc thêm >>', 'Advertisement']) assert.equal(kinds.get(line), 'chrome', line);
});

test('site-chrome: a back button with its arrow, a share bar\'s copy link, a media player\'s controls and a text size button', () => {
  const top = ['← Quay lại', 'Aa'];
  const player = ['Phát', 'Tắt tiếng', 'Toàn màn hình', 'Copy link', '« Trở về'];
  const kinds = kindsOf([...top, 'Bắt giữ đối tượng trộm cắp xe máy liên tỉnh', '05/03/2024 14:20', PROSE, ...player, PROSE, 'Thu Hà'].join('\n'));
  for (const line of [...top, ...player]) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get('Bắt giữ đối tượng trộm cắp xe máy liên tỉnh'), 'title');
});

test('site-chrome: a share button with its platform, a video\'s length, and a list of earlier articles under its heading', () => {
  const lines = ['Chia sẻ qua Zalo', 'Thời lượng: 3 phút 20 giây', 'Duration: 03:20', 'Các tin đã đưa', 'Tập huấn nghiệp vụ cho Công an xã'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, lines[1], lines[2], PROSE, lines[0], 'Thu Hà', lines[3], lines[4]].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get('Thu Hà'), 'byline');
});

test('CMS templates: Joomla\'s, Blogger\'s and NukeViet\'s words around the article are the site\'s, and their credits are read', () => {
  const joomla = ['Chi tiết', 'Tuần tra kiểm soát trên tuyến quốc lộ 4D', 'Danh mục: An toàn giao thông', 'Được đăng: 07 Tháng 3 2024', 'Viết bởi Phòng Cảnh sát giao thông', PROSE, PROSE].join('\n');
  const j = extractRecord(readSource('a.txt', Buffer.from(joomla))).record;
  assert.equal(j?.title, 'Tuần tra kiểm soát trên tuyến quốc lộ 4D');
  assert.equal(j?.source, 'Phòng Cảnh sát giao thông');
  const blogger = ['Thứ Năm, ngày 07 tháng 3 năm 2024', 'Hiến máu tình nguyện', PROSE, PROSE, 'Đăng bởi Ban biên tập lúc 15:20', 'Gửi email bài đăng này', 'BlogThis!', 'Chia sẻ lên X', 'Nhãn: Đoàn thanh niên, Hiến máu'].join('\n');
  const kinds = kindsOf(blogger);
  for (const line of ['Đăng bởi Ban biên tập lúc 15:20', 'BlogThis!', 'Chia sẻ lên X']) assert.notEqual(kinds.get(line), 'body', line);
  const b = extractRecord(readSource('a.txt', Buffer.from(blogger))).record;
  assert.deepEqual(b?.tags.slice(0, 2), ['Đoàn thanh niên', 'Hiến máu']);
  assert.equal(b?.author, null);
  assert.equal(readByline('Tác giả bài viết: Hoàng Nam')?.author, 'Hoàng Nam');
});

test('CMS templates: a name after a poster label with no colon may be the writer; a sentence that opens with a page word stays (negative)', () => {
  assert.equal(posterLabelled('Đăng bởi Minh Anh lúc 15:20'), null);
  const line = 'Chi tiết vụ việc đang được cơ quan chức năng làm rõ.';
  assert.equal(kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, line, PROSE, 'Thu Hà'].join('\n')).get(line), 'body');
});

test('site-chrome: the writer named under a rating widget is the byline, not part of the widget', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '07/03/2024 16:40', PROSE, PROSE, 'Đánh giá bài viết', '★★★★☆', 'Việt Hà'].join('\n')))).record;
  assert.equal(record?.author, 'Việt Hà');
});

test('site-chrome: sentences that open with sharing or a length are the article\'s (negative)', () => {
  const lines = ['Chia sẻ qua điện thoại, ông Nam cho biết gia đình đã nhận được hỗ trợ', 'Thời lượng chương trình kéo dài 3 phút 20 giây.'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, ...lines, PROSE, 'Thu Hà'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'body', line);
});

test('summary-box: a summary box a site\'s tool drew from the article, and its note, are the site\'s; the lead under it is the article\'s', () => {
  const box = ['Tóm tắt nhanh', 'Công an tỉnh Bắc Ninh triệt phá đường dây cá độ bóng đá qua mạng.', 'Bắt giữ 12 đối tượng.', 'Nội dung được tạo bởi AI'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '08/03/2024 10:30', ...box, PROSE, PROSE, 'Phạm Dự'].join('\n')))).record;
  assert.deepEqual(record?.paragraphs, [PROSE, PROSE]);
  const sentence = 'Tóm tắt nhanh các nội dung chính của hội nghị, đồng chí Giám đốc nêu rõ ba nhiệm vụ trọng tâm trong năm.';
  assert.equal(kindsOf(['Tiêu đề', '08/03/2024 10:30', PROSE, sentence, PROSE, 'Phạm Dự'].join('\n')).get(sentence), 'body');
});

test('site-chrome: what an embedded video or map prints is chrome; a sentence that starts with its words is not (negative)', () => {
  const lines = ['Tap to unmute', "If playback doesn't begin shortly, try restarting your device.", 'Watch later', 'More videos', 'Xem bản đồ lớn hơn', 'Dữ liệu bản đồ ©2024 Google', 'Báo cáo lỗi bản đồ', 'Xem ảnh lớn'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, ...lines, PROSE, 'Thu Hà'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  const sentence = 'Điều khoản sử dụng đất được quy định tại Luật Đất đai năm 2024.';
  assert.equal(kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, sentence, PROSE, 'Thu Hà'].join('\n')).get(sentence), 'body');
});

test("site-chrome: a video player's notices, an embedded video's or post's address, a download button with its file's kind and size, a sponsor's label are chrome; a sentence naming a site's address or a download is not (negative)", () => {
  const lines = ['Your browser does not support the video tag.', 'Trình duyệt của bạn không hỗ trợ video.', 'Loading the player...', 'Video đang được xử lý...', 'Nhấn vào đây để xem video', 'Bấm vào ảnh để xem kích thước lớn', 'https://www.youtube.com/watch?v=abc123', 'youtu.be/abc123', 'https://www.facebook.com/congantinh/videos/123456789/', 'Tải xuống (PDF, 245 KB)', 'Download [DOCX - 1,2 MB]', 'Nội dung được tài trợ', 'Tiếp tục đọc bên dưới'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, ...lines, PROSE, 'Thu Hà'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  for (const sentence of ['Người dân có thể xem lại toàn bộ buổi lễ trên kênh https://www.youtube.com/@congantinh của Công an tỉnh.', 'Tải xuống ứng dụng VNeID để được hỗ trợ làm thủ tục trực tuyến.', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html']) {
    assert.equal(kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, sentence, PROSE, 'Thu Hà'].join('\n')).get(sentence), 'body', sentence);
  }
});

test("site-chrome: a link's words pointing at what the copy lost ('Xem chi tiết tại đây', 'Tải văn bản tại đây.') are chrome; a sentence of the text that says 'tại đây' is not (negative)", () => {
  const lines = ['Xem chi tiết tại đây', 'Xem toàn văn Quyết định số 1234/QĐ-UBND tại đây.', 'Tải văn bản tại đây', 'Bấm vào đây', 'Mời xem video tại đây >>'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, ...lines, PROSE, 'Thu Hà'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  for (const sentence of ['Xem xét xử lý nghiêm các trường hợp vi phạm tại đây.', 'Người dân có thể xem hướng dẫn chi tiết tại đây.', 'Xem thêm thông tin về các đối tượng đang bị truy nã trên Cổng thông tin điện tử Công an tỉnh, nơi cập nhật danh sách hằng tuần tại đây.']) {
    assert.equal(kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, sentence, PROSE, 'Thu Hà'].join('\n')).get(sentence), 'body', sentence);
  }
});

test("site-chrome: a link back to the section ('Trở lại Thời sự', with a button after it) and the editors' note on the title ('(*) Tiêu đề do Tòa soạn đặt') under the text are chrome with no byline above them; a sentence that opens with 'Trở lại' is not (negative)", () => {
  const lines = ['Trở lại Thời sự', 'Trở lại Thời sự Chia sẻ', '(*) Tiêu đề do Tòa soạn đặt'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, PROSE, ...lines].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  const sentence = 'Trở lại Thời sự cuối tuần, chương trình đã phát sóng nhiều phóng sự về an ninh trật tự ở cơ sở.';
  assert.equal(kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, sentence, PROSE, 'Thu Hà'].join('\n')).get(sentence), 'body');
});

test('social-embed: an embedded post, from the poster\'s name over its time to its reactions, is chrome, and its time is no dateline', () => {
  const post = ['Công an tỉnh Lạng Sơn', '5 tháng 3 lúc 20:15 ·', 'CẢNH BÁO LỪA ĐẢO', 'Thích', 'Bình luận', 'Chia sẻ'];
  const text = ['Tiêu đề', '06/03/2024 - 09:00', PROSE, ...post, PROSE, 'Thu Hà'].join('\n');
  const doc = kindsOf(text);
  for (const line of post) assert.equal(doc.get(line), 'chrome', line);
  assert.equal(decisionFor(text, '5 tháng 3 lúc 20:15 ·')?.rule, 'social-embed');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.date, '2024-03-06T09:00:00+07:00');
});

test('header-masthead: a social network\'s post copied whole: the account over the post\'s time is the page\'s, the post\'s first line its title, the photo\'s generated description and the reactions under the post the network\'s', () => {
  const tail = ['Có thể là hình ảnh về 3 người và văn bản', 'Tất cả cảm xúc:', '156', '12 bình luận', '8 lượt chia sẻ', 'Thích', 'Bình luận', 'Chia sẻ'];
  const text = ['Công an huyện Đức Thọ', '8 tháng 3, 2024 lúc 09:15 ·', '🔥ĐỨC THỌ: BẮT QUẢ TANG 2 ĐỐI TƯỢNG MUA BÁN MA TÚY', PROSE, PROSE, ...tail].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], ['ĐỨC THỌ: BẮT QUẢ TANG 2 ĐỐI TƯỢNG MUA BÁN MA TÚY', '2024-03-08T09:15:00+07:00', 2]);
  const kinds = kindsOf(text);
  for (const line of ['Công an huyện Đức Thọ', ...tail]) assert.equal(kinds.get(line), 'chrome', line);
});

test("header-masthead: a post's time copied without the network's dot, in its wording ('6 tháng 12 lúc 10:15', 'Hôm qua lúc 08:00'), is still its time, under its account; a paper's dateline in words with no 'lúc' is none (negative)", () => {
  for (const time of ['6 tháng 12 lúc 10:15', '6 tháng 12, 2026 lúc 10:15', 'Hôm qua lúc 08:00']) {
    // The year, which the post's time leaves out, from the text.
    const lead = 'Ngày 5/12/2026, Công an huyện Yên Thành đã bắt giữ đối tượng Nguyễn Văn Hải về hành vi trộm cắp tài sản.';
    const text = ['Công an huyện Yên Thành', time, '🔴 YÊN THÀNH: BẮT GIỮ ĐỐI TƯỢNG TRỘM CẮP TÀI SẢN', lead, PROSE, '#CongAnYenThanh', 'Thích', 'Bình luận', 'Chia sẻ'].join('\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.title, record?.paragraphs.length], ['YÊN THÀNH: BẮT GIỮ ĐỐI TƯỢNG TRỘM CẮP TÀI SẢN', 2], time);
  }
  const paper = extractRecord(readSource('a.txt', Buffer.from(['Công an huyện Yên Thành bắt giữ đối tượng trộm cắp tài sản', 'Ngày 6 tháng 12 năm 2026', PROSE, PROSE].join('\n')))).record;
  assert.equal(paper?.title, 'Công an huyện Yên Thành bắt giữ đối tượng trộm cắp tài sản');
});

test('header-masthead: a line over a dateline with no social network\'s dot is no account; a sentence that starts like a photo\'s description stays (negative)', () => {
  assert.equal(kindsOf(['Công an huyện Đức Thọ bắt 2 đối tượng mua bán ma túy', '08/03/2024 09:15', PROSE].join('\n')).get('Công an huyện Đức Thọ bắt 2 đối tượng mua bán ma túy'), 'title');
  const sentence = 'Có thể là hình ảnh do trí tuệ nhân tạo tạo ra, người dân cần cảnh giác khi xem.';
  assert.equal(kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, sentence, PROSE, 'Thu Hà'].join('\n')).get(sentence), 'body');
});

test("header-masthead: a post dated by its age alone ('5 giờ') under its account: both are the page's, the post's heading between its icons the title, its reactions with their icons the network's; the date comes from the text", () => {
  const text = ['Huyện Đoàn Yên Định', '5 giờ', '🌟 TUỔI TRẺ YÊN ĐỊNH RA QUÂN CHIẾN DỊCH "MÙA ĐÔNG ẤM" 🌟', `Sáng ngày 06/12/2026, ${PROSE}`, PROSE, '👍 125   💬 8   ↪️ 12'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], ['TUỔI TRẺ YÊN ĐỊNH RA QUÂN CHIẾN DỊCH "MÙA ĐÔNG ẤM"', '2026-12-06', 2]);
  const kinds = kindsOf(text);
  for (const line of ['Huyện Đoàn Yên Định', '5 giờ', '👍 125 💬 8 ↪️ 12']) assert.equal(kinds.get(line), 'chrome', line);
  for (const age of ['3 ngày ·', 'Hôm qua lúc 20:15', 'Vừa xong', '2 tuần trước']) assert.equal(isPostAge(age), true, age);
  for (const text of ['5 giờ sáng', '12', 'Thứ Năm, 21/11/2024']) assert.equal(isPostAge(text), false, text);
});

test("dateline: a messaging app's copy of a post ('Công an tỉnh Hà Tĩnh, [05.12.26 08:15]') dates it and names its sender, no source; the photo's placeholder over the post's heading is no title nor section", () => {
  const text = ['Công an tỉnh Hà Tĩnh, [05.12.26 08:15]', '[ Ảnh ]', '🚨 Khởi tố 3 đối tượng đánh bạc qua mạng', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.source, record?.section, record?.figures.length], ['Khởi tố 3 đối tượng đánh bạc qua mạng', '2026-12-05T08:15:00+07:00', null, null, 1]);
  assert.equal(kindsOf(text).get('[ Ảnh ]'), 'image');
});

test("header-masthead: a post's time with its status after the network's dot ('3 tháng 12 lúc 16:20 · Đã chỉnh sửa') is still its time, under its account; the translation button under the post, and the status on a line of its own, are the network's", () => {
  const text = ['Công an xã Đông Sơn', '3 tháng 12 lúc 16:20 · Đã chỉnh sửa', 'THÔNG BÁO TÌM NGƯỜI THÂN CHO CỤ ÔNG ĐI LẠC', `Khoảng 14 giờ ngày 3/12/2026, ${PROSE}`, PROSE, 'Xem bản dịch', 'Tất cả cảm xúc:', '342'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs.length], ['THÔNG BÁO TÌM NGƯỜI THÂN CHO CỤ ÔNG ĐI LẠC', '2026-12-03T16:20:00+07:00', 2]);
  assert.equal(kindsOf(text).get('Công an xã Đông Sơn'), 'chrome');
  // The status on a line of its own, under the post's hashtags.
  const own = ['Công an huyện Thạch Hà', '7 tháng 12 lúc 08:45 ·', 'CÔNG AN HUYỆN THẠCH HÀ TRAO TRẢ TÀI SẢN CHO NGƯỜI ĐÁNH RƠI', `Sáng ngày 7/12/2026, ${PROSE}`, PROSE, '#CongAnHaTinh', 'Đã chỉnh sửa', '👍❤️ 326'].join('\n');
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(own))).record?.paragraphs, [`Sáng ngày 7/12/2026, ${PROSE}`, PROSE]);
});

test("header-masthead: a headline over how long ago its page was posted ('45 phút trước') is the title, not an account (negative)", () => {
  const text = ['Giá xăng giảm nhẹ từ 15 giờ chiều nay', '45 phút trước', 'Thứ Năm, 21/11/2024 - 14:15', PROSE, PROSE, 'Thu Hường'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.title, 'Giá xăng giảm nhẹ từ 15 giờ chiều nay');
});

test('table-of-contents: the heading and the entries printed again further down are the page\'s; the subheadings stay the article\'s', () => {
  const text = ['Emagazine', 'Những người hùng thầm lặng', '09/03/2024 - 06:00', 'Mục lục', 'Những chuyến đi không hẹn ngày về', 'Hiểm nguy rình rập', 'Những chuyến đi không hẹn ngày về', PROSE, 'Hiểm nguy rình rập', PROSE, 'Thu Hằng'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.paragraphs, ['Những chuyến đi không hẹn ngày về', PROSE, 'Hiểm nguy rình rập', PROSE]);
  assert.equal(record?.section, 'Emagazine');
  assert.equal(decisionFor(text, 'Mục lục')?.rule, 'table-of-contents');
});

test('table-of-contents: a heading over lines the article does not print again is left alone (negative)', () => {
  const text = ['Tiêu đề', '09/03/2024 - 06:00', PROSE, 'Nội dung chính', 'Hội nghị thông qua ba nghị quyết quan trọng', PROSE, 'Thu Hằng'].join('\n');
  assert.notEqual(decisionFor(text, 'Nội dung chính')?.rule, 'table-of-contents');
  assert.notEqual(kindsOf(text).get('Hội nghị thông qua ba nghị quyết quan trọng'), 'chrome');
});

test("social-embed: a page's buttons under its own relative time and dateline ('Lưu', 'Chia sẻ', 'Facebook') make no post of the title: a post says something between its time and its reactions (negative)", () => {
  const title = 'Triệt phá đường dây đánh bạc qua mạng quy mô 500 tỷ đồng';
  for (const buttons of [[], ['Lưu']]) {
    const text = ['Pháp luật', title, '3 giờ trước', '21/08/2024 | 15:20', ...buttons, 'Chia sẻ', 'Facebook', 'Zalo', PROSE, PROSE, 'Minh Khôi'].join('\n');
    assert.notEqual(decisionFor(text, '3 giờ trước')?.rule, 'social-embed', buttons.join());
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.title, record?.date, record?.section], [title, '2024-08-21T15:20:00+07:00', 'Pháp luật'], buttons.join());
  }
});

test('social-embed: a time with its dot but no reactions under it is no embedded post (negative)', () => {
  const text = ['Tiêu đề', '06/03/2024 - 09:00', PROSE, 'Công an tỉnh Lạng Sơn', '5 tháng 3 lúc 20:15 ·', PROSE, 'Thu Hà'].join('\n');
  assert.notEqual(decisionFor(text, '5 tháng 3 lúc 20:15 ·')?.rule, 'social-embed');
  assert.notEqual(kindsOf(text).get('Công an tỉnh Lạng Sơn'), 'chrome');
});

test("copy-tool: what the tool a page was copied from prints (a web archive's banner, a search engine's cache notice, an email's web-version link and footer) is the tool's at any length; a sentence that names the tool is the text's (negative)", () => {
  const tools = ['The Wayback Machine - https://web.archive.org/web/20261203082211/https://congan.quangngai.gov.vn/tin-tuc/bat-giu-123.html', "Đây là bộ nhớ cache của Google của https://baohatinh.vn/a.html. Đây là ảnh chụp nhanh của trang vì trang đã xuất hiện vào 4 thg 12, 2026 10:21:33 GMT.", 'Phiên bản chỉ có văn bản', 'Xem bản tin trên trình duyệt'];
  const footer = ['Bạn nhận được email này vì đã đăng ký nhận bản tin của Công an tỉnh Nghệ An.', 'Hủy đăng ký | Cập nhật thông tin'];
  const text = [...tools, 'Bắt giữ đối tượng trộm cắp xe máy liên tỉnh', '02/12/2026 16:40', PROSE, PROSE, 'Hoàng Long', ...footer].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.author, record?.paragraphs.length], ['Bắt giữ đối tượng trộm cắp xe máy liên tỉnh', 'Hoàng Long', 2]);
  for (const line of tools) assert.equal(decisionFor(text, line)?.rule, 'copy-tool', line);
  const sentence = 'Hủy đăng ký kết hôn là thủ tục mà nhiều người dân còn lúng túng khi thực hiện tại xã.';
  assert.equal(kindsOf(['Tiêu đề bài viết về hộ tịch', '05/12/2026', PROSE, sentence, PROSE, 'Thu Hà'].join('\n')).get(sentence), 'body');
});

test("copy-tool: under a web archive's banner the page's own lines still stand at its top (the address a print view prints there); under a cache's notice, a second dateline is the page's, not a quoted letter's", () => {
  const address = 'https://congan.vinhphuc.gov.vn/tin-tuc/cong-an-tinh-to-chuc-hoi-thao';
  const printed = ['The Wayback Machine - https://web.archive.org/web/20261203082211/https://congan.vinhphuc.gov.vn/tin-tuc/a.html', address, 'Công an tỉnh tổ chức hội thảo về chuyển đổi số', '10/04/2024 08:00', PROSE, PROSE].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(printed))).record?.title, 'Công an tỉnh tổ chức hội thảo về chuyển đổi số');
  const cached = ['Đây là bộ nhớ cache của Google của https://example.vn/a.html. Đây là ảnh chụp nhanh của trang vì trang đã xuất hiện vào 4 thg 12, 2026 10:21:33 GMT.', 'Khởi tố vụ án lừa đảo qua mạng', 'Đăng lúc: 08:30 ngày 12/05/2022', 'Cập nhật lúc: 16:45 ngày 13/05/2022', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(cached))).record;
  assert.deepEqual([record?.updated, record?.paragraphs.length], ['2022-05-13T16:45:00+07:00', 2]);
});

test("site-chrome: a newsletter's or paper's name with its issue's number ('BẢN TIN CÔNG AN NGHỆ AN - SỐ 48/2026') is its masthead, not the section; a headline that names a decree's number is the text's (negative)", () => {
  const text = ['BẢN TIN CÔNG AN NGHỆ AN - SỐ 48/2026', 'Nghệ An: Tuyên truyền phòng chống cháy nổ mùa hanh khô', 'Thứ Sáu, 04/12/2026', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section], ['Nghệ An: Tuyên truyền phòng chống cháy nổ mùa hanh khô', null]);
  const decree = 'Hướng dẫn thi hành Nghị định số 168';
  assert.equal(kindsOf(['Tiêu đề bài viết thử nghiệm', '06/12/2026', PROSE, decree, PROSE, 'Thu Hà'].join('\n')).get(decree), 'body');
});

test("site-chrome: a printed page's number between dashes ('- 1 -'), left in a copy from a document, is the page's; a list item that opens with a number is the text's (negative)", () => {
  const item = '- 1 lớp tập huấn cho 45 học viên -';
  const kinds = kindsOf(['Tiêu đề bài viết thử nghiệm', '06/12/2026', PROSE, '- 1 -', PROSE, '— 12 —', PROSE, item, 'Thu Hà'].join('\n'));
  assert.deepEqual([kinds.get('- 1 -'), kinds.get('— 12 —')], ['chrome', 'chrome']);
  assert.equal(kinds.get(item), 'body');
});

test('site-chrome: a page of pages from a copied document and the mark that ends a text are the site\'s; sentences with their words are not (negative)', () => {
  const lines = ['Trang 1/2', 'Page 1 of 2', '--- Hết ---', '(HẾT)'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 09:00', PROSE, lines[0], lines[1], PROSE, lines[2], lines[3], 'Thanh Nhàn'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  const sentences = ['Hết giờ làm việc, các chiến sĩ vẫn ở lại đơn vị trực sẵn sàng chiến đấu.', 'Trang 1/2 của hồ sơ ghi rõ quá trình công tác của đối tượng.'];
  const body = kindsOf(['Tiêu đề', '05/03/2024 09:00', PROSE, ...sentences, PROSE, 'Thanh Nhàn'].join('\n'));
  for (const line of sentences) assert.equal(body.get(line), 'body', line);
});

test('site-chrome: a page\'s report, feedback and subscribe buttons and its sponsored labels; sentences with their words stay (negative)', () => {
  const lines = ['Báo lỗi', 'Góp ý', 'Gửi bài cho tòa soạn', 'Theo dõi chúng tôi trên', 'Nhận tin qua email', 'Đăng ký kênh YouTube', 'Tài trợ', 'Nội dung tài trợ', 'PR', 'Quan tâm', 'Theo dõi', 'Báo cáo vi phạm', 'Sao chép', 'Xem trên trình duyệt', 'Hủy đăng ký nhận tin'];
  const kinds = kindsOf(['Tiêu đề bài viết quan trọng', '07/03/2024 10:00', PROSE, ...lines, PROSE, 'Minh Anh'].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
  const sentences = ['Góp ý cho dự thảo luật được nhiều đại biểu quan tâm.', 'Tài trợ của các doanh nghiệp đã giúp xây 20 ngôi nhà.'];
  const body = kindsOf(['Tiêu đề bài viết quan trọng', '07/03/2024 10:00', PROSE, ...sentences, PROSE, 'Minh Anh'].join('\n'));
  for (const line of sentences) assert.equal(body.get(line), 'body', line);
});

test('site-chrome: a line that only starts with a button\'s word, after an arrow or not, is the article\'s (negative)', () => {
  const lines = ['Phát hiện 3 đối tượng tàng trữ ma túy', '← Quay lại hiện trường vụ cháy'];
  const kinds = kindsOf(['Tiêu đề', '05/03/2024 14:20', PROSE, ...lines, PROSE, 'Thu Hà'].join('\n'));
  for (const line of lines) assert.notEqual(kinds.get(line), 'chrome', line);
});

test('site-chrome: a home link alone on its line, over the section and the title', () => {
  const kinds = kindsOf(['Trang chủ', 'Tin tức - Sự kiện', 'Trao quyết định bổ nhiệm Phó Giám đốc', '08/07/2024 16:10', PROSE, 'Thanh Thủy'].join('\n'));
  assert.equal(kinds.get('Trang chủ'), 'chrome');
  assert.equal(kinds.get('Trao quyết định bổ nhiệm Phó Giám đốc'), 'title');
});

test('site-chrome: attached documents with their download and view buttons, and a social bar\'s counts', () => {
  const lines = ['KH-45-UBND-2024.pdf', 'Phu-luc kem theo.docx (245 KB)', 'Tải về', '👍 1,2K   💬 34 bình luận   ↗ 12 lượt chia sẻ'];
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, 'Nguyễn Văn An', ...lines].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line.replace(/\s+/g, ' ')), 'chrome', line);
  // With no byline over them, the buttons are told by their own words.
  const unsigned = kindsOf(['Tiêu đề', '07/12/2026', PROSE, PROSE, 'TB-125-UBND.pdf', 'Văn bản gốc', 'Xem trực tuyến'].join('\n'));
  for (const line of ['Văn bản gốc', 'Xem trực tuyến']) assert.equal(unsigned.get(line), 'chrome', line);
  // The label over the attachments, in the words portals print (`Văn bản đính kèm:`, `Tài liệu đính kèm`), between the text and the byline.
  for (const label of ['Văn bản đính kèm:', 'Tài liệu đính kèm', 'Tập tin đính kèm:']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '07/12/2026', PROSE, PROSE, label, 'ke-hoach-ra-quan.pdf', 'Phan Thanh'].join('\n')))).record;
    assert.deepEqual([record?.paragraphs.length, record?.author], [2, 'Phan Thanh'], label);
  }
});

test('site-chrome: a sentence naming a document, or counting comments, is body (negative)', () => {
  const named = 'Toàn văn Kế hoạch được đăng tại tệp KH-45.pdf trên cổng thông tin.';
  const counted = 'Bài viết nhận được 34 bình luận của bạn đọc cả nước.';
  const kinds = kindsOf(['Tiêu đề', PROSE, named, counted, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(named), 'body');
  assert.equal(kinds.get(counted), 'body');
});

test('site-chrome: the language switch, the reading time and a read-aloud player\'s buttons', () => {
  const head = ['Tiếng Việt | English', 'VI  EN', 'Nghe đọc bài', 'Dừng đọc', 'Thời gian đọc: 3 phút', '2 phút đọc'];
  const kinds = kindsOf([...head, 'Tiêu đề bài viết', '05/07/2024 08:15', PROSE, PROSE, 'Nguyễn Văn An'].join('\n'));
  for (const line of head) assert.equal(kinds.get(line.replace(/\s+/g, ' ')), 'chrome', line);
  assert.equal(kinds.get('Tiêu đề bài viết'), 'title');
});

test("site-chrome: a read-aloud player's button in its short wordings ('Nghe bài', 'Nghe tin', 'Nghe tóm tắt') under the dateline, and a quick-read switch ('Đọc nhanh', 'Đọc đầy đủ') under the title, are the page's; a sentence that opens with the same words is the article's (negative)", () => {
  for (const button of ['Nghe bài', 'Nghe tin', 'Nghe tóm tắt']) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '06/12/2026 15:10', button, '0:00', PROSE, PROSE, 'Ngọc Hà'].join('\n')))).record;
    assert.deepEqual(record?.paragraphs, [PROSE, PROSE], button);
  }
  // A quick-read switch under the title: the page's buttons too.
  const switched = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', 'Đọc nhanh', 'Đọc đầy đủ', '06/12/2026 15:10', PROSE, PROSE, 'Ngọc Hà'].join('\n')))).record;
  assert.deepEqual([switched?.title, switched?.paragraphs], ['Tiêu đề bài viết', [PROSE, PROSE]]);
  const sentence = 'Nghe tin báo, lực lượng chức năng đã có mặt tại hiện trường.';
  assert.equal(kindsOf(['Tiêu đề bài viết', '06/12/2026 15:10', PROSE, sentence, PROSE, 'Ngọc Hà'].join('\n')).get(sentence), 'body');
});

test('site-chrome: a read-aloud player\'s speed, under its label or as a row of choices; a speed limit is the article\'s (negative)', () => {
  const player = ['Tốc độ: 1x', '0.75x 1x 1.25x 1.5x', 'Speed: x1.5'];
  const limit = 'Tốc độ: 60 km/h';
  const kinds = kindsOf(['Tiêu đề', '05/07/2024 08:15', PROSE, ...player, limit, PROSE, 'Nguyễn Văn An'].join('\n'));
  for (const line of player) assert.equal(kinds.get(line), 'chrome', line);
  assert.equal(kinds.get(limit), 'body');
});

test('site-chrome: minutes in a sentence, and a country beside another, are the article\'s (negative)', () => {
  const minutes = 'Xe cứu thương đến bệnh viện chỉ sau 12 phút, kịp thời cấp cứu cho bệnh nhân.';
  const kinds = kindsOf(['Tiêu đề', PROSE, minutes, 'Việt Nam | Lào | Campuchia', PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(minutes), 'body');
  assert.notEqual(kinds.get('Việt Nam | Lào | Campuchia'), 'chrome');
});

test('site-chrome: sentences that start like a button or hold page numbers are body (negative)', () => {
  const back = 'Quay lại hiện trường vụ cháy, lực lượng chức năng tiếp tục khám nghiệm.';
  const pages = 'Trang 2 của biên bản ghi rõ 3 đối tượng tham gia.';
  const kinds = kindsOf(['Tiêu đề', PROSE, back, pages, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(back), 'body');
  assert.equal(kinds.get(pages), 'body');
});

test('site-chrome: a unit whose name folds like a button (Phòng Tổ chức cán bộ, not Phóng to) is no chrome (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', '15/10/2024', PROSE, PROSE, 'Phòng Tổ chức cán bộ'].join('\n'));
  assert.equal(kinds.get('Phòng Tổ chức cán bộ'), 'byline');
  assert.equal(kindsOf(['Tiêu đề', '15/10/2024', PROSE, 'Phóng to', PROSE, 'Minh Anh'].join('\n')).get('Phóng to'), 'chrome');
});

test('byline: a CMS account where the byline stands credits nobody', () => {
  for (const account of ['Ban Biên tập', 'BBT']) {
    const d = decisionFor(['Tiêu đề', '12/03/2024', PROSE, PROSE, account].join('\n'), account);
    assert.equal(d?.kind, 'account', account);
  }
});

test('byline: a CMS account under the writer\'s label, or named for the site\'s unit, credits nobody; a writer under the label is read (negative)', () => {
  const text = ['Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số', 'Ngày 08/03/2024 14:20:15', 'Tác giả: Admin Công an huyện', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.source, record?.paragraphs.length, record?.date], [null, null, 2, '2024-03-08T14:20:15+07:00']);
  assert.deepEqual(readByline('Tác giả: Admin Công an huyện'), { author: null, source: null, form: "labelled 'tác giả', a CMS account" });
  assert.equal(readByline('Tác giả: Hoàng Lâm')?.author, 'Hoàng Lâm');
  assert.equal(decisionFor(['Tiêu đề', '12/03/2024', PROSE, PROSE, 'Admin Công an huyện'].join('\n'), 'Admin Công an huyện')?.kind, 'account');
  // The editorial board's initials before the site's name, likewise.
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '12/03/2024', PROSE, PROSE, 'BBT Website'].join('\n')))).record?.author, null);
});

test('site-chrome: a block heading that is a section name, above the title, is the section (negative)', () => {
  const d = decisionFor(['Video', 'Xe tải mất lái lao vào nhà dân', '15/04/2024 21:10', PROSE, PROSE].join('\n'), 'Video');
  assert.equal(d?.kind, 'section');
  assert.equal(d?.fields?.section, 'Video');
});

test('related-block: the heading and the list of other titles under it are chrome', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, 'Tin liên quan', 'Bắt giữ đối tượng trộm cắp tài sản', 'Triển khai cao điểm tấn công tội phạm'].join('\n'));
  assert.equal(kinds.get('Tin liên quan'), 'chrome');
  assert.equal(kinds.get('Bắt giữ đối tượng trộm cắp tài sản'), 'chrome');
  // `Bài viết cùng chuyên mục:` over its titles as a dashed list.
  const dashed = kindsOf(['Tiêu đề', PROSE, PROSE, 'Bài viết cùng chuyên mục:', '- Hội nghị cha mẹ học sinh đầu năm học 2026-2027', '- Kết quả hội khỏe Phù Đổng cấp trường'].join('\n'));
  for (const line of ['Bài viết cùng chuyên mục:', '- Kết quả hội khỏe Phù Đổng cấp trường']) assert.equal(dashed.get(line), 'chrome', line);
});

test("related-block: the byline under a box of headlines between the text and it (a team, a source after its label) closes the article, as a writer's name does; a unit standing alone there reads as a headline does, and under a first item that credits the list's items are the box's (negative)", () => {
  const box = ['Tin liên quan', 'Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'Khởi tố vụ án lừa đảo qua mạng xã hội'];
  const read = (...end: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '05/12/2026 08:00', PROSE, PROSE, ...box, ...end].join('\n')))).record;
  assert.deepEqual([read('Nhóm PV', 'Theo TTXVN')?.author, read('Nhóm PV', 'Theo TTXVN')?.source, read('Nhóm PV', 'Theo TTXVN')?.paragraphs.length], ['Nhóm PV', 'TTXVN', 2]);
  const signed = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '05/12/2026 08:00', 'Bài và ảnh: Quang Minh', PROSE, PROSE, 'Tin cùng chuyên mục', 'Thứ trưởng Lê Quốc Hùng làm việc tại Công an tỉnh Hà Giang', 'Bộ Công an tổng kết công tác năm 2026'].join('\n')))).record;
  assert.deepEqual([signed?.author, signed?.source], ['Quang Minh', null]);
  const units = kindsOf(['Tiêu đề bài viết', '05/12/2026 08:00', PROSE, PROSE, 'Minh Anh', 'Liên kết website', 'Bộ Công an', 'Công an tỉnh Hà Tĩnh'].join('\n'));
  assert.equal(units.get('Công an tỉnh Hà Tĩnh'), 'chrome');
});

test("related-block: a list of the site's other items is named by an opener, a kind and a relation ('Các thông báo khác', 'Những tin mới hơn', 'Nghe thêm các podcast khác'); a kind alone heads nothing (negative)", () => {
  for (const heading of ['Các thông báo khác', 'Những tin mới hơn', 'Nghe thêm các podcast khác', 'Văn bản liên quan', 'Xem các sự kiện khác']) {
    const kinds = kindsOf(['Tiêu đề bài viết', '05/03/2024 08:15', PROSE, PROSE, heading, 'Thông báo tuyển dụng viên chức năm 2026', 'Thông báo kết quả lựa chọn nhà thầu'].join('\n'));
    for (const line of [heading, 'Thông báo kết quả lựa chọn nhà thầu']) assert.equal(kinds.get(line), 'chrome', `${heading}: ${line}`);
  }
  const subheading = kindsOf(['Tiêu đề bài viết', '05/03/2024 08:15', PROSE, PROSE, 'Những sự kiện', 'Hội thi văn nghệ quần chúng chào mừng năm mới', PROSE].join('\n'));
  assert.equal(subheading.get('Hội thi văn nghệ quần chúng chào mừng năm mới'), 'body');
});

test("related-block: what a site suggests under the article ('Có thể bạn quan tâm', 'Đừng bỏ lỡ') and its galleries ('Ảnh hoạt động', 'Video clip') head lists of other titles, with no byline above them", () => {
  for (const heading of ['Có thể bạn quan tâm', 'Đừng bỏ lỡ', 'You may also like', 'Ảnh hoạt động', 'Video clip']) {
    const kinds = kindsOf(['Tiêu đề bài viết', '05/03/2024 08:15', PROSE, PROSE, heading, 'Bắt đối tượng trộm cắp tài sản tại chợ Đông Hà', 'Khởi tố 3 đối tượng tàng trữ trái phép chất ma túy'].join('\n'));
    for (const line of [heading, 'Bắt đối tượng trộm cắp tài sản tại chợ Đông Hà']) assert.equal(kinds.get(line), 'chrome', `${heading}: ${line}`);
  }
});

test("related-block: with no byline to end the article, the site's blocks under it are told by their headings: the most read ('Tin đọc nhiều') with numbered titles, a poll ('Bình chọn'), the author box's links, a rating prompt", () => {
  const tail = ['Tin đọc nhiều', '1. Khởi tố vụ án lừa đảo chiếm đoạt tài sản qua mạng xã hội', '2. Phú Thọ tăng cường kiểm tra nồng độ cồn dịp nghỉ lễ', 'Bình chọn', 'Bạn đã từng nhận được tin nhắn lừa đảo chưa?', 'Đã từng', 'Chưa từng', 'Bạn đánh giá bài viết này thế nào?', 'Gửi đánh giá', 'Xem các bài viết khác của tác giả'];
  const kinds = kindsOf(['Tiêu đề bài viết về an ninh trật tự', '07/03/2024 11:00', PROSE, PROSE, ...tail].join('\n'));
  for (const line of tail) assert.equal(kinds.get(line), 'chrome', line);
});

test('related-link: a headline after a link mark is chrome, in the body too', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, '>> Bắt đối tượng tàng trữ 2 kg ma túy đá', '► Triệt phá đường dây mua bán ma túy', PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get('>> Bắt đối tượng tàng trữ 2 kg ma túy đá'), 'chrome');
  assert.equal(kinds.get('► Triệt phá đường dây mua bán ma túy'), 'chrome');
});

test('related-link and site-chrome: a pointing hand before a headline, and an embedded video\'s labels, in the body', () => {
  const kinds = kindsOf(['Tiêu đề', '26/06/2024 10:30', PROSE, '👉 Xem thêm: Bắt giữ 2 đối tượng vận chuyển 6 bánh heroin', 'YouTube video player', 'Xem trên YouTube', PROSE, 'Lò Văn Tiến'].join('\n'));
  for (const line of ['👉 Xem thêm: Bắt giữ 2 đối tượng vận chuyển 6 bánh heroin', 'YouTube video player', 'Xem trên YouTube']) assert.equal(kinds.get(line), 'chrome', line);
});

test("site-chrome: 'Đọc thêm:' before another article's headline in the body, and 'Nghe podcast' under the dateline, are the site's", () => {
  const text = ['Khởi công cầu vượt sông Hậu thứ ba', '07/12/2026 09:12 GMT+7', 'Nghe podcast', PROSE, 'Đọc thêm: Cần Thơ đề xuất làm đường cao tốc nối với Vĩnh Long', PROSE, 'CHÍ QUỐC'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.paragraphs.length, record?.author], [2, 'Chí Quốc']);
});

test('related-link: a sentence after a mark is body (negative)', () => {
  const line = '» Lực lượng chức năng đã thu giữ 6.000 viên ma túy tổng hợp.';
  assert.equal(kindsOf(['Tiêu đề', PROSE, line, PROSE, 'Nguyễn Văn An'].join('\n')).get(line), 'body');
});

test('standalone-caption: where paragraphs are indented, an indented line is a paragraph', () => {
  const line = 'Đồng chí Lê Thị Thủy, Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị.';
  const text = ['Tiêu đề', PROSE, `    ${PROSE}`, `    ${PROSE}`, `    ${line}`, '', 'Tác giả: Đức Minh'].join('\n');
  assert.equal(kindsOf(text).get(line), 'body');
  const unindented = ['Tiêu đề', PROSE, `    ${PROSE}`, `    ${PROSE}`, line, `    ${PROSE}`, '', 'Tác giả: Đức Minh'].join('\n');
  assert.equal(kindsOf(unindented).get(line), 'caption');
  // An indent every line has, the title's too, is the copy's margin: the caption is told apart as without it.
  const margin = ['Tiêu đề', PROSE, PROSE, line, PROSE, '', 'Tác giả: Đức Minh'].map((l) => (l ? `\t${l}` : l)).join('\n');
  assert.equal(kindsOf(margin).get(line), 'caption');
});

test('related-block: an English page\'s related news under its heading are chrome', () => {
  const kinds = kindsOf(['Police rescue 12 workers trapped in flooded mine', 'March 21, 2024 - 17:45', PROSE, PROSE, 'Related news', 'Lào Cai police seize 20kg of drugs near border', 'See also', 'Flash floods hit northern provinces'].join('\n'));
  for (const line of ['Related news', 'Lào Cai police seize 20kg of drugs near border', 'Flash floods hit northern provinces']) assert.equal(kinds.get(line), 'chrome', line);
});

test("related-block: a blog's post navigation ('Điều hướng bài viết' over the previous and next posts' titles, with their arrows) is the site's", () => {
  const posts = ['← Xã Tân Phú ra quân tổng vệ sinh môi trường', 'Tập huấn công tác chuyển đổi số cho cán bộ xã →'];
  const kinds = kindsOf(['Hội nghị sơ kết công tác dân vận', 'Tháng Bảy 12, 2024 bởi admin', PROSE, PROSE, 'Điều hướng bài viết', ...posts].join('\n'));
  for (const line of ['Điều hướng bài viết', ...posts]) assert.equal(kinds.get(line), 'chrome', line);
});

test('related-block and site-chrome: a blog\'s comment link under the article, and the text size control under its label, are the site\'s', () => {
  const kinds = kindsOf(['Hướng dẫn đăng ký tạm trú trực tuyến', '18/04/2024', 'Kích thước chữ: A A A', PROSE, PROSE, 'Leave a comment'].join('\n'));
  for (const line of ['Kích thước chữ: A A A', 'Leave a comment']) assert.equal(kinds.get(line), 'chrome', line);
});

test('tag-chips: short lines under the last paragraph to the end of the page are its keyword links; a list the text opens, or a writer over their unit, is not (negative)', () => {
  const chips = ['Làm giả giấy tờ', 'Công an TP.HCM', 'Triệt phá đường dây'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Phá đường dây làm giả giấy tờ', 'Đình Huy', '22/04/2024 19:05', PROSE, 'Vụ án đang được mở rộng điều tra.', ...chips].join('\n')))).record;
  assert.deepEqual([record?.author, record?.source, record?.paragraphs.length], ['Đình Huy', null, 2]);
  assert.deepEqual(record?.tags.filter((t) => chips.includes(t)), chips);
  // The labelled keywords after them too.
  const labelled = extractRecord(readSource('a.txt', Buffer.from(['Phá đường dây làm giả giấy tờ', 'Đình Huy', '22/04/2024 19:05', PROSE, 'Vụ án đang được mở rộng điều tra.', ...chips, 'Từ khóa: an ninh, trật tự'].join('\n')))).record;
  assert.deepEqual([labelled?.source, labelled?.paragraphs.length, labelled?.tags.filter((t) => chips.includes(t))], [null, 2, chips]);
  const list = kindsOf(['Tiêu đề bài viết về diễn tập', '12/03/2024 08:00', PROSE, 'Các lực lượng tham gia diễn tập gồm:', 'Cảnh sát giao thông', 'Cảnh sát cơ động', 'Dân quân tự vệ'].join('\n'));
  assert.equal(list.get('Cảnh sát cơ động'), 'body');
  const writer = kindsOf(['Tiêu đề bài viết về diễn tập', '12/03/2024 08:00', PROSE, PROSE, 'Thượng úy Lê Văn An', 'Phòng Tham mưu', 'Công an tỉnh Nghệ An'].join('\n'));
  assert.equal(writer.get('Phòng Tham mưu'), 'byline');
});

test("tag-chips: links in lower case one under the other ('Bến Tre' / 'đấu thầu' / 'thiết bị y tế'), joined as a wrapped sentence's lines, are each a link; a sentence wrapped over short lines, with its stop, is none (negative)", () => {
  const read = (...end: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Khởi tố vụ án sai phạm trong đấu thầu thiết bị y tế', 'LÊ HÙNG', '05/12/2026 21:10', PROSE, PROSE, ...end].join('\n')))).record;
  const record = read('Bến Tre', 'đấu thầu', 'thiết bị y tế');
  assert.deepEqual([record?.paragraphs.length, record?.figures.length, record?.tags.filter((t) => ['Bến Tre', 'đấu thầu', 'thiết bị y tế'].includes(t))], [2, 0, ['Bến Tre', 'đấu thầu', 'thiết bị y tế']]);
  assert.deepEqual(read('Hội nghị kết thúc', 'trong không khí', 'vui tươi.')?.tags.filter((t) => t.startsWith('Hội nghị') || t.startsWith('trong')), []);
});

test("tag-chips: a short line the page left between the last paragraph and the byline makes no links of the credits under it: a team and a source after its label ('Nhóm PV' / 'Theo TTXVN'), a writer and unit in capitals, close the article", () => {
  const read = (...end: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '05/12/2026 08:00', PROSE, PROSE, 'Góc nhìn chuyên gia', ...end].join('\n')))).record;
  assert.deepEqual([read('Nhóm PV', 'Theo TTXVN')?.author, read('Nhóm PV', 'Theo TTXVN')?.source], ['Nhóm PV', 'TTXVN']);
  assert.equal(read('MINH QUÂN', 'CÔNG AN HUYỆN TAM ĐẢO')?.author, 'Minh Quân');
});

test("tag-chips: the writer's name between the last paragraph and the links, and a link that names a place in capitalised words ('Đèo Khánh Lê'); a second writer's name under the first is no link (negative)", () => {
  const chips = ['Tai nạn giao thông', 'Đèo Khánh Lê', 'Xe khách'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Ô tô khách lao xuống vực trên đèo Khánh Lê', '06/12/2026 06:30', PROSE, 'Nguyên nhân vụ tai nạn đang được điều tra.', 'Xuân Ngọc', ...chips].join('\n')))).record;
  assert.deepEqual([record?.author, record?.tags.filter((t) => chips.includes(t))], ['Xuân Ngọc', chips]);
  const writers = extractRecord(readSource('a.txt', Buffer.from(['Ô tô khách lao xuống vực trên đèo Khánh Lê', '06/12/2026 06:30', PROSE, 'Nguyên nhân vụ tai nạn đang được điều tra.', 'Minh Anh', 'Hoàng Long', 'Xe khách', 'Tai nạn giao thông'].join('\n')))).record;
  assert.deepEqual(writers?.tags.filter((t) => ['Hoàng Long', 'Xe khách'].includes(t)), []);
});

test("related-block: a list of headlines in the middle of the text ends where the article's text goes on: a short sentence with its stop, a line that opens a list or is its item, a subheading in capitals (negative)", () => {
  const block = ['Tin liên quan:', 'Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'Ra quân cao điểm tấn công trấn áp tội phạm'];
  for (const next of ['Triển lãm kéo dài đến hết ngày 30/5.', 'Các nội dung trọng tâm của đợt cao điểm gồm:', '- Giữ vững an ninh chính trị trên địa bàn;', 'KẾT QUẢ NỔI BẬT']) {
    const kinds = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, ...block, next, PROSE, 'Nguyễn Văn An'].join('\n'));
    assert.equal(kinds.get('Ra quân cao điểm tấn công trấn áp tội phạm'), 'chrome', next);
    assert.equal(kinds.get(next), 'body', next);
  }
});

test("related-block: a box of headlines in the middle of the text (under 'Tin liên quan:', or 'ĐỌC THÊM') ends at a line marked otherwise than its first headline (a numbered subheading, an interview's dashed question, a label the first has not, 'PV:' or 'Họ tên:', not a headline's place, the writer's name) and at a subheading of a few words over the text going on; headlines printed alike, and short ones at the end of the page, stay the box's (negative)", () => {
  const block = ['Tin liên quan:', 'Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'Ra quân cao điểm tấn công trấn áp tội phạm'];
  const sentence = 'Theo Bộ Công an, từ năm 2019 đến nay, lực lượng chức năng đã phát hiện, điều tra hàng trăm vụ mua bán người.';
  for (const next of ['1. Tăng cường phối hợp giữa các lực lượng', '- Thưa anh, công việc của một cảnh sát khu vực bắt đầu từ đâu?', 'Thủ đoạn ngày càng tinh vi', 'PV: Xin đồng chí cho biết kết quả công tác phòng, chống ma túy thời gian qua?', 'Họ tên: NGUYỄN VĂN HÙNG']) {
    const kinds = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, ...block, next, sentence, PROSE, 'Nguyễn Văn An'].join('\n'));
    assert.equal(kinds.get('Ra quân cao điểm tấn công trấn áp tội phạm'), 'chrome', next);
    assert.equal(kinds.get(next), 'body', next);
  }
  // A read-more label alone ('ĐỌC THÊM') heads such a box too.
  const more = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, 'ĐỌC THÊM', 'Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'Họ tên: NGUYỄN VĂN HÙNG', PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.deepEqual([more.get('Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ'), more.get('Họ tên: NGUYỄN VĂN HÙNG')], ['chrome', 'body']);
  // A box under the article's last paragraph ends at the writer's name under it, which closes the article.
  const signed = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '07/12/2026', PROSE, 'ĐỌC THÊM', 'Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', 'Phan Trâm'].join('\n')))).record;
  assert.deepEqual([signed?.author, signed?.paragraphs.length], ['Phan Trâm', 1]);
  // A dashed box under a subheading of more words, unmarked, over the text.
  const subheading = 'Lực lượng nòng cốt trong bảo vệ an ninh trật tự ở cơ sở';
  const dashed = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, 'Tin liên quan:', '- Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ', '- Ra quân cao điểm tấn công trấn áp tội phạm', subheading, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.deepEqual([dashed.get('- Ra quân cao điểm tấn công trấn áp tội phạm'), dashed.get(subheading)], ['chrome', 'body']);
  // The last of headlines printed alike, over the text, is the box's when it is as long as a headline.
  const last = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, ...block, 'Khởi tố 3 đối tượng tàng trữ trái phép chất ma túy tại Đông Hà', sentence, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(last.get('Khởi tố 3 đối tượng tàng trữ trái phép chất ma túy tại Đông Hà'), 'chrome');
  // A headline that names its place with a colon ('Lâm Đồng: …', 'TP Hồ Chí Minh: …') opens with no label: it stays the box's, at the end of the page too.
  for (const placed of ['Lâm Đồng: Sạt lở đất trên đèo Mimosa', 'TP Hồ Chí Minh: Mưa lớn gây ngập nhiều tuyến đường']) {
    const inText = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, ...block, placed, sentence, PROSE, 'Nguyễn Văn An'].join('\n'));
    const atEnd = kindsOf(['Tiêu đề bài viết', '07/12/2026', PROSE, PROSE, 'Nguyễn Văn An', ...block, placed].join('\n'));
    assert.deepEqual([inText.get(placed), atEnd.get(placed)], ['chrome', 'chrome'], placed);
  }
  const numbered = ['Tin đọc nhiều', '1. Khởi tố vụ án lừa đảo qua mạng', '2. Phú Thọ kiểm tra nồng độ cồn', '3. Cháy nhà dân ở Việt Trì'];
  const tail = kindsOf(['Tiêu đề bài viết về an ninh trật tự', '07/03/2024 11:00', PROSE, PROSE, 'Nguyễn Văn An', ...numbered, 'Tin mới', 'Mưa lớn gây ngập', 'Đường tắc'].join('\n'));
  for (const line of [...numbered, 'Mưa lớn gây ngập', 'Đường tắc']) assert.equal(tail.get(line), 'chrome', line);
});

test("related-block: under a form's heading ('Bình luận (3)') a reader's short comment with its stop is still the block's, and the names under it", () => {
  const comments = ['Bình luận (3)', 'Trần Văn Nam', '07/03/2024 16:05', 'Cần xử lý thật nghiêm những đối tượng như thế này.', 'Trả lời', 'Lê Thị Hoa', '07/03/2024 17:30', 'Cảm ơn Công an tỉnh.'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Khởi tố đối tượng lừa đảo bán hàng qua mạng', 'Minh Khang', 'Thứ Năm, 07/03/2024 15:20', PROSE, PROSE, ...comments].join('\n')))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Minh Khang', 2]);
});

test("site-chrome: with no byline to end the article, the site's tail is told by its own words: a follow-us list down to 'Youtube', a pager printed one word a line ('Trang 1/2' / 'Tiếp'), the portal's pages ('Lịch tiếp công dân'), the site's maker ('Website được xây dựng bởi VNPT …')", () => {
  const tails = [['Theo dõi chúng tôi trên', 'Facebook', 'Zalo', 'Youtube'], ['Trang 1/2', 'Tiếp'], ['Lịch tiếp công dân', 'Văn bản mới', 'Thủ tục hành chính'], ['Website được xây dựng bởi VNPT Phú Thọ']];
  for (const tail of tails) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình camera an ninh tại 3 xã vùng cao', '07/12/2026 09:12', PROSE, PROSE, ...tail].join('\n')))).record;
    assert.equal(record?.paragraphs.length, 2, tail.join(' / '));
  }
});

test("site-chrome: the article's rating ('Đánh giá bài viết' over 'Rất hay', 'Hay') is the site's: its choices are buttons, no keyword links, and the writer's unit over it stays the byline's", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình camera an ninh tại 3 xã vùng cao', '07/12/2026 09:12', PROSE, PROSE, 'Thượng úy Hà Thu Trang', 'Công an huyện Thanh Sơn', 'Đánh giá bài viết', 'Rất hay', 'Hay'].join('\n')))).record;
  assert.deepEqual([record?.author, record?.source, record?.tags.includes('Hay')], ['Hà Thu Trang', 'Công an huyện Thanh Sơn', false]);
});

test("tag-chips: a source under the last paragraph ('Theo Báo Phú Thọ') is the byline's, the links under it the article's keywords", () => {
  const chips = ['Camera an ninh', 'Thanh Sơn', 'An ninh nông thôn'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình camera an ninh tại 3 xã vùng cao', '07/12/2026 09:12', PROSE, PROSE, 'Theo Báo Phú Thọ', ...chips].join('\n')))).record;
  assert.deepEqual([record?.source, record?.tags.filter((t) => chips.includes(t))], ['Báo Phú Thọ', chips]);
});

test('related-block: prose after the block is not swallowed (negative)', () => {
  const after = `Sau đó, ${PROSE}`;
  const kinds = kindsOf(['Tiêu đề', PROSE, 'Xem thêm', 'Một bài khác', after].join('\n'));
  assert.equal(kinds.get(after), 'body');
});

test('related-block: a sentence that ends with a full stop ends the block, however short (negative)', () => {
  const sentence = 'Dịp này, đơn vị tài trợ cũng trao tặng 100 phần quà cho các gia đình chính sách.';
  const kinds = kindsOf(['Tiêu đề', PROSE, 'Tin liên quan:', 'Hỗ trợ sinh kế cho hộ cận nghèo', 'Vì sao hộ nghèo khó thoát nghèo bền vững trên địa bàn các huyện vùng sâu, vùng xa?', sentence, 'Hữu Thọ'].join('\n'));
  assert.equal(kinds.get('Vì sao hộ nghèo khó thoát nghèo bền vững trên địa bàn các huyện vùng sâu, vùng xa?'), 'chrome', 'a question is a title of the list');
  assert.equal(kinds.get(sentence), 'body');
  assert.equal(kinds.get('Hữu Thọ'), 'byline');
});

test('related-block: a block heading that is the section above the title heads no block (negative)', () => {
  const lead = 'Sáng 5/11, Công an tỉnh Thanh Hóa khánh thành cầu dân sinh bản Pù Quăn, xã Quang Chiểu, huyện Mường Lát.';
  const kinds = kindsOf(['Tin nổi bật', 'Khánh thành cầu dân sinh tại xã vùng cao', 'Thứ Ba, 05/11/2024 - 16:20', lead, 'Cây cầu dài 60 m, rộng 2,5 m.', 'Lê Hợi'].join('\n'));
  assert.equal(kinds.get('Tin nổi bật'), 'section');
  assert.equal(kinds.get(lead), 'body');
});

test('hashtag-line: hashtags give the tags, spelled as the article prints its words', () => {
  const body = 'Cảnh sát phòng cháy, chữa cháy tỉnh Đắk Lắk hướng dẫn người dân phòng cháy rừng trong mùa khô năm nay.';
  const tags = '#phòngcháychữacháy #ĐắkLắk #chayrung #AnNinhTrậtTự';
  const d = decisionFor(['Tiêu đề', body, PROSE, 'Hữu Long', tags].join('\n'), tags);
  assert.equal(d?.kind, 'tags');
  assert.deepEqual(d?.fields?.tags, ['phòng cháy chữa cháy', 'Đắk Lắk', 'cháy rừng', 'An Ninh Trật Tự']);
  assert.equal(spellHashtag('Công_an', []), 'Công an');
});

test('hashtag-line: a sentence with a hashtag in it is body (negative)', () => {
  const line = 'Chiến dịch #CongAnViNhanDan được phát động trên mạng xã hội từ đầu tháng 3 và thu hút nhiều người tham gia.';
  assert.equal(kindsOf(['Tiêu đề', PROSE, line, PROSE].join('\n')).get(line), 'body');
});

test("hashtag-line: a portal's tag bar of marked tags with spaced words ('#Hà Tĩnh #hỗ trợ sửa nhà #mưa lũ') gives the tags, under a related block too; a post's text after its hashtag is none (negative)", () => {
  const bar = '#Hà Tĩnh #hỗ trợ sửa nhà #mưa lũ';
  for (const tail of [[bar], ['Tin liên quan', 'Nghệ An hỗ trợ người dân khắc phục hậu quả mưa lũ', bar]]) {
    const d = decisionFor(['Tiêu đề bài viết', '06/12/2026 20:05', PROSE, PROSE, 'Quang Tiến/VOV-Bắc Trung Bộ', ...tail].join('\n'), bar);
    assert.deepEqual([d?.kind, d?.fields?.tags], ['tags', ['Hà Tĩnh', 'hỗ trợ sửa nhà', 'mưa lũ']]);
  }
  const post = '#CAHT Sáng nay, Công an tỉnh ra quân #tuần tra';
  assert.notEqual(decisionFor(['Tiêu đề bài viết', '06/12/2026 20:05', post, PROSE, PROSE].join('\n'), post)?.kind, 'tags');
});

test("byline: a writer's name alone under the title, with the view counter between ('Lượt xem: 1.234'), is the byline, as right under the title", () => {
  const text = ['Chính trị', 'Thứ Hai, 07-12-2026, 08:15', 'Hội nghị toàn quốc tổng kết công tác dân vận năm 2026', 'Lượt xem: 1.234', 'NGUYỄN HOÀNG', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.views, record?.paragraphs.length], ['Nguyễn Hoàng', 1234, 2]);
});

test("site-chrome: the comments' sort tabs under their count ('Ý kiến (12)', 'Mới nhất', 'Quan tâm nhất') are the site's, with no byline above them", () => {
  const text = ['Xe khách lật trên đèo Bảo Lộc', '07/12/2026 08:00', 'Bài và ảnh: Phước Tuấn', PROSE, PROSE, 'Trở lại Thời sự', 'Chia sẻ', 'Ý kiến (12)', 'Mới nhất', 'Quan tâm nhất', 'Xem nhiều'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(text))).record?.paragraphs.length, 2);
});

test("byline: a dateline printed after the text, over the writer's credit and the photos' ('Bài: Lan Anh' / 'Ảnh: Đức Thịnh'), leaves both to the closing byline", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Gắn biển công trình chào mừng Đại hội Đoàn Thanh niên', PROSE, PROSE, '06/03/2024 14:00', 'Bài: Lan Anh', 'Ảnh: Đức Thịnh'].join('\n')))).record;
  assert.deepEqual([record?.author, record?.date, record?.paragraphs.length], ['Lan Anh', '2024-03-06T14:00:00+07:00', 2]);
});

test("byline: the writer's name under the dateline with the share button between ('Chia sẻ'), and a read-aloud player besides, is the byline, not the lead", () => {
  for (const buttons of [['Chia sẻ'], ['Nghe bài viết', '00:00 / 03:45', 'Chia sẻ']]) {
    const text = ['Khởi tố giám đốc doanh nghiệp trốn thuế', 'Thứ hai, 07/12/2026 - 07:30', ...buttons, 'Tuấn Hợp', PROSE, PROSE].join('\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.author, record?.paragraphs.length], ['Tuấn Hợp', 2], buttons.join(' / '));
  }
});

test('byline and site chrome: a browser\'s reader view, the site\'s address, the title, the writer over the reading time (a range of minutes), and no date line', () => {
  const text = ['conganhatinh.gov.vn', 'Công an huyện Can Lộc triệt phá đường dây đánh bạc', 'Minh Hà', '3–4 phút', 'Ngày 7/3/2024, Công an huyện Can Lộc cho biết đã triệt phá thành công một đường dây đánh bạc qua mạng.', PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.date, record?.paragraphs.length], ['Minh Hà', '2024-03-07', 2]);
  assert.equal(kindsOf(text.replace('3–4 phút', '4-5 minutes')).get('4-5 minutes'), 'chrome');
  // Minutes in a sentence are the article's (negative).
  const minutes = 'Sau 3-4 phút, lực lượng chữa cháy đã có mặt tại hiện trường và dập tắt đám cháy.';
  assert.equal(kindsOf(['Tiêu đề', '08/03/2024', PROSE, minutes, PROSE, 'Minh Hà'].join('\n')).get(minutes), 'body');
});

test("related-block: under an ad's label, the advertiser's lines (a business's name, its hotline) are the ad's, no source nor paragraph, after the text or before its byline; a unit's name, a writer with their phone, or a paragraph under the label alone are the article's (negative)", () => {
  const ad = ['Quảng cáo', 'Công ty TNHH Minh Phát - Chuyên cung cấp thiết bị phòng cháy chữa cháy', 'Hotline: 0912.345.678'];
  const read = (...end: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Công an tỉnh Hà Tĩnh ra quân tổng kiểm soát phương tiện', '07/12/2026 08:30', PROSE, PROSE, ...end].join('\n')))).record;
  assert.deepEqual([read(...ad)?.source, read(...ad)?.author, read(...ad)?.paragraphs.length], [null, null, 2]);
  assert.deepEqual([read(...ad, 'Hoàng Anh')?.author, read(...ad, 'Hoàng Anh')?.paragraphs.length], ['Hoàng Anh', 2]);
  assert.equal(read('Quảng cáo', 'Phòng Tham mưu - Công an tỉnh Nghệ An')?.source, 'Phòng Tham mưu - Công an tỉnh Nghệ An');
  assert.equal(read('Quảng cáo', 'Phan Anh - ĐT: 0912.345.678')?.author, 'Phan Anh');
  assert.equal(read('Quảng cáo', PROSE, 'Hoàng Anh')?.paragraphs.length, 3);
});

test('site-chrome: an ad\'s label in the middle of a sentence takes nothing of it: the paragraph goes on after it', () => {
  const text = ['Tiêu đề bài viết quan trọng', '08/03/2024', 'Qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng sử dụng', 'Quảng cáo', 'ứng dụng trên điện thoại để tổ chức đánh bạc dưới hình thức cá độ bóng đá.', PROSE, 'Minh Hà'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.paragraphs, ['Qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng sử dụng ứng dụng trên điện thoại để tổ chức đánh bạc dưới hình thức cá độ bóng đá.', PROSE]);
});

test("byline-footnote: the note on the footnote mark after the writer's name ('(*) Giảng viên …'), closing the text, is the writer's post, no paragraph; a note on a name in the text stays the article's (negative)", () => {
  const text = ['Chuyển đổi số ở cấp xã: Đừng để phong trào', 'ThS. NGUYỄN HOÀNG LONG (*)', 'Thứ Năm, 03/12/2026 - 06:00', PROSE, PROSE, '(*) Giảng viên Trường Chính trị tỉnh Quảng Trị'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Nguyễn Hoàng Long', 2]);
  assert.equal(decisionFor(text, '(*) Giảng viên Trường Chính trị tỉnh Quảng Trị')?.rule, 'byline-footnote');
  const named = ['Cảnh giác thủ đoạn bắt cóc online', '08/03/2024 09:00', PROSE, `Mới đây, em N.T.H.(*) bị lừa. ${PROSE}`, '(*) Tên nhân vật đã được viết tắt.'].join('\n');
  assert.equal(kindsOf(named).get('(*) Tên nhân vật đã được viết tắt.'), 'body');
});

const NOTICE_HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ', 'Số: 215/TB-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hòa Phú, ngày 03 tháng 12 năm 2026', 'THÔNG BÁO', 'Lịch tiếp công dân định kỳ tháng 12 năm 2026'];
const NOTICE_TEXT = ['Căn cứ Luật Tiếp công dân năm 2013, UBND xã thông báo lịch tiếp công dân như sau:', '1. Thời gian: Ngày 10 và ngày 25 tháng 12 năm 2026.', 'UBND xã thông báo để nhân dân được biết.'];

test("document-heading: an official document pasted under the page's title: its heading (issuer, number, national name and motto, kind and subject) is the form's, its text the article's", () => {
  const text = ['Thông báo lịch tiếp công dân tháng 12 năm 2026', 'Ngày đăng: 04/12/2026', ...NOTICE_HEAD, ...NOTICE_TEXT, 'CHỦ TỊCH', 'Nguyễn Văn Tâm'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs], ['Thông báo lịch tiếp công dân tháng 12 năm 2026', '2026-12-04', NOTICE_TEXT]);
  assert.equal(decisionFor(text, 'Số: 215/TB-UBND')?.rule, 'document-heading');
  // A copy that prints the motto's dashes longer (`Độc lập – Tự do – Hạnh phúc`) reads alike.
  const dashed = text.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc');
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(dashed))).record?.paragraphs, NOTICE_TEXT);
});

test("document-heading: a document alone on the page is titled by its subject and dated by its date of issue; a copy that joins the heading's two columns on one line is read too", () => {
  const alone = extractRecord(readSource('a.txt', Buffer.from([...NOTICE_HEAD, ...NOTICE_TEXT, 'CHỦ TỊCH', 'Nguyễn Văn Tâm'].join('\n')))).record;
  assert.deepEqual([alone?.title, alone?.date, alone?.paragraphs.length], ['Lịch tiếp công dân định kỳ tháng 12 năm 2026', '2026-12-03', 3]);
  const columns = ['Thông báo tuyển dụng viên chức năm 2026', 'Ngày đăng: 04/12/2026', 'ỦY BAN NHÂN DÂN HUYỆN KỲ ANH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHÒNG NỘI VỤ\t\tĐộc lập - Tự do - Hạnh phúc', 'Số: 45/TB-PNV\t\tKỳ Anh, ngày 02 tháng 12 năm 2026', 'THÔNG BÁO', 'Về việc tuyển dụng viên chức năm 2026', ...NOTICE_TEXT];
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(columns.join('\n')))).record?.paragraphs, NOTICE_TEXT);
});

test("signature-stamp: a digitally signed document's stamp over its copy (signer, address, body, time of signing) is the signing software's, and its time is not the document's date; labelled lines without a signer's label are no stamp (negative)", () => {
  const stamp = ['Ký bởi: Ủy ban nhân dân xã Hòa Phú', 'Email: ubndhoaphu@tinh.gov.vn', 'Cơ quan: Tỉnh Quảng Nam', 'Thời gian ký: 06.12.2026 08:30:15 +07:00'];
  const record = extractRecord(readSource('a.txt', Buffer.from([...stamp, ...NOTICE_HEAD, ...NOTICE_TEXT, 'CHỦ TỊCH', 'Nguyễn Văn Tâm'].join('\n')))).record;
  assert.deepEqual([record?.title, record?.date, record?.paragraphs], ['Lịch tiếp công dân định kỳ tháng 12 năm 2026', '2026-12-03', NOTICE_TEXT]);
  const fields = ['Cơ quan: Công an xã Tân Phú', 'Email: conganxa@tinh.gov.vn'];
  assert.notEqual(decisionFor(['Thông báo tìm chủ sở hữu xe máy', '15/08/2024', PROSE, ...fields, PROSE].join('\n'), 'Cơ quan: Công an xã Tân Phú')?.rule, 'signature-stamp');
});

test("document-heading: a document alone whose subject is labelled ('Về việc …', 'V/v …') under its kind is titled with both, 'Thông báo về việc …'; a page's own title is left as printed (negative)", () => {
  const head = (subject: string) => ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHÚ', 'Số: 218/TB-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hòa Phú, ngày 05 tháng 12 năm 2026', 'THÔNG BÁO', subject];
  for (const label of ['Về việc', 'V/v']) {
    const record = extractRecord(readSource('a.txt', Buffer.from([...head(`${label} tạm ngừng cung cấp điện để thi công đường dây`), ...NOTICE_TEXT].join('\n')))).record;
    assert.equal(record?.title, 'Thông báo về việc tạm ngừng cung cấp điện để thi công đường dây', label);
  }
  const titled = extractRecord(readSource('a.txt', Buffer.from(['Về việc tạm ngừng cung cấp điện ở xã Hòa Phú', '05/12/2026', ...NOTICE_TEXT].join('\n')))).record;
  assert.equal(titled?.title, 'Về việc tạm ngừng cung cấp điện ở xã Hòa Phú');
});

test("document-heading: a sentence that names the state, or a line that numbers a printed issue, heads no document (negative)", () => {
  const sentence = 'Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam bảo đảm quyền tiếp cận thông tin của công dân.';
  const text = ['Tiêu đề bài viết về tiếp cận thông tin', '05/12/2026', PROSE, sentence, PROSE, 'Thu Hà'].join('\n');
  assert.equal(kindsOf(text).get(sentence), 'body');
  assert.notEqual(decisionFor(['Tiêu đề bài viết về báo in', 'Số 2845 - 05/12/2026', PROSE, PROSE].join('\n'), 'Số 2845 - 05/12/2026')?.rule, 'document-heading');
});

test("document-signature: the signer's office in capitals over their name (who signs for whom above it, a note that it was signed between) closes the document: the name is the author, the rest and the recipients the form's; a name under no office is left to the byline rule (negative)", () => {
  const text = ['Thông báo lịch tiếp công dân', 'Ngày đăng: 04/12/2026', ...NOTICE_TEXT, 'Nơi nhận:', '- Thường trực Đảng ủy;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Lê Thị Hoa'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.paragraphs], ['Lê Thị Hoa', NOTICE_TEXT]);
  for (const line of ['Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)']) assert.equal(decisionFor(text, line)?.rule, 'document-signature', line);
  const caps = ['Thông báo lịch tiếp công dân', 'Ngày đăng: 04/12/2026', ...NOTICE_TEXT, 'CHỦ TỊCH', 'NGUYỄN VĂN TÂM'].join('\n');
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(caps))).record?.author, 'Nguyễn Văn Tâm');
  const plain = ['Tiêu đề bài viết thử', '05/12/2026', PROSE, PROSE, 'Lê Thị Hoa'].join('\n');
  assert.equal(decisionFor(plain, 'Lê Thị Hoa')?.rule, 'byline');
});

test("document-signature: a police signer signs with their rank ('Đại tá Trần Hữu Thắng' under 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC'), the recipients listed before the signature", () => {
  const text = ['Thông báo tạm dừng tiếp nhận hồ sơ', 'Ngày đăng: 05/12/2026', ...NOTICE_TEXT, 'Nơi nhận:', '- Như trên;', '- Lưu: VT, PC06.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Đại tá Trần Hữu Thắng'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.paragraphs], ['Trần Hữu Thắng', NOTICE_TEXT]);
  for (const line of ['Nơi nhận:', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']) assert.equal(decisionFor(text, line)?.rule, 'document-signature', line);
});

test("byline: writers named a line each at the end ('Minh Anh' over 'Hoàng Long') are one byline of both; a name printed twice counts once", () => {
  const record = (names: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết về an ninh trật tự', '05/12/2026 08:00', PROSE, PROSE, ...names].join('\n')))).record;
  assert.equal(record(['Minh Anh', 'Hoàng Long'])?.author, 'Minh Anh, Hoàng Long');
  assert.equal(record(['Minh Anh', 'Minh Anh'])?.author, 'Minh Anh');
  // The editor credited under the writer wrote none of it, at the end or under the dateline (negative).
  assert.equal(record(['Minh Anh', 'Biên tập: Hoàng Long'])?.author, 'Minh Anh');
  const top = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết về an ninh trật tự', '05/12/2026 08:00', 'Bài và ảnh: Kim Ngân', 'Biên tập: Trần Hữu Lộc', PROSE, PROSE].join('\n')))).record;
  assert.equal(top?.author, 'Kim Ngân');
  assert.deepEqual([record(['Minh Anh', 'Theo Báo CAND'])?.author, record(['Minh Anh', 'Theo Báo CAND'])?.source], ['Minh Anh', 'Báo CAND']);
});

test("end-mark-byline: an agency's initials after a dash closing the last paragraph ('… to the police. — VNS') credit the story; a quote's speaker after a dash is the text's (negative)", () => {
  const record = (last: string) => extractRecord(readSource('a.txt', Buffer.from(['Police warn of scams impersonating electricity staff', 'Update: December, 05/2026 - 09:15', 'Police in the central province of Ha Tinh have warned residents about a new scam in which fraudsters pose as electricity company staff to demand payment.', last].join('\n')))).record;
  const text = 'Residents are advised to pay electricity bills only through official channels and to report suspicious calls to the police.';
  const agency = record(`${text} — VNS`);
  assert.deepEqual([agency?.author, agency?.paragraphs.at(-1), agency?.date], ['VNS', text, '2026-12-05T09:15:00+07:00']);
  const quoted = record('"We will not let criminals take advantage of the people\'s trust," the police chief said. — Nguyen Van Hung');
  assert.deepEqual([quoted?.author, quoted?.paragraphs.length], [null, 2]);
});

test("end-mark-byline: a byline in brackets after the last paragraph's last sentence ('… mở rộng. (Minh Phương)', '… (Theo TTXVN)') credits the article and leaves the text; a place or a part's note in brackets, or a name in an earlier paragraph, is the text's (negative)", () => {
  const last = 'Tang vật thu giữ gồm 3 gói ma túy đá và 2 điện thoại. Vụ việc đang được tiếp tục điều tra, mở rộng.';
  const record = (...tail: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Bắt quả tang 2 đối tượng mua bán ma túy', '05/12/2026 08:00', PROSE, ...tail].join('\n')))).record;
  const named = record(`${last} (Minh Phương)`);
  assert.deepEqual([named?.author, named?.paragraphs.at(-1)], ['Minh Phương', last]);
  const agency = record(`${last} (Theo TTXVN)`);
  assert.deepEqual([agency?.source, agency?.paragraphs.at(-1)], ['TTXVN', last]);
  for (const text of ['(Hà Nội)', '(Còn nữa)']) assert.equal(record(`${last} ${text}`)?.paragraphs.at(-1), `${last} ${text}`, text);
  const earlier = record(`${last} (Minh Phương)`, PROSE);
  assert.deepEqual([earlier?.author, earlier?.paragraphs.length], [null, 3]);
});

test("end-mark-byline: the writer's name run into the last paragraph after its end mark ('… pháp luật./. Thu Hà') is the byline; a sentence after the mark, or the mark in an earlier paragraph, is the text's (negative)", () => {
  const last = 'Hiện vụ án đang được Cơ quan Cảnh sát điều tra tiếp tục điều tra, mở rộng, xử lý nghiêm theo quy định của pháp luật./.';
  const record = (lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Triệt phá đường dây cá độ bóng đá qua mạng', '15/11/2024', PROSE, ...lines].join('\n')))).record;
  const run = record([`${last} Thu Hà`, 'Tin liên quan']);
  assert.deepEqual([run?.author, run?.paragraphs.at(-1)], ['Thu Hà', last]);
  const unit = record([`${last}Hoàng Lâm (Công an huyện Can Lộc)`]);
  assert.deepEqual([unit?.author, unit?.source, unit?.paragraphs.at(-1)], ['Hoàng Lâm', 'Công an huyện Can Lộc', last]);
  const sentence = record([`${last} Mọi thông tin xin liên hệ Công an xã.`]);
  assert.deepEqual([sentence?.author, sentence?.paragraphs.length], [null, 2]);
  const earlier = record([`${last} Thu Hà`, PROSE]);
  assert.deepEqual([earlier?.author, earlier?.paragraphs[1]], [null, `${last} Thu Hà`]);
});

test("post-meta: a blog's line under the post, in a sentence or between bars, names the category (the section) and the tags, and is the site's", () => {
  assert.deepEqual(readPostMeta('Bài viết này được đăng trong Tin tức và được gắn thẻ an ninh trật tự, trộm cắp. Đánh dấu đường dẫn tĩnh.'), { category: 'Tin tức', tags: ['an ninh trật tự', 'trộm cắp'] });
  assert.deepEqual(readPostMeta('Posted in Tin tức | Tagged an ninh, trộm cắp | Leave a comment'), { category: 'Tin tức', tags: ['an ninh', 'trộm cắp'] });
  assert.deepEqual(readPostMeta('This entry was posted in News, Police. Bookmark the permalink.'), { category: 'News', tags: [] });
  const text = ['Bắt giữ đối tượng trộm cắp tài sản', '07/12/2026 08:00', PROSE, PROSE, 'Bài viết này được đăng trong Tin tức và được gắn thẻ an ninh trật tự, trộm cắp. Đánh dấu đường dẫn tĩnh.'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.section, record?.tags, record?.paragraphs.length], ['Tin tức', ['an ninh trật tự', 'trộm cắp'], 2]);
});

test("post-meta: a sentence that opens like the meta but names no tags and ends with no blog's link, or goes on past a category's few words, is the article's (negative)", () => {
  assert.equal(readPostMeta('Bài viết này được đăng trong số báo Xuân năm 2026.'), null);
  assert.equal(readPostMeta('Được đăng trong Tin tức | Lượt xem 120'), null);
  assert.equal(readPostMeta('Posted in the morning, the video drew thousands of views and was tagged by many users. Leave a comment'), null);
});

test("site-chrome: a post's navigation ('← Bài trước', 'Bài sau →'), and the neighbouring posts' titles under its labels, are the site's; a neighbour's title is no byline (negative)", () => {
  const arrows = ['← Bài trước', 'Bài sau →'];
  const kinds = kindsOf(['Tiêu đề bài viết', '07/12/2026 08:00', PROSE, PROSE, ...arrows].join('\n'));
  for (const line of arrows) assert.equal(kinds.get(line), 'chrome', line);
  const titled = ['Bài trước', 'Công an xã Thạch Hà ra mắt mô hình camera an ninh', 'Bài tiếp theo', 'Tuổi trẻ Công an huyện hiến máu tình nguyện'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '07/12/2026 08:00', PROSE, PROSE, ...titled].join('\n')))).record;
  assert.deepEqual([record?.paragraphs.length, record?.author, record?.source], [2, null, null]);
});

test("byline: a broadcaster's editor under the abbreviated label ('BTV: Minh Thu') is the writer, as under 'Biên tập viên:'", () => {
  assert.equal(readByline('BTV: Minh Thu')?.author, 'Minh Thu');
  const record = extractRecord(readSource('a.txt', Buffer.from(['Lũ quét gây thiệt hại nặng tại huyện Kỳ Sơn', '07/12/2026 06:30', PROSE, PROSE, 'BTV: Minh Thu'].join('\n')))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length], ['Minh Thu', 2]);
});

test("byline: the writer's unit with its province after it, in brackets or after a comma ('Đại úy Lê Thị Hoa - Công an huyện Can Lộc (Hà Tĩnh)'), is the source, as printed; a province in brackets after a name alone is where the writer works, no source (negative)", () => {
  assert.deepEqual(readByline('Đại úy Lê Thị Hoa - Công an huyện Can Lộc (Hà Tĩnh)'), { author: 'Lê Thị Hoa', source: 'Công an huyện Can Lộc (Hà Tĩnh)', form: 'author and source' });
  assert.deepEqual([readByline('Lê Thị Hoa - Công an huyện Can Lộc, Hà Tĩnh')?.author, readByline('Lê Thị Hoa - Công an huyện Can Lộc, Hà Tĩnh')?.source], ['Lê Thị Hoa', 'Công an huyện Can Lộc, Hà Tĩnh']);
  assert.deepEqual([readByline('Lê Thị Hoa (Hà Tĩnh)')?.author, readByline('Lê Thị Hoa (Hà Tĩnh)')?.source], ['Lê Thị Hoa', null]);
});

test("byline: the police's initials for a unit's level before its place ('Đức Anh - CAH Đông Anh', 'CATP HÀ NỘI') name the writer's unit, the source, in its case; initials of no unit stay a writer's (negative)", () => {
  assert.deepEqual(readByline('Đức Anh - CAH Đông Anh'), { author: 'Đức Anh', source: 'CAH Đông Anh', form: 'author and source' });
  assert.deepEqual(readByline('NGỌC HÀ - CAX QUỲNH LẬP'), { author: 'Ngọc Hà', source: 'CAX Quỳnh Lập', form: 'author and source' });
  assert.deepEqual(readByline('CATP HÀ NỘI')?.source, 'CATP Hà Nội');
  assert.deepEqual([readByline('Đức Anh - CHA Đông Anh')?.author, readByline('Đức Anh - CHA Đông Anh')?.source], ['Đức Anh, CHA Đông Anh', null]);
});

test("byline: the items of a list the text opens with a colon, officers and their units one a line to the end ('… gồm:' over 'Đại úy Lê Thị Mai - Công an huyện Lệ Thủy'), are the text's, not bylines; a writer's name alone under them is the byline (negative)", () => {
  const lead = 'Sáng 4/12, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 3 cá nhân có thành tích xuất sắc trong công tác cứu nạn, cứu hộ mùa mưa lũ năm 2026, gồm:';
  const items = ['Thiếu tá Nguyễn Văn Hùng - Đội Cảnh sát PCCC và CNCH', 'Đại úy Lê Thị Mai - Công an huyện Lệ Thủy', 'Thượng úy Trần Quốc Bảo - Công an huyện Bố Trạch'];
  const read = (...end: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Trao Bằng khen cho 3 cá nhân có thành tích trong cứu hộ', '04/12/2026 09:00', lead, ...items, ...end].join('\n')))).record;
  assert.deepEqual([read()?.author, read()?.source, read()?.paragraphs.length], [null, null, 4]);
  assert.deepEqual([read('Hoàng Anh')?.author, read('Hoàng Anh')?.paragraphs.length], ['Hoàng Anh', 4]);
});

test("byline: a unit whose official name holds 'và' ('Đội Cảnh sát PCCC và CNCH', 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ') after the writer is one source; two writers joined by 'và' stay two (negative)", () => {
  assert.deepEqual(readByline('Thiếu tá Nguyễn Văn Hùng - Đội Cảnh sát PCCC và CNCH'), { author: 'Nguyễn Văn Hùng', source: 'Đội Cảnh sát PCCC và CNCH', form: 'author and source' });
  assert.deepEqual(readByline('Hồng Quân - Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ')?.source, 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ');
  assert.deepEqual(readByline('Thu Hà và Minh Anh')?.author, 'Thu Hà, Minh Anh');
});

test("byline: the writer's unit with its district after a comma ('Trần Thị Mai - Công an xã Nghi Phong, huyện Nghi Lộc') is the source, and so alone or after 'Nguồn:'; a unit that goes on with what it did is none (negative)", () => {
  const unit = 'Công an xã Nghi Phong, huyện Nghi Lộc';
  assert.deepEqual(readByline(`Trần Thị Mai - ${unit}`), { author: 'Trần Thị Mai', source: unit, form: 'author and source' });
  assert.equal(readByline(`Nguồn: ${unit}`)?.source, unit);
  assert.equal(readByline(unit)?.source, unit);
  assert.equal(readByline(`${unit} tuyên truyền pháp luật`), null);
});

test("byline: a team's name alone ('Nhóm phóng viên', 'NHÓM PHÓNG VIÊN') is the author, whose last words are no role to strip", () => {
  assert.deepEqual(readByline('Nhóm phóng viên'), { author: 'Nhóm phóng viên', source: null, form: 'a team' });
  assert.equal(readByline('NHÓM PHÓNG VIÊN')?.author, 'Nhóm phóng viên');
  assert.equal(readByline('Nhóm PV tổng hợp')?.author, 'Nhóm PV');
});

test("byline: a body's initials after the writer's name, too many letters for a reporter's ('Thanh Hà - BTGDV'), are the source; a reporter's initials there are a second writer's (negative)", () => {
  assert.deepEqual(readByline('Thanh Hà - BTGDV'), { author: 'Thanh Hà', source: 'BTGDV', form: 'author and source' });
  assert.deepEqual([readByline('Minh Anh - HN')?.author, readByline('Minh Anh - HN')?.source], ['Minh Anh, HN', null]);
});

test("site-chrome: a social post's reactions, a bare count over its comments' and shares' counts ('156' over '12 bình luận'), with no heading over them, are the post's; a number alone elsewhere is left (negative)", () => {
  const post = ['156', '12 bình luận', '8 lượt chia sẻ'];
  const kinds = kindsOf(['THÔNG BÁO TÌM NGƯỜI THÂN', '3 tháng 12 lúc 16:20', PROSE, PROSE, '#CAHT', ...post].join('\n'));
  for (const line of post) assert.equal(kinds.get(line), 'chrome', line);
  assert.notEqual(kindsOf(['Tiêu đề bài viết', '07/12/2026 08:00', PROSE, '156', PROSE].join('\n')).get('156'), 'chrome');
});

test("byline: an announcer under the broadcast's label ('Phát thanh viên: Lê Thu Hằng', 'PTV:') is the writer; a commune's loudspeaker station ('Đài truyền thanh xã Yên Hồ') is an organisation", () => {
  assert.equal(readByline('Phát thanh viên: Lê Thu Hằng')?.author, 'Lê Thu Hằng');
  assert.equal(readByline('PTV: Lê Thu Hằng')?.author, 'Lê Thu Hằng');
  assert.equal(namesOrganisation('Đài truyền thanh xã Yên Hồ'), true);
});

test("byline: a unit's kind of place with no name after it but a word in lower case ('Trạm Y tế xã thông báo lịch tiêm chủng …') is a sentence, not an organisation, so no dateline's source; a word the unit's kind opens ('xã hội', society) goes on with the name (negative)", () => {
  assert.equal(namesOrganisation('Trạm Y tế xã thông báo lịch tiêm chủng cho trẻ em'), false);
  for (const name of ['Phòng Công tác xã hội', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'Công an xã và Đoàn Thanh niên xã', 'Trạm Y tế xã']) assert.equal(namesOrganisation(name), true, name);
  const line = 'Trạm Y tế xã thông báo lịch tiêm chủng cho trẻ em vào ngày 10/12/2026.';
  assert.notEqual(kindsOf(['Bản tin truyền thanh', '07/12/2026 07:00', PROSE, line].join('\n')).get(line), 'dateline');
});

test("byline: the writer under their label right under the lead ('Tác giả: Ngọc Mai'), over the dateline and the rest of the text, is the byline, as a name alone there is", () => {
  const lead = 'Nhiều người mua hàng qua sàn thương mại điện tử bị kẻ gian gọi điện mạo danh nhân viên chăm sóc khách hàng để chiếm đoạt tiền.';
  const text = ['Pháp luật', 'Cảnh báo chiêu lừa đảo "hoàn tiền" khi mua hàng trực tuyến', lead, 'Tác giả: Ngọc Mai', 'Chủ nhật, 6/12/2026 20:10 (GMT+07:00)', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.author, record?.paragraphs.length, record?.lead], ['Ngọc Mai', 3, lead]);
});

test("byline: the writer and their unit right under the lead ('Thanh Sơn - Công an huyện Can Lộc'), over the dateline, is the byline; the title over the lead stays the title", () => {
  const lead = 'Công an tỉnh Nghệ An vừa triệt phá đường dây tổ chức đánh bạc qua mạng quy mô lớn, bắt giữ 12 đối tượng.';
  const text = ['BÁO NGHỆ AN', 'Pháp luật', 'Phá đường dây đánh bạc qua mạng với số tiền giao dịch 50 tỷ đồng', lead, 'Thanh Sơn - Công an huyện Can Lộc', 'Thứ Hai, 07/12/2026 - 09:30 (GMT+7)', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.section, record?.author, record?.source, record?.paragraphs.length], ['Phá đường dây đánh bạc qua mạng với số tiền giao dịch 50 tỷ đồng', 'Pháp luật', 'Thanh Sơn', 'Công an huyện Can Lộc', 3]);
});

test("byline: a title's abbreviation closing with a stop the list does not print ('BSCKII. Trần Văn An', 'NGƯT. Lê Hoa') opens the writer's name, the unit after it the source", () => {
  assert.deepEqual(readByline('BSCKII. Trần Văn An - Khoa Hồi sức tích cực - Chống độc'), { author: 'Trần Văn An', source: 'Khoa Hồi sức tích cực - Chống độc', form: 'author and source' });
  assert.equal(readByline('NGƯT. Lê Hoa')?.author, 'Lê Hoa');
});

test("byline: another paper's writer after the source's label right under the lead ('Theo Thanh Sơn (Báo Nghệ An)'), over the dateline, is the byline; the title over the lead stays the title", () => {
  const lead = 'Công an tỉnh Nghệ An vừa triệt phá đường dây tổ chức đánh bạc qua mạng quy mô lớn, bắt giữ 12 đối tượng.';
  const text = ['Pháp luật', 'Phá đường dây đánh bạc qua mạng với số tiền giao dịch 50 tỷ đồng', lead, 'Theo Thanh Sơn (Báo Nghệ An)', 'Thứ Hai, 07/12/2026 - 09:30 (GMT+7)', PROSE, PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.author, record?.source, record?.paragraphs.length], ['Phá đường dây đánh bạc qua mạng với số tiền giao dịch 50 tỷ đồng', 'Thanh Sơn', 'Báo Nghệ An', 3]);
});

test("byline: the writer's email address under their name keeps name and what goes with it together: under the lead over the dateline, and over the photos' credit at the end", () => {
  const record = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(lines.join('\n')))).record;
  const underLead = record('Cảnh báo chiêu lừa đảo hoàn tiền khi mua hàng trực tuyến', PROSE, 'Ngọc Mai', 'ngocmai@baoxyz.vn', 'Chủ nhật, 6/12/2026 20:10 (GMT+07:00)', PROSE, PROSE);
  assert.deepEqual([underLead?.author, underLead?.paragraphs.length], ['Ngọc Mai', 3]);
  const closing = record('Ra quân cao điểm kiểm soát tải trọng xe', '04/12/2026 19:45', PROSE, PROSE, 'Minh Anh', 'minhanh@baoxyz.vn', 'Video: Hoàng Long');
  assert.deepEqual([closing?.author, closing?.figures.length], ['Minh Anh', 0]);
});

test("Q&A page: the asker and the date the question was sent are the question's; the answering body, labelled, is the source, and the answer's date the page's", () => {
  const text = ['Hỏi đáp', 'Thủ tục đăng ký thường trú cho con khi vợ chồng ở khác tỉnh', 'Câu hỏi:', 'Vợ tôi có hộ khẩu ở Nghệ An, tôi có hộ khẩu ở Hà Tĩnh. Con tôi vừa sinh ra thì đăng ký thường trú ở đâu?', 'Người hỏi: Trần Văn Long', 'Ngày hỏi: 01/12/2026', 'Trả lời:', PROSE, 'Cơ quan trả lời: Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'Ngày trả lời: 05/12/2026'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.date, record?.source, record?.paragraphs.length], ['2026-12-05', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 4]);
});

test("byline: the writer's job at an outlet after the name ('Hồng Quân - Phóng viên Báo Nghệ An', '(CTV Báo Nghệ An)') credits the outlet, the job not; the job alone, or with where the writer works ('PV thường trú tại Nghệ An'), credits no source; a unit after the name is still the source (negative)", () => {
  const credit = (t: string) => { const b = readByline(t); return [b?.author, b?.source]; };
  assert.deepEqual(credit('Hồng Quân - Phóng viên Báo Nghệ An'), ['Hồng Quân', 'Báo Nghệ An']);
  assert.deepEqual(credit('Hồng Quân (CTV Báo Nghệ An)'), ['Hồng Quân', 'Báo Nghệ An']);
  assert.deepEqual(credit('Hồng Quân - Biên tập viên Đài PT-TH Nghệ An'), ['Hồng Quân', 'Đài PT-TH Nghệ An']);
  for (const t of ['Hồng Quân - Phóng viên thường trú', 'Hồng Quân - Biên tập viên', 'Hồng Quân (PV thường trú tại Nghệ An)', 'Hồng Quân - Cộng tác viên']) assert.deepEqual(credit(t), ['Hồng Quân', null], t);
  assert.deepEqual(credit('Hồng Quân (Công an huyện Nghi Lộc)'), ['Hồng Quân', 'Công an huyện Nghi Lộc']);
  assert.deepEqual(credit('PV/CTV'), ['PV/CTV', null]);
});

test("machine-note: the page's note that a machine made the article or a part of it ('Nội dung bài viết có sự hỗ trợ của AI.', 'Bài viết có sử dụng công cụ AI hỗ trợ biên tập.'), under the text or under a photo, is the page's; a sentence of the article about what machines do, or 'ai' the pronoun, is the article's (negative)", () => {
  const notes = ['Nội dung bài viết có sự hỗ trợ của AI.', 'Bài viết có sử dụng công cụ AI hỗ trợ biên tập.', '(Bài viết được đọc bởi trí tuệ nhân tạo)', 'Được tạo bởi AI'];
  for (const note of notes) {
    assert.equal(kindsOf(['Tiêu đề bài viết', '07/12/2026 08:30', PROSE, PROSE, 'Hồng Quân', note].join('\n')).get(note), 'chrome', note);
    assert.equal(kindsOf(['Tiêu đề bài viết', '07/12/2026 08:30', PROSE, 'anh-1.jpg', note, PROSE, 'Hồng Quân'].join('\n')).get(note), 'chrome', note);
  }
  for (const sentence of ['Các đối tượng dùng AI tạo video giả mạo lãnh đạo để lừa đảo.', 'Bài viết của ai cũng được đọc và trả lời trong ngày.']) {
    assert.equal(kindsOf(['Tiêu đề bài viết', '07/12/2026 08:30', PROSE, sentence, PROSE, 'Hồng Quân'].join('\n')).get(sentence), 'body', sentence);
  }
});
