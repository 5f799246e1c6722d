import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describesScene, tellsLikeText, readDescribedPlaceholder, readImageToken, readCreditedCaption, readCreditOnly, withoutPhotoNumber, tightGalleryPositions, isFirstSlide, isGalleryPosition } from '../../../src/extract/figures.ts';
import { extractRecord } from '../../../src/extract/index.ts';
import { readSource } from '../../../src/read/index.ts';
import { decisionFor, kindsOf, PROSE } from '../../helpers.ts';
import { readDateline } from '../../../src/extract/rules/dateline.ts';

test("image-token: a photo printed with no caption, the text going on under it (a line as long as the page's paragraphs, telling as text does), leaves the line to the text; in a photo story, whose every paragraph is under a photo, a long caption is the photo's (negative)", () => {
  const P = (n: number) => `Đoạn văn thứ ${n}: Công an huyện Thanh Sơn phối hợp với UBND các xã tổ chức lễ ra mắt mô hình "Camera an ninh" nhằm tăng cường công tác bảo đảm an ninh trật tự tại các xã vùng cao của huyện.`;
  const under = 'Hình ảnh từ camera được kết nối trực tiếp về trụ sở Công an xã và điện thoại của các thành viên tổ bảo vệ an ninh, trật tự ở cơ sở, giúp lực lượng chức năng kịp thời phát hiện, xử lý các vụ việc.';
  const text = ['Ra mắt mô hình camera an ninh', '07/12/2026', P(1), P(2), 'DSC_0123.JPG', under, P(3), 'Hà Thu Trang'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.paragraphs.length, record?.figures.map((f) => [f.src, f.caption])], [4, [['DSC_0123.JPG', '']]]);
  // Shorter than the paragraphs, as long as a long caption is, and telling: the text's still (a credit in it would make it a caption).
  const shorter = 'Phát biểu tại buổi lễ, đồng chí Thượng tá Hà Văn Dũng, Trưởng Công an huyện đề nghị các xã phát huy hiệu quả mô hình, nhân rộng ra các địa bàn khác trên toàn huyện.';
  const long = (n: number) => `${P(n)} Mô hình được triển khai tại các xã vùng cao có địa bàn rộng, dân cư thưa thớt.`;
  const paragraphsWith = (line: string) => extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình camera an ninh', '07/12/2026', long(1), long(2), '(Ảnh minh họa)', line, long(3), 'Hà Thu Trang'].join('\n')))).record?.paragraphs.length;
  assert.deepEqual([paragraphsWith(shorter), paragraphsWith(`${shorter} (Ảnh: CTV)`)], [4, 3]);
  const story = ['Những hình ảnh đẹp trong ngày hội tòng quân', '26/02/2024 10:00', 'Sáng 26/2, hơn 120 thanh niên tỉnh Hà Giang lên đường thực hiện nghĩa vụ tham gia Công an nhân dân.', 'anh-1.jpg', under, 'anh-2.jpg', 'Lãnh đạo tỉnh tặng hoa, động viên các tân chiến sĩ.', 'Bài, ảnh: Thanh Tuấn'].join('\n');
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(story))).record?.figures.map((f) => f.caption), [under, 'Lãnh đạo tỉnh tặng hoa, động viên các tân chiến sĩ.']);
});

test('image-token: camera names, file names in any case, placeholders', () => {
  for (const token of ['IMGP0713', 'DSC_0042.JPG', 'anh-hoi-nghi-1.jpeg', 'IMG_20221017_094501.Png', 'P1010123', 'DJI_0001.webp']) {
    assert.ok(readImageToken(token), token);
  }
  assert.deepEqual(readImageToken('[Ảnh]'), { kind: 'placeholder', src: null });
  assert.deepEqual(readImageToken('(Hình minh họa 2)'), { kind: 'placeholder', src: null });
  assert.deepEqual(readImageToken('Ảnh 1'), { kind: 'placeholder', src: null });
});

test("image-token: the name Zalo gives a photo sent through it ('z3801234567890_4b8c…', no extension), and a file's name with its address's query ('ca-ha-tinh-1.jpeg?w=800', the source without it); a word and a question mark are no file (negative)", () => {
  assert.deepEqual(readImageToken('z3801234567890_4b8c0d2e9f1a3b5c7d9e0f1a2b3c4d5e'), { kind: 'camera', src: 'z3801234567890_4b8c0d2e9f1a3b5c7d9e0f1a2b3c4d5e' });
  assert.deepEqual(readImageToken('ca-ha-tinh-1.jpeg?w=800'), { kind: 'file', src: 'ca-ha-tinh-1.jpeg' });
  assert.deepEqual(['Vì sao?', 'zone_4b8c0d2e9f1a3b5c7d9e', 'z12 4b8c0d2e9f1a3b5c7d9e'].map(readImageToken), [null, null, null]);
  const page = ['Tiêu đề bài viết', '06/12/2026 15:45', PROSE, 'z3801234567890_4b8c0d2e9f1a3b5c7d9e0f1a2b3c4d5e', 'Lực lượng chức năng kiểm tra hiện trường vụ cháy.', PROSE, 'Hồng Quân'].join('\n');
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(page))).record?.figures.map((f) => f.caption), ['Lực lượng chức năng kiểm tra hiện trường vụ cháy.']);
});

test("image-token: a photo viewer's positions printed without spaces ('1/3', '2/3', '3/3'), two at least of one count, are its slides, the lines under them their captions; one alone, or positions past their count, may be days (negative)", () => {
  const gallery = ['Tiêu đề bài viết', '06/12/2026 15:45', PROSE, '1/3', 'Đội thi trình bày phần thi tiểu phẩm.', '2/3', 'Ban giám khảo chấm thi.', PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(gallery))).record;
  assert.deepEqual([record?.figures.map((f) => f.caption), record?.paragraphs.length], [['Đội thi trình bày phần thi tiểu phẩm.', 'Ban giám khảo chấm thi.'], 2]);
  assert.deepEqual([...tightGalleryPositions(['1/3', 'Đội thi', '2/3', '4/3', '5/12'])], [0, 2]);
  assert.equal(tightGalleryPositions(['1/3', 'Đội thi', '2/4']).size, 0);
});

test("image-token: the first slide's position alone ('1/5') under the article's prose is the photo viewer's, all of it a copy of a slider holds; the line under it its caption; the same between the title and the lead is a day (negative)", () => {
  const slider = ['Tiêu đề bài viết', '06/12/2026 15:45', PROSE, '1/5', 'Đội thi trình bày phần thi tiểu phẩm.', PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(slider))).record;
  assert.deepEqual([record?.figures.map((f) => f.caption), record?.paragraphs.length, record?.date], [['Đội thi trình bày phần thi tiểu phẩm.'], 2, '2026-12-06T15:45:00+07:00']);
  assert.equal(isFirstSlide('2/5'), false);
  assert.equal(isFirstSlide('1/1'), false);
  const day = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '1/5', `Sáng nay, ${PROSE}`, `Năm 2026, ${PROSE}`].join('\n')))).record;
  assert.deepEqual([day?.date, day?.figures.length], ['2026-05-01', 0]);
});

test("image-token: the writer's name or unit under the last photo, none of the text under it, closes the article as its byline, no caption; a name under a photo with the text going on under it is the photo's caption (negative)", () => {
  for (const [writer, author, source] of [['Võ Hải', 'Võ Hải', null], ['Phòng Tham mưu - Công an tỉnh Nghệ An', null, 'Phòng Tham mưu - Công an tỉnh Nghệ An']] as const) {
    const text = ['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', PROSE, PROSE, 'anh-hien-truong.jpg', writer, 'Tin liên quan', 'Bắt giữ 2 đối tượng vận chuyển trái phép pháo nổ'].join('\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.author, record?.source, record?.figures.map((f) => f.caption)], [author, source, ['']], writer);
  }
  const portrait = ['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', PROSE, 'chan-dung.jpg', 'Đại tá Nguyễn Văn An', PROSE, 'Minh Anh'].join('\n');
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(portrait))).record?.figures.map((f) => f.caption), ['Đại tá Nguyễn Văn An']);
});

test("image-token: a photo's file name with its caption after it on one line is the photo and its caption, the credit in the caption its credit; a file's name in a sentence is none (negative)", () => {
  assert.deepEqual(readImageToken('anh1.jpg Đối tượng tại cơ quan Công an.'), { kind: 'file', src: 'anh1.jpg', alt: 'Đối tượng tại cơ quan Công an.' });
  assert.deepEqual(readImageToken('doi-tuong.JPG - Đối tượng tại cơ quan Công an.'), { kind: 'file', src: 'doi-tuong.JPG', alt: 'Đối tượng tại cơ quan Công an.' });
  assert.equal(readImageToken('anh1.jpg được gửi kèm theo đơn tố giác của người dân'), null);
  assert.equal(readImageToken('Tệp anh1.jpg Đối tượng tại cơ quan Công an.'), null);
  const text = ['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', PROSE, 'IMG_1234.JPG Đối tượng tại cơ quan Công an. Ảnh: CACC', PROSE, 'Minh Anh'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption, f.credit]), [['IMG_1234.JPG', 'Đối tượng tại cơ quan Công an.', 'CACC']]);
  assert.equal(record?.paragraphs.length, 2);
});

test("image-token: a photo's placeholder with its caption after it on one line, among the paragraphs ('[Ảnh] Lực lượng chức năng kiểm tra …'), is the photo and its caption; over the article such a mark opens the title (negative)", () => {
  const caption = 'Lực lượng chức năng kiểm tra phương tiện tham gia giao thông';
  for (const line of [`[Ảnh] ${caption}`, `(ẢNH) ${caption}`]) {
    const record = extractRecord(readSource('a.txt', Buffer.from(['Ra quân tổng kiểm soát phương tiện giao thông', '05/12/2026 08:00', PROSE, line, PROSE, 'Minh Anh'].join('\n')))).record;
    assert.deepEqual([record?.figures.map((f) => f.caption), record?.paragraphs.length], [[caption], 2], line);
  }
  const title = '[ẢNH] Rực rỡ lễ hội hoa dã quỳ trên cao nguyên Lâm Viên';
  assert.equal(extractRecord(readSource('a.txt', Buffer.from([title, '05/12/2026 08:00', PROSE, PROSE, 'Minh Anh'].join('\n')))).record?.title, title);
});

