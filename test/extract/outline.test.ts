import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphRoles } from '../../src/extract/outline.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import { PROSE } from '../helpers.ts';

test('outline: a short line with no stop between the text and a paragraph under it is a subheading; numbered or in capitals too', () => {
  for (const heading of ['Nhanh chóng truy xét', '1. Tăng cường phối hợp giữa các lực lượng', 'II. KẾT QUẢ CÔNG TÁC', 'Xử lý 15 xe quá tải trọng']) {
    assert.deepEqual(paragraphRoles([PROSE, heading, PROSE]), ['text', 'heading', 'text'], heading);
  }
  // Under a figure, and over a list.
  assert.deepEqual(paragraphRoles([PROSE, null, 'Những con số biết nói', '- Bắt 3 đối tượng;', '- Thu giữ 5 xe máy;']), ['text', 'text', 'heading', 'item', 'item']);
});

test("outline: the lead, a sentence's end, a field, a table's row, a verse and a line over a short one are no subheading (negative)", () => {
  const roles = (...blocks: string[]) => paragraphRoles(blocks);
  assert.deepEqual(roles('Nhanh chóng truy xét', PROSE), ['text', 'text']);
  for (const line of ['Hiện vụ việc đang được điều tra.', 'Vì sao đối tượng bị bắt?', 'Tội danh: Lừa đảo chiếm đoạt tài sản', 'Không đội mũ bảo hiểm 2.310 693', 'Trung úy Trịnh Minh Đức, cán bộ Đội Cảnh sát hình sự,']) {
    assert.deepEqual(roles(PROSE, line, PROSE), ['text', 'text', 'text'], line);
  }
  // Verses, one under another, and a short line over another short one.
  assert.deepEqual(roles(PROSE, 'Chia nhau nắm gạo, chung câu quân hành', 'Giữ cho tiếng hát ân tình ngân xa', PROSE), ['text', 'text', 'text', 'text']);
  assert.deepEqual(roles(PROSE, 'Kết quả nổi bật', 'Tăng 15%'), ['text', 'text', 'text']);
});

test("outline: bulleted paragraphs in a run are a list's items; one alone, or an interview's dashed turns with their questions, are text (negative)", () => {
  assert.deepEqual(paragraphRoles([PROSE, '- Bắt 3 đối tượng;', '+ Thu giữ 5 xe máy;', '• Thu hồi 20 triệu đồng.', PROSE]), ['text', 'item', 'item', 'item', 'text']);
  assert.deepEqual(paragraphRoles([PROSE, '- Bắt 3 đối tượng;', PROSE]), ['text', 'text', 'text']);
  assert.deepEqual(paragraphRoles([PROSE, '- Thưa anh, công việc bắt đầu từ đâu?', '- Từ việc nắm chắc từng hộ dân.', PROSE]), ['text', 'text', 'text', 'text']);
});

test("outline: the body's Markdown shows subheadings as headings and a list's items one a line, escaped; the record's paragraphs stay as printed", () => {
  const text = ['Tổng kết đợt cao điểm', '03/01/2024 10:00', PROSE, 'Kết quả [nổi bật]', PROSE, '- Bắt 35 đối tượng;', '- Thu giữ [12] xe máy.', PROSE, 'Minh Anh'].join('\n');
  const record = extractRecord(readSource('a.txt', Buffer.from(text))).record!;
  assert.equal(record.body, [PROSE, '## Kết quả \\[nổi bật\\]', PROSE, '- Bắt 35 đối tượng;\n- Thu giữ \\[12\\] xe máy.', PROSE].join('\n\n'));
  assert.deepEqual(record.paragraphs.slice(1, 4), ['Kết quả [nổi bật]', PROSE, '- Bắt 35 đối tượng;']);
});
