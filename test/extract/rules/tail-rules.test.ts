import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline } from '../../../src/extract/bylines.ts';
import { kindsOf, PROSE } from '../../helpers.ts';

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
    ['Nguồn: chinhphu.vn', null, 'chinhphu.vn'],
    ['PV', 'PV', null],
    ['N.H', 'N.H', null],
  ];
  for (const [line, author, source] of cases) {
    const b = readByline(line);
    assert.ok(b, line);
    assert.equal(b.author, author, line);
    assert.equal(b.source, source, line);
  }
});

test('byline: sentences and labels that are not bylines (negative)', () => {
  for (const line of ['Theo báo cáo, 6 tháng đầu năm', 'Thống kê', 'Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.', 'Bài học kinh nghiệm từ thực tiễn']) {
    assert.equal(readByline(line), null, line);
  }
});

test('byline: a name in the body is not the byline (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, 'Nguyễn Văn An', PROSE, PROSE, 'Trần Thị Bình'].join('\n'));
  assert.equal(kinds.get('Nguyễn Văn An'), 'body');
  assert.equal(kinds.get('Trần Thị Bình'), 'byline');
});

test('byline: a province name alone is not a byline (negative)', () => {
  assert.notEqual(kindsOf(['Tiêu đề', PROSE, PROSE, 'Hà Nội'].join('\n')).get('Hà Nội'), 'byline');
});

test('after-byline: the site description and statistics after the byline are chrome', () => {
  const text = ['Tiêu đề', PROSE, PROSE, 'Tác giả: Vũ Thị Hồng Sâm', `Công an tỉnh Hà Nam thuộc hệ thống tổ chức của Công an nhân dân. ${PROSE}`, 'Thống kê'].join('\n');
  const kinds = kindsOf(text);
  assert.equal(kinds.get('Tác giả: Vũ Thị Hồng Sâm'), 'byline');
  assert.equal(kinds.get(`Công an tỉnh Hà Nam thuộc hệ thống tổ chức của Công an nhân dân. ${PROSE}`), 'chrome');
});

test('after-byline: a labelled byline at the top does not end the article (negative)', () => {
  const kinds = kindsOf(['Tiêu đề', 'Bài, ảnh: Minh Anh', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('Bài, ảnh: Minh Anh'), 'byline');
  assert.equal(kinds.get(PROSE), 'body');
});

test('site-chrome: share links, statistics, login notices', () => {
  const lines = ['Chia sẻ bài viết: Zalo Facebook', 'In bài viết', '• Hôm nay26,424', 'Tổng lượt truy cập5,394,297', 'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.', '© 2024 Công an tỉnh', '***'];
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, ...lines].join('\n'));
  for (const line of lines) assert.equal(kinds.get(line), 'chrome', line);
});

test('site-chrome: body sentences that start like chrome are body (negative)', () => {
  const line = `Chia sẻ tại hội nghị, đồng chí Giám đốc cho biết ${PROSE}`;
  const today = 'Hôm nay, lực lượng công an tiếp tục tuần tra trên các tuyến đường.';
  const kinds = kindsOf(['Tiêu đề', PROSE, line, today, PROSE, 'Nguyễn Văn An'].join('\n'));
  assert.equal(kinds.get(line), 'body');
  assert.equal(kinds.get(today), 'body');
});

test('related-block: the heading and the list of other titles under it are chrome', () => {
  const kinds = kindsOf(['Tiêu đề', PROSE, PROSE, 'Tin liên quan', 'Bắt giữ đối tượng trộm cắp tài sản', 'Triển khai cao điểm tấn công tội phạm'].join('\n'));
  assert.equal(kinds.get('Tin liên quan'), 'chrome');
  assert.equal(kinds.get('Bắt giữ đối tượng trộm cắp tài sản'), 'chrome');
});

test('related-block: prose after the block is not swallowed (negative)', () => {
  const after = `Sau đó, ${PROSE}`;
  const kinds = kindsOf(['Tiêu đề', PROSE, 'Xem thêm', 'Một bài khác', after].join('\n'));
  assert.equal(kinds.get(after), 'body');
});