test("figures: a credit that needs no name after the caption's stop, with no brackets ('… giao thông. Ảnh minh họa', '… Ảnh cắt từ clip'), is the caption's credit, as in brackets", () => {
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng kiểm tra phương tiện. Ảnh minh họa'), { caption: 'Lực lượng chức năng kiểm tra phương tiện.', credit: 'Ảnh minh họa' });
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng kiểm tra phương tiện. Ảnh tư liệu.'), { caption: 'Lực lượng chức năng kiểm tra phương tiện.', credit: 'Ảnh tư liệu' });
  assert.equal(readCreditedCaption('Lực lượng chức năng kiểm tra phương tiện bằng ảnh tư liệu'), null);
  // Where a still comes from, said for any photo: cut from a clip, a camera's footage, a screen.
  for (const credit of ['Ảnh cắt từ clip', 'Ảnh chụp màn hình', 'Ảnh trích xuất camera', 'Screenshot']) {
    assert.deepEqual(readCreditedCaption(`Nhóm thanh niên chặn đường. ${credit}`), { caption: 'Nhóm thanh niên chặn đường.', credit }, credit);
  }
  assert.equal(readCreditedCaption('Cơ quan Công an đã trích xuất camera, xác định được danh tính một số đối tượng.'), null);
});

test('image-token: a photo\'s address is its trace, named by its file; an address of a page is not (negative)', () => {
  assert.deepEqual(readImageToken('https://cand.com.vn/Files/Image/2024/08/19/ngay-hoi.jpg'), { kind: 'file', src: 'ngay-hoi.jpg' });
  assert.deepEqual(readImageToken('//cdn.baonghean.vn/images/2024/anh%20h%E1%BB%99i%20ngh%E1%BB%8B.JPG?w=800'), { kind: 'file', src: 'anh hội nghị.JPG' });
  assert.equal(readImageToken('https://cand.com.vn/thoi-su/khai-mac-hoi-nghi-i734512/'), null);
});

test('image-token: a photo viewer\'s position in its gallery stands where the photo was, and its caption follows; it is no day and month', () => {
  assert.deepEqual(readImageToken('1 / 4'), { kind: 'placeholder', src: null });
  const text = ['Tiêu đề', '05/03/2024 16:30', PROSE, 'Xem ảnh lớn', '1 / 4', 'Đại diện Đoàn Thanh niên bàn giao công trình.', PROSE, 'Lâm Nguyên'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => f.caption), ['Đại diện Đoàn Thanh niên bàn giao công trình.']);
  assert.equal(record?.date, '2024-03-05T16:30:00+07:00');
  // Printed as dates are, without spaces around the slash, it is not a gallery's position.
  assert.equal(readImageToken('1/4'), null);
});

test("image-token: a gallery's position over a photo's file name ('Ảnh 1/4' over 'ra-quan-1.jpg') is that photo's, and its caption goes to the photo; a position alone is the photo (negative)", () => {
  const gallery = ['Ảnh 1/2', 'ra-quan-1.jpg', 'Lãnh đạo Công an tỉnh phát biểu tại lễ ra quân.', 'Ảnh 2/2', 'ra-quan-2.jpg', 'Các lực lượng tham gia lễ ra quân.'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết về lễ ra quân', '25/11/2024 10:05', PROSE, ...gallery, 'Minh Đức'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption]), [['ra-quan-1.jpg', 'Lãnh đạo Công an tỉnh phát biểu tại lễ ra quân.'], ['ra-quan-2.jpg', 'Các lực lượng tham gia lễ ra quân.']]);
  assert.equal(record?.author, 'Minh Đức');
  const alone = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết về lễ ra quân', '25/11/2024 10:05', PROSE, 'Ảnh 1/2', 'Các lực lượng tham gia lễ ra quân.', PROSE].join('\n')))).record;
  assert.deepEqual(alone?.figures.map((f) => [f.src, f.caption]), [[null, 'Các lực lượng tham gia lễ ra quân.']]);
});

test('image-token: photos in a row have their captions under the last, in order; a paragraph there is not one (negative)', () => {
  const text = ['Tiêu đề', '06/03/2024 15:00', PROSE, 'IMG_2041.jpg', 'IMG_2045.jpg', 'Lãnh đạo Công an tỉnh trao xe đạp cho các em.', 'Các em học sinh phấn khởi nhận quà.', PROSE, 'Ngọc Anh'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption]), [['IMG_2041.jpg', 'Lãnh đạo Công an tỉnh trao xe đạp cho các em.'], ['IMG_2045.jpg', 'Các em học sinh phấn khởi nhận quà.']]);
  const one = ['Tiêu đề', '06/03/2024 15:00', PROSE, 'IMG_2041.jpg', 'IMG_2045.jpg', 'Lãnh đạo Công an tỉnh trao xe đạp cho các em.', PROSE, 'Ngọc Anh'].join('\n');
  const r = extractRecord(readSource('a.txt', Buffer.from(one))).record;
  assert.deepEqual(r?.figures.map((f) => f.caption), ['Lãnh đạo Công an tỉnh trao xe đạp cho các em.', '']);
  assert.deepEqual(r?.paragraphs, [PROSE, PROSE]);
});

test('figures: a caption after its photo\'s label among short paragraphs, the line under a photo that repeats the title, and alternative text in square brackets', () => {
  const labelled = ['Tiêu đề', '08/03/2024 15:00', PROSE, 'Hình: Lực lượng chữa cháy sử dụng xe thang tiếp cận tầng cao để cứu người bị nạn.', 'Buổi diễn tập có sự tham gia của hơn 150 cán bộ, chiến sĩ và 20 phương tiện.', 'Thanh Bình'].join('\n');
  assert.deepEqual(extractRecord(readSource('a.txt', Buffer.from(labelled))).record?.figures.map((f) => f.caption), ['Lực lượng chữa cháy sử dụng xe thang tiếp cận tầng cao để cứu người bị nạn.']);
  const title = 'Công an huyện Đầm Hà ra quân tuần tra dịp Tết';
  const repeated = extractRecord(readSource('a.txt', Buffer.from([title, '01/02/2024 08:00', 'anh-ra-quan.jpg', title, PROSE, 'Thanh Huyền'].join('\n')))).record;
  assert.deepEqual(repeated?.figures.map((f) => [f.src, f.caption]), [['anh-ra-quan.jpg', title]]);
  assert.equal(readDescribedPlaceholder('[Lãnh đạo Công an tỉnh cắt băng khánh thành điểm trường]'), 'Lãnh đạo Công an tỉnh cắt băng khánh thành điểm trường');
});

test('figures: a note in brackets, or two sentences in them, are no photo\'s alternative text (negative)', () => {
  assert.equal(readDescribedPlaceholder('[Tiếp tục cập nhật]'), null);
  assert.equal(readDescribedPlaceholder('[Các đơn vị đã hoàn thành nhiệm vụ. Sau đó, đoàn đi kiểm tra thực tế tại cơ sở]'), null);
  assert.equal(readDescribedPlaceholder('(Còn nữa)'), null);
  assert.equal(readDescribedPlaceholder('[Cập nhật lúc 15h: lực lượng chức năng đã khống chế hoàn toàn đám cháy]'), null);
});

test('image-token: under a photo, a credit alone is its credit, a position label opens its caption, and the article\'s credits are no caption', () => {
  const credited = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '08/03/2024 20:45', PROSE, 'doi-tuong.jpg', 'Ảnh: Công an cung cấp', PROSE, 'Hữu Đức'].join('\n')))).record;
  assert.deepEqual(credited?.figures, [{ src: 'doi-tuong.jpg', caption: '', credit: 'Công an cung cấp' }]);
  const placed = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '09/03/2024 10:30', PROSE, 'cau-1.jpg', 'Ảnh trên: Lãnh đạo Công an tỉnh cắt băng khánh thành cầu.', PROSE, 'Thành Luân'].join('\n')))).record;
  assert.equal(placed?.figures[0]?.caption, 'Lãnh đạo Công an tỉnh cắt băng khánh thành cầu.');
  const infographic = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '05/03/2024 15:00', PROSE, 'infographic.png', 'Thực hiện: Minh Trí; Đồ họa: Khánh Linh'].join('\n')))).record;
  assert.equal(infographic?.author, 'Minh Trí');
  assert.equal(infographic?.figures[0]?.caption, '');
});

test('image-token: an illustration\'s note under a photo, with no label, is its caption (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '05/03/2024 15:00', PROSE, 'anh.jpg', 'Ảnh minh họa', PROSE, 'Minh Trí'].join('\n')))).record;
  assert.equal(record?.figures[0]?.caption, 'Ảnh minh họa');
});

test('image-token: words and numbers that are not image names (negative)', () => {
  for (const text of ['Hội nghị', 'IMG', '2022', 'Xem ảnh tại đây', 'Quyết định 1234', 'Ảnh', 'Hình 3 cho thấy số vụ giảm']) assert.equal(readImageToken(text), null, text);
});

test('image-token: the line under an image name is its caption', () => {
  const text = ['Tiêu đề', PROSE, 'IMGP0713', 'Các đại biểu dự hội nghị tại điểm cầu Công an tỉnh Hà Nam', PROSE, 'Nguyễn Văn An'].join('\n');
  assert.equal(decisionFor(text, 'IMGP0713')?.kind, 'image');
  assert.equal(decisionFor(text, 'Các đại biểu dự hội nghị tại điểm cầu Công an tỉnh Hà Nam')?.kind, 'caption');
});

test('photo-credit: captions with credits, bracketed or not, and credits alone', () => {
  assert.deepEqual(readCreditedCaption('Toàn cảnh Hội nghị. (Ảnh: Bộ Công an)'), { caption: 'Toàn cảnh Hội nghị.', credit: 'Bộ Công an' });
  assert.deepEqual(readCreditedCaption('Thượng tướng phát biểu (Ảnh: Cổng thông tin điện tử BCA).'), { caption: 'Thượng tướng phát biểu', credit: 'Cổng thông tin điện tử BCA' });
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng kiểm tra. Ảnh: Hoàng Hà'), { caption: 'Lực lượng chức năng kiểm tra.', credit: 'Hoàng Hà' });
  assert.deepEqual(readCreditedCaption('Hiện trường vụ cháy [Photo: VNA]'), { caption: 'Hiện trường vụ cháy', credit: 'VNA' });
  // The caption and its credit in brackets together.
  assert.deepEqual(readCreditedCaption('(Camera được lắp đặt tại các tuyến đường trọng điểm. Ảnh: CTV)'), { caption: 'Camera được lắp đặt tại các tuyến đường trọng điểm.', credit: 'CTV' });
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng tại hiện trường. Ảnh: H.L'), { caption: 'Lực lượng chức năng tại hiện trường.', credit: 'H.L' });
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng tại hiện trường. Ảnh: T.Q.V'), { caption: 'Lực lượng chức năng tại hiện trường.', credit: 'T.Q.V' });
  assert.equal(readCreditOnly('(Ảnh: TTXVN)'), 'TTXVN');
  assert.equal(readCreditOnly('Ảnh: Minh Anh'), 'Minh Anh');
  assert.equal(readCreditOnly('Ảnh: Internet'), 'Internet');
  // Who took the photo, under other labels.
  assert.equal(readCreditOnly('Tác giả ảnh: Minh Đức'), 'Minh Đức');
  assert.deepEqual(readCreditedCaption('Lực lượng cứu hộ tại hiện trường. Người chụp: Thanh Tùng'), { caption: 'Lực lượng cứu hộ tại hiện trường.', credit: 'Thanh Tùng' });
  assert.equal(readCreditOnly('Ảnh chụp lại từ camera an ninh.'), null);
});

test('photo-credit: a credit after a slash, or in brackets with no colon before a capitalised name; a photo\'s position in brackets, or a label\'s slash, is none (negative)', () => {
  assert.deepEqual(readCreditedCaption('Các đối tượng tại cơ quan Công an/Ảnh: CTV'), { caption: 'Các đối tượng tại cơ quan Công an', credit: 'CTV' });
  assert.deepEqual(readCreditedCaption('Các đối tượng tại cơ quan Công an (ảnh CTV)'), { caption: 'Các đối tượng tại cơ quan Công an', credit: 'CTV' });
  assert.equal(readCreditedCaption('Toàn cảnh buổi lễ (ảnh trên)'), null);
  assert.equal(readCreditedCaption('Tin/ảnh: Ngọc Trâm'), null);
});

test('image-token: a source after the caption\'s stop under a photo is its credit; a source after a sentence elsewhere is the text\'s (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '08/03/2024 14:20', PROSE, 'anh-1.jpg', 'Các đối tượng tại cơ quan Công an. Nguồn: Internet', PROSE, 'Minh Hà'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption, f.credit]), [['anh-1.jpg', 'Các đối tượng tại cơ quan Công an.', 'Internet']]);
  assert.equal(readCreditedCaption('Tỷ lệ tội phạm giảm 5%. Nguồn: Bộ Công an'), null);
});

test("photo-credit: where the photo comes from ('Nguồn: Internet', in brackets, after a stop or a dash) after words that can only be a photo's (an illustration, what the photo shows) is its credit, wherever the line stands; after a sentence of the text it cites the text's source (negative)", () => {
  assert.deepEqual(readCreditedCaption('Ảnh minh họa. (Nguồn: Internet)'), { caption: 'Ảnh minh họa.', credit: 'Internet' });
  assert.deepEqual(readCreditedCaption('Hình minh họa - Nguồn: Internet'), { caption: 'Hình minh họa', credit: 'Internet' });
  assert.deepEqual(readCreditedCaption('Tang vật thu giữ tại cơ quan Công an (nguồn CAND)'), { caption: 'Tang vật thu giữ tại cơ quan Công an', credit: 'CAND' });
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng kiểm tra hiện trường. Nguồn: Công an tỉnh'), { caption: 'Lực lượng chức năng kiểm tra hiện trường.', credit: 'Công an tỉnh' });
  assert.equal(readCreditedCaption('Số vụ lừa đảo qua mạng tăng mạnh trong năm nay. (Nguồn: Bộ Công an)'), null);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Cảnh giác với thủ đoạn giả danh cán bộ điện lực', '03/12/2026 14:05', 'Ảnh minh họa. (Nguồn: Internet)', PROSE, PROSE, 'PV'].join('\n')))).record;
  assert.deepEqual([record?.figures.map((f) => [f.caption, f.credit]), record?.paragraphs.length], [[['Ảnh minh họa.', 'Internet']], 2]);
});

test("photo-credit: a photo's label, then who or what made it ('Hình ảnh được tạo bởi AI', 'Ảnh chụp bởi Minh Hà', 'Image generated by AI'), alone on its line, credits the maker; what the photo shows after the same words is a caption (negative)", () => {
  assert.equal(readCreditOnly('Hình ảnh được tạo bởi AI'), 'AI');
  assert.equal(readCreditOnly('(Ảnh minh họa tạo bằng trí tuệ nhân tạo)'), 'trí tuệ nhân tạo');
  assert.equal(readCreditOnly('Ảnh chụp bởi Minh Hà'), 'Minh Hà');
  assert.equal(readCreditOnly('Image generated by AI'), 'AI');
  assert.equal(readCreditOnly('Ảnh được chụp bởi người dân cho thấy ngọn lửa bùng lên dữ dội và lan nhanh.'), null);
});

test("image-token: under a photo, its label and who made it with no colon ('Ảnh chụp bởi Minh Hà', 'Ảnh do người dân cung cấp') is its credit; 'Ảnh minh họa' there, with no maker, is its caption (negative)", () => {
  const figure = (under: string) => extractRecord(readSource('a.txt', Buffer.from(['Ngày hội Đại đoàn kết ở xã Kỳ Sơn', '05/12/2026', PROSE, 'ngay-hoi-1.jpg', under, PROSE, 'Thanh Tâm'].join('\n')))).record?.figures.map((f) => [f.src, f.caption, f.credit]);
  assert.deepEqual(figure('Ảnh chụp bởi Minh Hà'), [['ngay-hoi-1.jpg', '', 'Minh Hà']]);
  assert.deepEqual(figure('Ảnh do người dân cung cấp'), [['ngay-hoi-1.jpg', '', 'người dân cung cấp']]);
  assert.deepEqual(figure('Ảnh minh họa'), [['ngay-hoi-1.jpg', 'Ảnh minh họa', null]]);
});

test("figures: where the photo stands before its caption ('Ảnh dưới: Phần thi võ thuật …') is no credit's label, whatever follows; 'Ảnh: Minh Anh' still credits (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Hội thi điều lệnh, võ thuật năm 2026', '05/12/2026 14:30', PROSE, 'hoi-thi-1.jpg', 'hoi-thi-2.jpg', 'Ảnh trên: Các đội thi diễu hành qua lễ đài.', 'Ảnh dưới: Phần thi võ thuật của Công an huyện Cao Lộc.', PROSE, 'Hoàng Tùng'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => f.caption), ['Các đội thi diễu hành qua lễ đài.', 'Phần thi võ thuật của Công an huyện Cao Lộc.']);
  assert.equal(readCreditOnly('Ảnh: Minh Anh'), 'Minh Anh');
});

test("image-token: a photo's file name, then its credit in brackets on its line ('IMG_5521.JPG (Ảnh: Tư liệu)'), is the photo and its credit, the line under it its caption; a file name before other words in brackets is none (negative)", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Hội thi điều lệnh, võ thuật năm 2026', '05/12/2026 14:30', PROSE, 'IMG_5521.JPG (Ảnh: Tư liệu)', 'Lễ trao giải cho các đội xuất sắc.', PROSE, 'Hoàng Tùng'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption, f.credit]), [['IMG_5521.JPG', 'Lễ trao giải cho các đội xuất sắc.', 'Tư liệu']]);
  assert.equal(readImageToken('bao-cao.pdf (xem chi tiết)'), null);
});

test('photo-credit: \'Ảnh do X cung cấp\' in brackets after a caption, or alone, credits X', () => {
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng kiểm tra hiện trường (Ảnh do Công an tỉnh cung cấp)'), { caption: 'Lực lượng chức năng kiểm tra hiện trường', credit: 'Công an tỉnh cung cấp' });
  assert.equal(readCreditOnly('Ảnh do Công an tỉnh cung cấp'), 'Công an tỉnh cung cấp');
  // What the photo shows after 'Ảnh do …' is a caption, not a credit (negative).
  assert.equal(readCreditOnly('Ảnh do phóng viên chụp lại tại hiện trường vụ tai nạn giao thông'), null);
});

test('photo-credit: a credit label and name in capitals after the caption, with no stop between them', () => {
  assert.deepEqual(readCreditedCaption('Lực lượng chức năng khám nghiệm hiện trường vụ cháy ẢNH: ĐÌNH HUY'), { caption: 'Lực lượng chức năng khám nghiệm hiện trường vụ cháy', credit: 'ĐÌNH HUY' });
  assert.deepEqual(readCreditedCaption('Quang cảnh buổi lễ NGUỒN ẢNH: CÔNG AN TỈNH'), { caption: 'Quang cảnh buổi lễ', credit: 'CÔNG AN TỈNH' });
  // In lower case the label is a word of the sentence; a caption in capitals has no caption case to tell it from its credit.
  assert.equal(readCreditedCaption('Người dân nhận ảnh: bản in màu'), null);
  assert.equal(readCreditedCaption('TOÀN CẢNH HỘI NGHỊ ẢNH: TTXVN'), null);
});

test('photo-credit: a photo credit under the writer\'s labelled credit, closing the text or over it, is the byline\'s, no photo of its own nor a paragraph; alone under a caption it is the photo\'s (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '06/03/2024 14:00', PROSE, PROSE, 'Bài: Lan Anh', 'Ảnh: Đức Thịnh'].join('\n')))).record;
  assert.deepEqual(record?.figures, []);
  assert.equal(record?.author, 'Lan Anh');
  // Over the text, under the title (with the dateline under it, or the team's other credits), it is the byline's too: no paragraph.
  for (const head of [['Bài: Lan Anh', 'Ảnh: Đức Thịnh', '06/03/2024 14:00'], ['06/03/2024 14:00', 'Nội dung: Lan Anh', 'Ảnh: Đức Thịnh', 'Thiết kế: Minh Ngọc']]) {
    const top = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', ...head, PROSE, PROSE].join('\n')))).record;
    assert.deepEqual([top?.author, top?.paragraphs.length, top?.figures], ['Lan Anh', 2, []], head.join(' / '));
  }
  const captioned = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '06/03/2024 14:00', PROSE, 'Lãnh đạo tỉnh trao quà cho các em', 'Ảnh: Đức Thịnh', PROSE, 'Lan Anh'].join('\n')))).record;
  assert.equal(captioned?.figures[0]?.credit, 'Đức Thịnh');
});

test('photo-credit: a sentence that mentions photos is not a credit (negative)', () => {
  assert.equal(readCreditedCaption('Người dân chụp ảnh lưu niệm tại quảng trường.'), null);
  assert.equal(readCreditOnly('Ảnh hưởng của bão số 3 rất lớn'), null);
  // After the label, what the photo shows: a caption, not a credit.
  assert.equal(readCreditOnly('Ảnh: Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng.'), null);
  assert.equal(readCreditOnly('Ảnh: Công an huyện Yên Phong cung cấp'), 'Công an huyện Yên Phong cung cấp');
});

test('photo-credit: the short line right above a credit alone is its caption; a paragraph or a name there is not (negative)', () => {
  const caption = 'Phối cảnh ngôi trường sau khi hoàn thành.';
  const kinds = kindsOf(['Tiêu đề', PROSE, caption, 'Nguồn ảnh: UBND huyện Vân Đồn', PROSE, 'Quốc Việt'].join('\n'));
  assert.equal(kinds.get(caption), 'caption');
  const paragraph = `Sau đó, ${PROSE}`;
  assert.equal(kindsOf(['Tiêu đề', PROSE, paragraph, '(Ảnh: TTXVN)', PROSE, 'Quốc Việt'].join('\n')).get(paragraph), 'body');
  assert.equal(kindsOf(['Tiêu đề', PROSE, PROSE, 'Minh Anh', 'Ảnh: Internet'].join('\n')).get('Minh Anh'), 'byline');
});

test("standalone-caption: the short lines under a sentence that introduces a gallery ('Một số hình ảnh tại Hội thao:') are its photos' captions, down to the byline; under any other colon they are the text's list (negative)", () => {
  const captions = ['Các vận động viên thi nội dung võ thuật.', 'Phần thi bắn súng K54.', 'Lãnh đạo Công an tỉnh trao giải cho các đội đạt thành tích cao.'];
  const read = (intro: string) => extractRecord(readSource('a.txt', Buffer.from(['Công an tỉnh Hà Nam tổ chức Hội thao Công an xã năm 2026', '03/12/2026 17:20', PROSE, PROSE, intro, ...captions, 'Minh Tâm'].join('\n')))).record;
  const gallery = read('Một số hình ảnh tại Hội thao:');
  assert.deepEqual([gallery?.figures.map((f) => f.caption), gallery?.paragraphs.length, gallery?.author], [captions, 3, 'Minh Tâm']);
  const list = read('Các nội dung thi đấu gồm:');
  assert.deepEqual([list?.figures.length, list?.paragraphs.length], [0, 6]);
});

test("standalone-caption: a caption's phrase in a sentence that tells as running text does ('… cho biết, nhờ vậy đảng viên … phát biểu sôi nổi hơn.') is the text's; the phrase in a caption, beside a city's name that holds a telling word ('Cần Thơ'), is a caption's (negative)", () => {
  const said = 'Bí thư chi bộ Trần Văn Lộc cho biết, nhờ vậy đảng viên đến họp đông đủ hơn, phát biểu sôi nổi hơn.';
  assert.equal(kindsOf(['Tiêu đề', PROSE, PROSE, said, '(Còn nữa)', 'Nguồn: Ban Tuyên giáo Tỉnh ủy'].join('\n')).get(said), 'body');
  const caption = 'Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.';
  assert.equal(kindsOf(['Tiêu đề', PROSE, '', '', caption, '', PROSE, 'Ngọc Hậu'].join('\n')).get(caption), 'caption');
  // The words of running text are told as a sentence prints them: after each sentence's first letter, a capital opens a name.
  assert.deepEqual(['Ông Lộc cho biết, chi bộ họp đều', 'Đã bắt giữ đối tượng', 'Xe lao xuống vực. Khi đến nơi, lực lượng cứu hộ …', 'LỰC LƯỢNG ĐÃ PHÁT HIỆN', 'Trường Đại học Cần Thơ'].map(tellsLikeText), [true, true, true, true, false]);
});

test('standalone-caption: a caption where a photo was, and one broken over two lines', () => {
  const gap = ['Tiêu đề', PROSE, '', '', 'Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.', '', PROSE, 'Ngọc Hậu'].join('\n');
  assert.equal(kindsOf(gap).get('Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.'), 'caption');
  // Above a sentence that tells of events, counts or asks, a gap is no photo's (negative).
  for (const sentence of ['Hội nghị đã thống nhất các giải pháp trọng tâm trong thời gian tới.', 'Tỷ lệ hồ sơ nộp trực tuyến đạt 68%, tăng 20% so với năm trước.', 'PV: Xin đồng chí cho biết kết quả công tác thời gian qua?']) {
    assert.equal(kindsOf(['Tiêu đề', PROSE, '', '', sentence, '', PROSE, 'Ngọc Hậu'].join('\n')).get(sentence), 'body', sentence);
  }
  const broken = ['Tiêu đề', PROSE, 'Đại tá Dương Văn Mạnh, Phó Giám đốc Công an tỉnh chủ trì', 'dự tại điểm cầu Bình Phước', PROSE, 'Trần Hoài Thu'].join('\n');
  const d = decisionFor(broken, 'Đại tá Dương Văn Mạnh, Phó Giám đốc Công an tỉnh chủ trì dự tại điểm cầu Bình Phước');
  assert.equal(d?.kind, 'caption');
  assert.match(d?.reason ?? '', /broken over two lines/);
});

test("standalone-caption: the blank lines between a poem's stanzas, in a copy that sets a blank line between its lines, are no photo's: a stanza's first line is verse; a short line under a gap over a paragraph is still a caption (negative)", () => {
  const stanzas = [['Đêm biên cương gió lạnh', 'Sương phủ trắng đỉnh đồi', 'Anh vẫn đứng canh giữ'], ['Mẹ già nơi quê nhà', 'Ngóng con từng mùa lúa', 'Anh gửi về lời hứa'], ['Màu áo xanh thân thương', 'Giữa núi rừng hùng vĩ', 'Giữ bình yên biên cương.']];
  const page = ['Thơ: Người chiến sĩ nơi biên giới', '04/12/2026 15:00', stanzas.map((s) => s.join('\n\n')).join('\n\n\n\n'), 'Hương Lan'].join('\n\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(page))).record;
  assert.deepEqual([record?.figures, record?.paragraphs, record?.author], [[], stanzas.flat(), 'Hương Lan']);
  const caption = 'Lực lượng chức năng tuần tra trên tuyến biên giới';
  assert.equal(kindsOf(['Tiêu đề', '', PROSE, '', '', '', '', caption, '', PROSE, '', 'Ngọc Hậu'].join('\n')).get(caption), 'caption');
});

test('image-token: a placeholder under the caption and credit printed above it is that photo\'s: the paragraph under it is no caption', () => {
  const next = 'Qua đấu tranh, đối tượng khai nhận số ma túy trên được mua từ một người không quen biết ở khu vực biên giới, đưa về địa bàn để bán kiếm lời.';
  const text = ['Tiêu đề bài viết', '16/03/2024 07:45', PROSE, 'Đối tượng Lò Văn Sơn cùng tang vật tại cơ quan Công an. (Ảnh: Công an tỉnh Điện Biên)', 'Ảnh 1', next, PROSE, 'Hoàng Lâm'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption, f.credit]), [[null, 'Đối tượng Lò Văn Sơn cùng tang vật tại cơ quan Công an.', 'Công an tỉnh Điện Biên']]);
  assert.deepEqual(record?.paragraphs.map((p) => p.slice(0, 10)), [PROSE.slice(0, 10), next.slice(0, 10), PROSE.slice(0, 10)]);
});

test('standalone-caption: a short line that ends as police photos are captioned (at the police station, with the seized goods)', () => {
  for (const caption of ['Các đối tượng tại cơ quan Công an.', 'Đối tượng Lò Văn Sáng cùng tang vật', 'Các bị can tại cơ quan điều tra.', 'Đối tượng Trần Văn Nam tại cơ quan chức năng.']) {
    const d = decisionFor(['Tiêu đề', '05/03/2024 08:15', PROSE, caption, PROSE, 'Văn Hiếu'].join('\n'), caption);
    assert.equal(d?.kind, 'caption', caption);
    assert.match(d?.reason ?? '', /ends with the caption phrase/);
  }
});

test('standalone-caption: someone named with their post, then what they do at the event, and no more, is a caption among paragraphs as short; running on after the event, it is a sentence (negative)', () => {
  const short = 'Chiều 21/3, Ủy ban bầu cử tỉnh tổ chức hội nghị tổng kết công tác bầu cử bổ sung đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.';
  const caption = 'Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh phát biểu kết luận hội nghị.';
  const runsOn = 'Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh phát biểu tại hội nghị, đề nghị các địa phương rút kinh nghiệm.';
  const text = (line: string) => ['Tiêu đề bài viết', '21/03/2024 15:05', short, line, 'Theo báo cáo, cuộc bầu cử diễn ra dân chủ, đúng luật, an toàn, với tỷ lệ cử tri đi bầu đạt 99,5%.', 'Lê Hợi'].join('\n');
  assert.equal(kindsOf(text(caption)).get(caption), 'caption');
  assert.equal(kindsOf(text(runsOn)).get(runsOn), 'body');
});

test('video-caption: an embedded video\'s caption under its label among the paragraphs, with where it came from, is a figure; the label over the dateline is the title, a sentence about a video is body (negative)', () => {
  const text = ['Xe khách bốc cháy dữ dội trên cao tốc', '18/03/2024 10:30', PROSE, 'Video: Hiện trường vụ cháy xe khách (Nguồn: Facebook)', 'Clip: Lực lượng chức năng dập lửa', 'Video clip ghi lại cảnh ngọn lửa bùng lên dữ dội.', PROSE, 'Theo TTXVN'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.caption, f.credit]), [['Hiện trường vụ cháy xe khách', 'Facebook'], ['Lực lượng chức năng dập lửa', null]]);
  assert.equal(record?.paragraphs.length, 3);
  const titled = extractRecord(readSource('a.txt', Buffer.from(['Clip: Cảnh sát giao thông dẫn đường đưa sản phụ đi cấp cứu', '13/11/2024 11:20', PROSE].join('\n')))).record;
  assert.equal(titled?.title, 'Clip: Cảnh sát giao thông dẫn đường đưa sản phụ đi cấp cứu');
});

test("video-caption: where the video came from on the line under its caption ('Video: …' / 'Nguồn: VTV'), the text going on under it, is the video's credit, not the article's source; at the end of the text it is the source (negative)", () => {
  const text = ['Bắt giữ đối tượng vận chuyển 10 bánh heroin', '05/03/2024 14:15', PROSE, 'Video: Lực lượng chức năng kiểm tra phương tiện', 'Nguồn: VTV', PROSE, 'Theo Báo Biên phòng'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.figures.map((f) => [f.caption, f.credit]), record?.source, record?.paragraphs.length], [[['Lực lượng chức năng kiểm tra phương tiện', 'VTV']], 'Báo Biên phòng', 2]);
  const unsourced = extractRecord(readSource('a.txt', Buffer.from(['Bắt giữ đối tượng vận chuyển 10 bánh heroin', '05/03/2024 14:15', PROSE, PROSE, 'Nguồn: VTV'].join('\n')))).record;
  assert.deepEqual([unsourced?.figures.length, unsourced?.source], [0, 'VTV']);
  // Under a video that ends the text, `Nguồn:` is the article's source line; `Nguồn video:` is still the video's.
  const ending = (credit: string) => extractRecord(readSource('a.txt', Buffer.from(['Bắt giữ đối tượng vận chuyển 10 bánh heroin', '05/03/2024 14:15', PROSE, PROSE, 'Video: Lực lượng chức năng kiểm tra phương tiện', credit, 'Tin liên quan', 'Khởi tố vụ án lừa đảo qua mạng xã hội'].join('\n')))).record;
  assert.deepEqual([ending('Nguồn: baochinhphu.vn')?.source, ending('Nguồn: baochinhphu.vn')?.figures[0]?.credit], ['baochinhphu.vn', null]);
  assert.deepEqual([ending('Nguồn video: VTV')?.source, ending('Nguồn video: VTV')?.figures[0]?.credit], [null, 'VTV']);
});

test("image-token: a gallery's position under the photo's label with a colon ('Ảnh: 1/8', 'Ảnh: 1 / 8') is a photo's placeholder, no dateline with its section; the label before a name is a credit (negative)", () => {
  for (const line of ['Ảnh: 1/8', 'Ảnh: 1 / 8', 'Hình: 2/5']) {
    assert.equal(isGalleryPosition(line), true, line);
    assert.equal(readDateline(line), null, line);
  }
  assert.equal(isGalleryPosition('Ảnh: Minh Anh'), false);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Thông báo truy nã đối tượng Nguyễn Văn Hùng', 'Cập nhật: 08:30 | 12/09/2024', PROSE, 'Ảnh: 1/8', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.section, record?.figures.length, record?.paragraphs.length], [null, 1, 3]);
});

test("video-caption: other videos' headlines under the heading of the site's block ('Video khác' over 'Clip: …' over 'Clip: …') are the block's, no figure nor credit of the article's; a video's caption among the paragraphs, or under an ad's label, is one (negative)", () => {
  const clips = ['Clip: Cận cảnh lực lượng CSGT xử lý vi phạm nồng độ cồn', 'Clip: Người dân hào hứng với mô hình camera an ninh'];
  const read = (...text: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Công an tỉnh Hà Tĩnh ra quân tổng kiểm soát phương tiện', '07/12/2026 08:30', ...text].join('\n')))).record;
  const block = read(PROSE, PROSE, 'Video khác', ...clips);
  assert.deepEqual([block?.figures.length, block?.paragraphs.length, block?.source], [0, 2, null]);
  assert.equal(read(PROSE, clips[0]!, PROSE)?.figures[0]?.caption, 'Cận cảnh lực lượng CSGT xử lý vi phạm nồng độ cồn');
  // An ad's label over the article's own video heads no block of videos.
  const sourced = read(PROSE, 'ADVERTISEMENT', 'Video: Hiện trường vụ cháy xe khách (Nguồn: Facebook)', PROSE)?.figures[0];
  assert.deepEqual([sourced?.caption, sourced?.credit], ['Hiện trường vụ cháy xe khách', 'Facebook']);
});

test("video-caption: a video's label over a person's name under the byline ('Video: Hoàng Long', 'Clip: …') credits who made it with the team, no video's caption (negative)", () => {
  for (const label of ['Video', 'Clip']) {
    const text = ['Xe khách bốc cháy dữ dội trên cao tốc', '18/03/2024 10:30', PROSE, PROSE, 'Minh Anh', `${label}: Hoàng Long`].join('\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    assert.deepEqual([record?.author, record?.figures.length, record?.paragraphs.length], ['Minh Anh', 0, 2], label);
  }
});

test("figures: after a photo's label, a caption's own few words ('[Ảnh: Tang vật thu giữ]', 'Ảnh: Quang cảnh hội nghị') say what it shows, not who took it; a name or a unit that provided it is the credit (negative)", () => {
  assert.equal(readCreditOnly('[Ảnh: Tang vật thu giữ]'), null);
  assert.equal(readDescribedPlaceholder('[Ảnh: Tang vật thu giữ]'), 'Tang vật thu giữ');
  assert.equal(readCreditOnly('Ảnh: Quang cảnh hội nghị'), null);
  for (const credit of ['Công an cung cấp', 'Minh Tuấn', 'Công an huyện Yên Phong']) assert.equal(readCreditOnly(`(Ảnh: ${credit})`), credit, credit);
});

test("standalone-caption: in English, whose running text tells in the past, a scene in the present is a caption with its stop too; the same scene in the past is the text's (negative)", () => {
  const PARA = 'On December 2, the police inspected a warehouse in Mong Cai City and found 12.5 tonnes of frozen chicken, pork and beef without invoices or quarantine certificates.';
  const kinds = kindsOf(['Provincial police dismantle cross-border smuggling ring', 'Friday, 04/12/2026 - 14:30', PARA, 'Police officers inspect the frozen goods at the warehouse.', PARA.replace('12.5', '13'), 'Police officers inspected the frozen goods at the warehouse.', PARA.replace('12.5', '14')].join('\n'));
  assert.equal(kinds.get('Police officers inspect the frozen goods at the warehouse.'), 'caption');
  assert.equal(kinds.get('Police officers inspected the frozen goods at the warehouse.'), 'body');
});

test("standalone-caption: what the photo shows named first ('Hiện trường vụ tai nạn', 'Tang vật vụ án', 'Lễ ra quân …') needs no verb, and delegates attending (dự) and traffic police (CSGT) are scenes; a festival's name, or the scene told with a word of running text, is not (negative)", () => {
  const captions = ['Hiện trường vụ tai nạn', 'Tang vật vụ án', 'Lễ ra quân cao điểm tấn công trấn áp tội phạm', 'Các đại biểu dự hội nghị', 'CSGT kiểm tra nồng độ cồn người điều khiển phương tiện'];
  const sentences = ['Lễ hội hoa ban 2026', 'Hiện trường vụ cháy được phong tỏa để phục vụ công tác điều tra', 'Các đại biểu thảo luận', 'Tang vật gồm 2 xe máy và 5 điện thoại.'];
  for (const line of [...captions, ...sentences]) {
    const kinds = kindsOf(['Tiêu đề bài viết về công tác', '07/12/2026 08:30', PROSE, line, PROSE, PROSE, 'Thu Trang'].join('\n'));
    assert.equal(kinds.get(line), captions.includes(line) ? 'caption' : 'body', line);
  }
});

test("standalone-caption: on a page whose other photos are captioned (with their credit), a scene with its stop is a caption too; on a page with none, or telling what was done, it is a sentence of the text (negative)", () => {
  const scene = 'Các đội thi tham gia phần thi chào hỏi.';
  const credited = 'Ban Tổ chức trao giải Nhất cho đội Công an huyện Đăk Hà (Ảnh: Công an Kon Tum)';
  const page = (line: string, photo: string) => ['Công an tỉnh tổ chức Hội thi "Dân vận khéo" năm 2026', '04/12/2026', PROSE, line, PROSE, photo, PROSE, 'HT'].join('\n');
  assert.equal(kindsOf(page(scene, credited)).get(scene), 'caption');
  assert.equal(kindsOf(page(scene, 'Ban Tổ chức trao giải cho các đội đạt thành tích cao.')).get(scene), 'body');
  const told = 'Các đội thi đã tham gia phần thi chào hỏi.';
  assert.equal(kindsOf(page(told, credited)).get(told), 'body');
});

test("standalone-caption: who is in the photo, then what they do (an action a photo shows), in one short clause with no word of running text and no stop, is a caption though it names no caption's phrase; a short sentence of the text, a subheading, a list's item or a notice's request is not (negative)", () => {
  const scenes = ['Cán bộ Công an xã hướng dẫn người dân cài đặt ứng dụng VNeID', 'Lực lượng Cảnh sát giao thông kiểm tra nồng độ cồn đối với người điều khiển phương tiện'];
  const sentences = ['Lực lượng chức năng tiếp tục điều tra làm rõ vụ việc.', 'Người dân phấn khởi đón nhận chủ trương này.', 'Học sinh là đối tượng dễ bị lôi kéo sử dụng ma túy.', 'Người dân có nhu cầu đăng ký xe vui lòng liên hệ trực tiếp tại trụ sở.', 'Các đối tượng khai nhận toàn bộ hành vi phạm tội.'];
  assert.deepEqual(scenes.map(describesScene), ['cán bộ', 'lực lượng']);
  // A person by rank or title before the name; helping, and a family harmed, are what a photo shows too.
  assert.equal(describesScene('Đại úy Nguyễn Văn An hướng dẫn người dân làm thủ tục cấp căn cước'), 'Đại úy');
  assert.equal(describesScene('Cán bộ, chiến sĩ giúp người dân dọn dẹp nhà cửa sau lũ'), 'cán bộ, chiến sĩ');
  assert.equal(describesScene('Đoàn công tác thăm hỏi gia đình bị thiệt hại do bão'), 'đoàn công tác');
  assert.deepEqual(sentences.slice(0, 4).map(describesScene), [null, null, null, null]);
  // Under the last paragraph it is no organisation closing the article, though it opens with one's word (`Đoàn`).
  const closing = extractRecord(readSource('a.txt', Buffer.from(['Tuổi trẻ Công an huyện ra quân hỗ trợ người dân', '15/12/2024', PROSE, 'Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng VNeID trên điện thoại', PROSE].join('\n')))).record;
  assert.deepEqual([closing?.source, closing?.figures.length], [null, 1]);
  // A subheading names no action a photo shows.
  const subheading = 'Lực lượng nòng cốt trong bảo vệ an ninh ở cơ sở';
  assert.equal(describesScene(subheading), null);
  const kinds = kindsOf(['Tiêu đề bài viết về công tác', '07/12/2024 08:30', PROSE, scenes[0], PROSE, scenes[1], PROSE, ...sentences, 'Cảnh sát cơ động', subheading, PROSE, 'Thu Trang'].join('\n'));
  for (const line of scenes) assert.equal(kinds.get(line), 'caption', line);
  for (const line of [...sentences, 'Cảnh sát cơ động', subheading]) assert.equal(kinds.get(line), 'body', line);
});

test('standalone-caption: a line that says where someone stands in the photo (bên phải, thứ hai từ trái sang) is a caption; a note in brackets that places nobody is not (negative)', () => {
  const captions = ['Thiếu tá Mùa A Sáng (bên phải) trò chuyện với người dân.', 'Đại tá Nguyễn Văn Long (thứ hai từ trái sang) trao quà cho các gia đình.'];
  const body = 'Năm 2023, xã không để xảy ra trọng án (giảm 2 vụ so với cùng kỳ).';
  const kinds = kindsOf(['Tiêu đề bài viết', '10/04/2024 07:00', PROSE, captions[0], PROSE, captions[1], body, PROSE, 'Thanh Hà'].join('\n'));
  for (const line of captions) assert.equal(kinds.get(line), 'caption', line);
  assert.equal(kinds.get(body), 'body');
});

test('standalone-caption: a short line set wholly in italics between paragraphs is a caption; a subheading in bold italics is not (negative)', () => {
  const text = ['Diễn tập phương án chữa cháy tại chợ trung tâm', '17/04/2024 09:30', PROSE, '*Lực lượng chữa cháy triển khai đội hình tiếp cận đám cháy.*', PROSE, '***Siết chặt công tác phòng ngừa***', PROSE, 'Thu Hà'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => f.caption), ['Lực lượng chữa cháy triển khai đội hình tiếp cận đám cháy.']);
  assert.deepEqual(record?.paragraphs.length, 4);
  // Above the first paragraph, a line in italics under the title is its deck, the lead.
  const deck = extractRecord(readSource('a.txt', Buffer.from(['Chiến sĩ trẻ nhường áo phao cho người dân', '_Câu chuyện cảm động giữa dòng nước lũ_', '20/04/2024 09:00', PROSE, 'Minh Thu'].join('\n')))).record;
  assert.deepEqual([deck?.figures.length, deck?.lead], [0, 'Câu chuyện cảm động giữa dòng nước lũ']);
});

test('caption-over-title: a sentence over the title and its dateline is the main photo\'s caption; a title with a stop over its dateline stays the title (negative)', () => {
  const text = ['Officers present gifts to poor households in Huong Khe district.', 'Ha Tinh police bring Tet gifts to border communes', 'Posted: 02/02/2024 09:00', PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual([record?.title, record?.figures.map((f) => f.caption)], ['Ha Tinh police bring Tet gifts to border communes', ['Officers present gifts to poor households in Huong Khe district.']]);
  const stopped = extractRecord(readSource('a.txt', Buffer.from(['Cảnh báo thủ đoạn giả danh công an gọi điện lừa đảo.', 'Cập nhật: 20/02/2024', PROSE].join('\n')))).record;
  assert.equal(stopped?.title, 'Cảnh báo thủ đoạn giả danh công an gọi điện lừa đảo.');
});

test('figures: a credit alone right over a photo\'s file name is that photo\'s, captioned by the line under it', () => {
  const text = ['Trao tặng 20 căn nhà cho hộ nghèo', '22/04/2024 16:10', PROSE, '(Ảnh: Minh Tú)', 'IMG_3321.jpg', 'Lãnh đạo Công an tỉnh trao quyết định bàn giao nhà cho các hộ dân.', PROSE, 'Minh Tú'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption, f.credit]), [['IMG_3321.jpg', 'Lãnh đạo Công an tỉnh trao quyết định bàn giao nhà cho các hộ dân.', 'Minh Tú']]);
});

test("figures: a credited caption right over a photo's file name that has no caption under it is that photo's (a caption printed above its photo); with a caption under the photo, the one above is another photo's (negative)", () => {
  const caption = 'Phó Thủ tướng kiểm tra thi công tại công trường hầm Đèo Cả - Ảnh: VGP/Minh Khôi';
  const read = (...photo: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Phó Thủ tướng kiểm tra tiến độ cao tốc Bắc - Nam', '06/12/2026 15:10', PROSE, caption, ...photo, PROSE, 'Minh Khôi'].join('\n')))).record?.figures.map((f) => [f.src, f.caption, f.credit]);
  assert.deepEqual(read('pho-thu-tuong.jpg'), [['pho-thu-tuong.jpg', 'Phó Thủ tướng kiểm tra thi công tại công trường hầm Đèo Cả', 'VGP/Minh Khôi']]);
  assert.deepEqual(read('pho-thu-tuong.jpg', 'Phó Thủ tướng nghe báo cáo tại hầm Đèo Cả.'), [
    [null, 'Phó Thủ tướng kiểm tra thi công tại công trường hầm Đèo Cả', 'VGP/Minh Khôi'],
    ['pho-thu-tuong.jpg', 'Phó Thủ tướng nghe báo cáo tại hầm Đèo Cả.', null],
  ]);
});

test('photo-credit: a sentence under the writer over a credit alone is the top photo\'s caption; a deck with no stop under the title is not (negative)', () => {
  const text = ['Traffic police launch campaign against drunk driving', 'Tuesday, May 14th, 2024, 10:30', 'By Thu Hang', "Traffic police officers check a driver's alcohol level.", 'Photo: Quang Ninh Police', PROSE].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.caption, f.credit]), [["Traffic police officers check a driver's alcohol level.", 'Quang Ninh Police']]);
  const deck = extractRecord(readSource('a.txt', Buffer.from(['Cảnh báo lừa đảo qua mạng', '14/05/2024 10:30', 'Nhiều người dân đã bị chiếm đoạt tiền tỷ', 'Ảnh: Internet', PROSE].join('\n')))).record;
  assert.equal(deck?.lead, 'Nhiều người dân đã bị chiếm đoạt tiền tỷ');
});

test('image-token: a caption printed over a lone photo, with a paragraph under the photo, is its caption; with a caption under the photo the line above stays a paragraph (negative)', () => {
  const caption = 'Lực lượng chức năng kiểm tra phương tiện chở khách trên sông Thạch Hãn.';
  const after = 'Qua kiểm tra, lực lượng chức năng đã phát hiện, xử lý 15 trường hợp vi phạm, chủ yếu là không trang bị đủ áo phao.';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '16/05/2024 08:15', PROSE, caption, 'IMG_0102.jpg', after, 'Hoài Nam'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption]), [['IMG_0102.jpg', caption]]);
  assert.deepEqual(record?.paragraphs.length, 2);
  const under = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '16/05/2024 08:15', PROSE, 'Hiện vụ việc đang được điều tra làm rõ.', 'IMG_0102.jpg', 'Các đối tượng tại cơ quan Công an.', PROSE, 'Hoài Nam'].join('\n')))).record;
  assert.deepEqual(under?.figures.map((f) => [f.src, f.caption]), [['IMG_0102.jpg', 'Các đối tượng tại cơ quan Công an.']]);
});

test("image-token: a caption printed over a photo at the top of the text, the paragraph under the photo opening the text ('Những ngày này, …', 'Sáng 7/12, …'), is its caption; with a paragraph under the photo that opens no text, the line above is the text's (negative)", () => {
  const caption = 'Nông dân xã Ea Tu thu hoạch cà phê.';
  const read = (under: string) => extractRecord(readSource('a.txt', Buffer.from(['Giá cà phê tăng cao, nông dân Tây Nguyên phấn khởi', '07/12/2026 09:30', caption, 'ca-phe-ea-tu.jpg', under, PROSE, 'Hoàng Anh'].join('\n')))).record;
  for (const lead of ['Những ngày này, giá cà phê nhân xô tại các tỉnh Tây Nguyên tăng lên mức 120.000 đồng/kg, cao nhất từ trước đến nay.', 'Sáng 7/12, giá cà phê nhân xô tại các tỉnh Tây Nguyên tăng lên mức 120.000 đồng/kg, cao nhất từ trước đến nay.']) {
    const record = read(lead);
    assert.deepEqual([record?.figures.map((f) => f.caption), record?.paragraphs[0]], [[caption], lead]);
  }
  const plain = read('Giá cà phê nhân xô tại các tỉnh Tây Nguyên tăng lên mức 120.000 đồng/kg, cao nhất từ trước đến nay, nông dân phấn khởi.');
  assert.equal(plain?.paragraphs[0], caption);
});

test("image-token: '(Ảnh minh họa)' alone says what the photo was, a credit that needs no name, and the paragraph under it is the text's; under a photo's file a caption in brackets is read without them; '(Ảnh)' over a caption is still where the photo was (negative)", () => {
  const next = 'Lực lượng chức năng đã kiểm tra nhiều trường hợp vi phạm và xử lý nghiêm theo quy định của pháp luật hiện hành.';
  const read = (...mid: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '07/12/2026 10:30', PROSE, ...mid, next, 'Hải Yến'].join('\n')))).record;
  const alone = read('(Ảnh minh họa)');
  assert.deepEqual([alone?.figures.map((f) => [f.caption, f.credit]), alone?.paragraphs], [[['', 'Ảnh minh họa']], [PROSE, next]]);
  for (const caption of ['(Ảnh minh họa)', '(Lực lượng chức năng kiểm tra phương tiện)']) assert.deepEqual(read('IMG_01.jpg', caption)?.figures.map((f) => f.caption), [caption.slice(1, -1)], caption);
  assert.deepEqual(read('(Ảnh)', 'Lực lượng kiểm tra phương tiện.')?.figures.map((f) => f.caption), ['Lực lượng kiểm tra phương tiện.']);
});

test('standalone-caption: a caption set in brackets is read without them', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề bài viết', '22/01/2024', PROSE, '(Quang cảnh hội nghị)', PROSE, 'Văn Hiếu'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => f.caption), ['Quang cảnh hội nghị']);
});

test('standalone-caption: a short sentence that tells what happened at the police station is body (negative)', () => {
  for (const line of ['Hiện đối tượng đang bị tạm giữ tại cơ quan Công an.', 'Vụ việc đang được làm rõ tại cơ quan điều tra.', 'Nhân dịp này, Công an tỉnh đã trao tặng 50 suất quà cho các hộ gia đình khó khăn.']) {
    assert.equal(kindsOf(['Tiêu đề', '05/03/2024 08:15', PROSE, line, PROSE, 'Văn Hiếu'].join('\n')).get(line), 'body', line);
  }
});

test('standalone-caption: where every paragraph has two blank lines above it, a short last paragraph is no photo\'s caption (negative); a wider gap still is one', () => {
  const short = 'Vụ án đang được mở rộng điều tra.';
  const spaced = ['Tiêu đề', '', '', '07/03/2024 10:30', '', '', PROSE, '', '', PROSE, '', '', short, '', '', 'Thanh Phong'].join('\n');
  assert.equal(kindsOf(spaced).get(short), 'body');
  const caption = 'Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ';
  const photo = ['Tiêu đề', '', '', '07/03/2024 10:30', '', '', PROSE, '', '', '', '', caption, '', '', PROSE, '', '', 'Thanh Phong'].join('\n');
  assert.equal(kindsOf(photo).get(caption), 'caption');
});

test("standalone-caption: where paragraphs follow one another with no blank line, one blank line over a short line is a removed photo's gap; over a sentence that tells what happened it is not (negative)", () => {
  const caption = 'Tang vật thu giữ tại hiện trường.';
  const told = 'Hiện vụ việc đang được tiếp tục điều tra.';
  // A subheading, or a short sentence with no caption's words, has a blank line above it too.
  for (const [line, kind] of [[caption, 'caption'], [told, 'body'], ['Những con số biết nói', 'body'], ['Nhiều hộ dân phấn khởi.', 'body']] as const) {
    const text = ['Bắt quả tang 2 đối tượng mua bán trái phép chất ma túy', '04/12/2026 14:20', PROSE, PROSE, '', line, PROSE, PROSE, 'Phòng Tham mưu'].join('\n');
    assert.equal(kindsOf(text).get(line), kind, line);
  }
});

test("standalone-caption: on a hard-wrapped page, a scene with its stop on one line of its own between the wrapped paragraphs is a caption; on a page that does not wrap, it is a short sentence (negative)", () => {
  const scene = 'Lực lượng Cảnh sát giao thông kiểm tra phương tiện.';
  const wrapped = ['Công an huyện Nghi Lộc ra quân tổng kiểm soát phương tiện', '06/12/2026 07:30', 'Sáng 5/12, Công an huyện Nghi Lộc tổ chức lễ ra quân tổng kiểm soát', 'phương tiện giao thông đường bộ năm 2026 trên các tuyến đường của', 'huyện.', '', scene, '', 'Theo kế hoạch, đợt tổng kiểm soát sẽ diễn ra từ nay đến hết ngày', '31/12/2026, tập trung vào các tuyến quốc lộ, tỉnh lộ đi qua địa bàn.', '', 'Hồng Quân'].join('\n');
  assert.equal(kindsOf(wrapped).get(scene), 'caption');
  assert.equal(kindsOf(['Tiêu đề', '06/12/2026 07:30', PROSE, '', scene, '', PROSE, 'Hồng Quân'].join('\n')).get(scene), 'body');
});

test('standalone-caption: a short first paragraph that opens with its date is body (negative)', () => {
  const text = ['Tiêu đề', '22/06/2022', 'Sáng 22/6, tại Hà Nội, Bộ Công an tổ chức Hội nghị giao ban công tác đảng 6 tháng đầu năm 2022.', PROSE, 'Lê Mậu Lâm'].join('\n');
  assert.equal(kindsOf(text).get('Sáng 22/6, tại Hà Nội, Bộ Công an tổ chức Hội nghị giao ban công tác đảng 6 tháng đầu năm 2022.'), 'body');
});

test('standalone-caption: a sentence that opens with a caption phrase set off by a comma is body (negative)', () => {
  const line = 'Phát biểu chỉ đạo, Đại tá Nguyễn Văn Minh yêu cầu các đơn vị tiếp tục nắm chắc tình hình.';
  assert.equal(kindsOf(['Tiêu đề', PROSE, PROSE, line, 'Thu Hằng'].join('\n')).get(line), 'body');
  // Cutting the ribbon is a caption's phrase, though no blank line marks where the photo was.
  const ribbon = 'Đại biểu cắt băng khánh thành cây cầu.';
  const after = 'Sau khi cắt băng khánh thành, các đại biểu đã đi tham quan công trình và trao quà cho bà con.';
  const kinds = kindsOf(['Tiêu đề', '20/04/2024', PROSE, ribbon, after, PROSE, 'Thu Hằng'].join('\n'));
  assert.deepEqual([kinds.get(ribbon), kinds.get(after)], ['caption', 'body']);
});

test('standalone-caption: a caption after the photo label (Ảnh: …) keeps its words', () => {
  const text = ['Tiêu đề', PROSE, 'Ảnh: Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng.', PROSE, 'Hải Đăng'].join('\n');
  const d = decisionFor(text, 'Ảnh: Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng.');
  assert.equal(d?.kind, 'caption');
  assert.equal(withoutPhotoNumber(d!.fields!.caption!), 'Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng.');
});

test('standalone-caption: a pull quote and a subheading are body (negative)', () => {
  const quote = '“Phải bảo vệ bình yên cho nhân dân bằng mọi giá.”';
  const heading = 'Nâng cao chất lượng công tác';
  const kinds = kindsOf(['Tiêu đề', PROSE, quote, PROSE, heading, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(quote), 'body');
  assert.equal(kinds.get(heading), 'body');
});

test('standalone-caption: a sentence as long as the article\'s short paragraphs, with a caption\'s phrase inside, is body (negative)', () => {
  const a = 'Hưởng ứng Tháng cao điểm vì người nghèo, các cơ quan, đơn vị, doanh nghiệp trên địa bàn tỉnh đã ủng hộ hơn 12 tỷ đồng cho Quỹ.';
  const b = 'Số tiền trên sẽ được dùng để hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo và tặng quà cho các gia đình khó khăn.';
  const c = 'Phó Chủ tịch Ủy ban MTTQ tỉnh đề nghị các cấp, các ngành tiếp tục quan tâm, chăm lo cho người nghèo trong dịp này.';
  assert.equal(kindsOf(['Tiêu đề', '17/10/2024 09:00', a, b, c, 'Hoài Thu'].join('\n')).get(b), 'body');
});

test('figures: a numbered caption (Ảnh 1:) keeps its words, not its number, under an image name and standing alone', () => {
  assert.equal(withoutPhotoNumber('Ảnh 1: Cán bộ trao quà cho học sinh.'), 'Cán bộ trao quà cho học sinh.');
  assert.equal(withoutPhotoNumber('Hình 2 - Hiện trường vụ cháy'), 'Hiện trường vụ cháy');
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '05/09/2024 07:40', PROSE, 'Anh-1.jpg', 'Ảnh 1: Cán bộ trao quà cho học sinh.', PROSE, 'Ảnh 2: Các em học sinh nhận quà', PROSE, 'Thu Trang'].join('\n'))));
  assert.deepEqual(record.record?.figures.map((f) => [f.src, f.caption]), [['Anh-1.jpg', 'Cán bộ trao quà cho học sinh.'], [null, 'Các em học sinh nhận quà']]);
});

test('figures: a caption\'s label (Chú thích ảnh:) and a mark pointing at the photo (▲, 📷) open it and are not part of it', () => {
  assert.equal(withoutPhotoNumber('Chú thích ảnh: Lực lượng chữa cháy phun nước dập lửa.'), 'Lực lượng chữa cháy phun nước dập lửa.');
  assert.equal(withoutPhotoNumber('▲ Lực lượng chức năng khám xét trụ sở.'), 'Lực lượng chức năng khám xét trụ sở.');
  assert.equal(withoutPhotoNumber('📷 Lực lượng chức năng khám xét trụ sở.'), 'Lực lượng chức năng khám xét trụ sở.');
  assert.equal(withoutPhotoNumber('Chú ý: đường trơn trượt'), 'Chú ý: đường trơn trượt');
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '05/09/2024 07:40', PROSE, 'anh-1.jpg', 'Chú thích ảnh: Lực lượng chữa cháy dập lửa. (Ảnh: Minh Khang)', PROSE, '▲ Hiện trường vụ cháy. Ảnh: CTV', PROSE, 'Thu Trang'].join('\n'))));
  assert.deepEqual(record.record?.figures.map((f) => [f.caption, f.credit]), [['Lực lượng chữa cháy dập lửa.', 'Minh Khang'], ['Hiện trường vụ cháy.', 'CTV']]);
});

test('figures: a placeholder that describes its photo ([Hình ảnh: …]) is a figure with that caption; a credit in brackets is not (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '11/04/2024 14:00', PROSE, '[Hình ảnh: Đại diện các đơn vị thực hiện nghi thức khởi công]', PROSE, 'anh-1.jpg', 'Cán bộ trao quà cho học sinh', '(Ảnh: Thu Hà)', PROSE, 'Thanh Tùng'].join('\n'))));
  assert.deepEqual(record.record?.figures.map((f) => [f.src, f.caption, f.credit]), [[null, 'Đại diện các đơn vị thực hiện nghi thức khởi công', null], ['anh-1.jpg', 'Cán bộ trao quà cho học sinh', 'Thu Hà']]);
});

test('figures: a credit printed before the caption (Ảnh: X - caption) is split from it; a credit of an organisation after a dash is not a caption (negative)', () => {
  assert.deepEqual(readCreditedCaption('Ảnh: Hoàng Hà - Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng.'), { caption: 'Lực lượng chữa cháy tiếp cận đám cháy từ nhiều hướng.', credit: 'Hoàng Hà' });
  assert.equal(readCreditedCaption('Ảnh: Công an tỉnh cung cấp - TTXVN'), null);
});

test('figures: a gallery\'s counter (Ảnh 1/3:) goes like a number; a credit in capitals that names a person reads in normal case', () => {
  assert.equal(withoutPhotoNumber('Ảnh 1/3: Lực lượng chữa cháy triển khai đội hình.'), 'Lực lượng chữa cháy triển khai đội hình.');
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '05/09/2024 07:40', PROSE, 'Cán bộ tuyên truyền cho ngư dân. Ảnh: TRUNG KIÊN', PROSE, 'Hiện trường vụ cháy. (Ảnh: TTXVN)', PROSE, 'Thu Trang'].join('\n'))));
  assert.deepEqual(record.record?.figures.map((f) => f.credit), ['Trung Kiên', 'TTXVN']);
});

test('figures: a sentence that starts with a photo word and a number is not numbered (negative)', () => {
  for (const text of ['Ảnh 1990 là năm đầu tiên', 'Hình 3 cho thấy số vụ giảm mạnh.', 'Ảnh: Minh Anh']) assert.equal(withoutPhotoNumber(text), text);
});

test('standalone-caption: a photo\'s number ended by a stop (\'Hình 1. Tang vật thu giữ được\') opens the caption, not a sentence of its own; two sentences stay body (negative)', () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '08/03/2024 14:20', PROSE, 'Hình 1. Tang vật thu giữ được', PROSE, 'Minh Hà'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => f.caption), ['Tang vật thu giữ được']);
  assert.deepEqual(record?.paragraphs, [PROSE, PROSE]);
  const sentences = 'Hình thức mới. Người dân đến làm thủ tục đông.';
  assert.equal(kindsOf(['Tiêu đề', '08/03/2024 14:20', PROSE, sentences, PROSE, 'Minh Hà'].join('\n')).get(sentences), 'body');
});

test('image-token: a Markdown image is a photo named by its file, captioned by its alternative text unless a caption is under it; a paragraph under it is none (negative)', () => {
  assert.deepEqual(readImageToken('![Các đối tượng tại cơ quan Công an](https://cdn.example.vn/2024/03/doi-tuong.jpg)'), { kind: 'file', src: 'doi-tuong.jpg', alt: 'Các đối tượng tại cơ quan Công an' });
  assert.deepEqual(readImageToken('![](/uploads/tang-vat.jpg?w=800 "Tang vật")'), { kind: 'file', src: 'tang-vat.jpg' });
  const text = ['Tiêu đề', '08/03/2024 14:20', PROSE, '![Các đối tượng tại cơ quan Công an](https://cdn.example.vn/doi-tuong.jpg)', PROSE, '![](https://cdn.example.vn/tang-vat.jpg)', 'Tang vật thu giữ được. (Ảnh: Công an huyện)', PROSE, 'Minh Hà'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption, f.credit]), [['doi-tuong.jpg', 'Các đối tượng tại cơ quan Công an', null], ['tang-vat.jpg', 'Tang vật thu giữ được.', 'Công an huyện']]);
  assert.deepEqual(record?.paragraphs, [PROSE, PROSE, PROSE]);
});

test('standalone-caption: an officer named with their post between paragraphs, maybe with what they do, is a caption; what they said is the article\'s (negative)', () => {
  const caption = 'Thượng tá Lê Văn Nam, Phó Giám đốc Công an tỉnh báo cáo kết quả công tác quý I';
  const portrait = 'Thượng tá Lê Văn Nam, Phó Giám đốc Công an tỉnh';
  const said = 'Thượng tá Lê Văn Nam, Phó Giám đốc Công an tỉnh cho biết: “Trong quý I, đơn vị đã triệt phá 12 ổ nhóm tội phạm”';
  const kinds = kindsOf(['Tiêu đề', '28/03/2024', PROSE, caption, PROSE, portrait, PROSE, said, PROSE, 'Minh Châu'].join('\n'));
  assert.equal(kinds.get(caption), 'caption');
  assert.equal(kinds.get(portrait), 'caption');
  assert.equal(kinds.get(said), 'body');
});

test('standalone-caption: officers named with their posts in a list, or under a line that opens one, are the article\'s (negative)', () => {
  const officers = ['Đại úy Lê Văn Hùng, Phó Đội trưởng Đội Cảnh sát hình sự', 'Thượng úy Nguyễn Văn Tài, cán bộ Đội Cảnh sát hình sự'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Tiêu đề', '10/03/2024 08:30', PROSE, 'Các cá nhân được khen thưởng gồm:', ...officers, PROSE, 'Hoàng Sơn'].join('\n')))).record;
  assert.deepEqual(record?.figures, []);
  for (const line of officers) assert.ok(record?.paragraphs.includes(line), line);
});

test('standalone-caption: a caption wrapped after an office, its body on the next line, is one caption; a paragraph under such a title is not joined to it (negative)', () => {
  const kinds = kindsOf(['Tiêu đề bài viết', '08/03/2024', PROSE, 'Đại tá Nguyễn Văn Hòa, Giám đốc', 'Công an tỉnh phát biểu chỉ đạo', 'tại hội nghị', PROSE, 'Minh Hà'].join('\n'));
  assert.equal(kinds.get('Đại tá Nguyễn Văn Hòa, Giám đốc Công an tỉnh phát biểu chỉ đạo tại hội nghị'), 'caption');
  const lead = `Công an tỉnh Hà Tĩnh vừa công bố quyết định của Bộ trưởng Bộ Công an. ${PROSE}`;
  const record = extractRecord(readSource('a.txt', Buffer.from(['Bổ nhiệm Phó Giám đốc', lead, PROSE, 'Minh Hà', '08/03/2024'].join('\n')))).record;
  assert.equal(record?.title, 'Bổ nhiệm Phó Giám đốc');
});

test('standalone-caption: a line among the paragraphs that restates the title with a few words more is the first photo\'s caption; the title alone printed again is not (negative)', () => {
  const title = 'Bộ trưởng Lương Tam Quang tiếp Đại sứ Lào tại Việt Nam';
  const caption = `${title} Khamphao Ernthavanh.`;
  const kinds = kindsOf([title, '08/03/2024', PROSE, caption, PROSE, title, PROSE, 'TT'].join('\n'));
  assert.equal(kinds.get(caption), 'caption');
  assert.notEqual(kinds.get(title), 'caption');
});

test("credits: a graphic's maker after an infographic's caption ('… năm 2026. Đồ họa: Minh Tú') is its credit; alone on a line, under data lines, it credits no photo (negative)", () => {
  assert.deepEqual(readCreditedCaption('Kết quả nổi bật trong công tác phòng, chống tội phạm năm 2026. Đồ họa: Minh Tú'), { caption: 'Kết quả nổi bật trong công tác phòng, chống tội phạm năm 2026.', credit: 'Minh Tú' });
  assert.equal(readCreditOnly('Đồ họa: Thanh Tùng'), null);
  const record = extractRecord(readSource('a.txt', Buffer.from(['Kết quả bảo đảm trật tự an toàn giao thông', '06/12/2026', PROSE, 'Số vụ tai nạn: 86 vụ, giảm 14 vụ', 'Xử lý vi phạm: 42.316 trường hợp', 'Đồ họa: Thanh Tùng'].join('\n')))).record;
  assert.deepEqual([record?.figures.length, record?.paragraphs.length], [0, 3]);
});

test("video-caption: a video's label alone on its line ('Xem video:'), its caption on the next and where it came from on the line after ('Nguồn video: …'), make the video's figure; a label over a paragraph is no caption's (negative)", () => {
  const video = ['Xem video:', 'CSGT dẫn đường đưa sản phụ đi cấp cứu', 'Nguồn video: Fanpage Công an Nghệ An'];
  const record = extractRecord(readSource('a.txt', Buffer.from(['Khoảnh khắc CSGT dẫn đường đưa sản phụ', '06/12/2026 19:00', PROSE, ...video, PROSE, 'Trần Hoa'].join('\n')))).record;
  assert.deepEqual([record?.figures, record?.paragraphs.length], [[{ src: null, caption: 'CSGT dẫn đường đưa sản phụ đi cấp cứu', credit: 'Fanpage Công an Nghệ An' }], 2]);
  const over = extractRecord(readSource('a.txt', Buffer.from(['Khoảnh khắc CSGT dẫn đường đưa sản phụ', '06/12/2026 19:00', PROSE, 'Video:', PROSE, 'Trần Hoa'].join('\n')))).record;
  assert.deepEqual([over?.figures.length, over?.paragraphs.length], [0, 2]);
});

test("photo-credit: the team's credit with the photos' under the title ('Nhóm PV Pháp luật - Ảnh: NV') is the byline, no photo's caption", () => {
  const record = extractRecord(readSource('a.txt', Buffer.from(['Pháp luật', 'Triệt phá đường dây làm giả giấy tờ quy mô lớn', 'Nhóm PV Pháp luật - Ảnh: NV', '07/12/2026 06:00', PROSE, PROSE].join('\n')))).record;
  assert.deepEqual([record?.author, record?.figures.length, record?.paragraphs.length], ['Nhóm PV Pháp luật', 0, 2]);
});

test("image-token: a photo's placeholder that describes it ('[Hình ảnh: Lãnh đạo … cắt băng …]') over its caption in the same words is one figure, with the caption; a different line under it is the text (negative)", () => {
  const article = (...lines: string[]) => extractRecord(readSource('a.txt', Buffer.from(['Ra mắt mô hình camera an ninh', '05/12/2026 10:00', PROSE, ...lines, PROSE, 'Hồng Nhung'].join('\n')))).record;
  const repeated = article('[Hình ảnh: Lãnh đạo Công an huyện cắt băng ra mắt mô hình]', 'Lãnh đạo Công an huyện cắt băng ra mắt mô hình.');
  assert.deepEqual([repeated?.figures, repeated?.paragraphs.length], [[{ src: null, caption: 'Lãnh đạo Công an huyện cắt băng ra mắt mô hình.', credit: null }], 2]);
  const described = article('[Hình ảnh: Lãnh đạo Công an huyện cắt băng ra mắt mô hình]');
  assert.deepEqual([described?.figures.length, described?.paragraphs.length], [1, 2]);
});
