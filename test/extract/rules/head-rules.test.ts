import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionFor, kindsOf, PROSE } from '../../helpers.ts';

const article = (...head: string[]) => [...head, PROSE, PROSE, 'Nguyễn Văn An'].join('\n');

test('title: the first line left is the title, and its copy is a repeat', () => {
  assert.equal(kindsOf(article('Tăng cường an ninh', '17/10/2022')).get('Tăng cường an ninh'), 'title');
  const repeat = decisionFor(article('Tăng cường an ninh', 'Tăng cường an ninh.'), 'Tăng cường an ninh.');
  assert.equal(repeat?.kind, 'title-repeat');
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

test('section-label: capitals above a normal-case title are the section', () => {
  const d = decisionFor(article('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY', 'Tăng cường sự lãnh đạo của Đảng'), 'ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY');
  assert.equal(d?.kind, 'section');
  assert.equal(d?.fields?.section, 'Đảng ủy trực thuộc thành ủy');
  assert.equal(decisionFor(article('Thời sự', 'Tăng cường sự lãnh đạo của Đảng'), 'Thời sự')?.kind, 'section');
});

test('section-label: a title in capitals followed by prose is the title (negative)', () => {
  const kinds = kindsOf(['CÔNG AN TỈNH TRIỂN KHAI CAO ĐIỂM', PROSE, PROSE].join('\n'));
  assert.equal(kinds.get('CÔNG AN TỈNH TRIỂN KHAI CAO ĐIỂM'), 'title');
});

test('cms-account: a CMS account name above the title', () => {
  assert.equal(kindsOf(article('Admin', 'Đột phá trong xây dựng')).get('Admin'), 'account');
  assert.equal(kindsOf(article('btv_hoa', 'Đột phá trong xây dựng')).get('btv_hoa'), 'account');
});

test('cms-account: a one-word title with a capital is not an account (negative)', () => {
  assert.equal(kindsOf(article('Tết', PROSE)).get('Tết'), 'title');
});

test('breadcrumb: the last crumb is the section', () => {
  const d = decisionFor(article('Trang chủ > Tin tức > An ninh trật tự', 'Bắt đối tượng trộm cắp'), 'Trang chủ > Tin tức > An ninh trật tự');
  assert.equal(d?.kind, 'breadcrumb');
  assert.equal(d?.fields?.section, 'An ninh trật tự');
  assert.equal(decisionFor(article('Trang chủ » Thời sự', 'Tiêu đề'), 'Trang chủ » Thời sự')?.fields?.section, 'Thời sự');
});

test('breadcrumb: a title with a slash is not a breadcrumb (negative)', () => {
  assert.equal(kindsOf(article('Tăng trưởng 6% / năm trong quý I', '17/10/2022')).get('Tăng trưởng 6% / năm trong quý I'), 'title');
});

test('view-counter: labelled counters in every order, and a bare number at the top', () => {
  for (const [line, views] of [['Lượt xem: 280', 280], ['12.405 lượt xem', 12405], ['Lượt xem (1,234)', 1234], ['Lượt xem: 0', 0]] as const) {
    const d = decisionFor(article('Tiêu đề bài viết', line), line);
    assert.equal(d?.kind, 'views', line);
    assert.equal(d?.fields?.views, views, line);
  }
  assert.equal(decisionFor(article('Tiêu đề bài viết', '286'), '286')?.fields?.views, 286);
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

test('keywords-line: a sentence starting with a label word is body (negative)', () => {
  assert.equal(kindsOf(article('Tiêu đề', 'Chủ đề của hội nghị năm nay là chuyển đổi số trong công tác công an.')).get('Chủ đề của hội nghị năm nay là chuyển đổi số trong công tác công an.'), 'body');
});

test('document: hard-wrapped lines are joined; date lines and file names are not (negative)', async () => {
  const { toDocument } = await import('../../../src/extract/document.ts');
  const doc = toDocument(['Công an huyện đã tiếp nhận 12 khẩu súng,', 'trong tháng 8 vừa qua.', 'Thứ Năm, 01/06/2023, 15:20', 'anh-trao-qua-1.jpg', 'Tiêu đề', 'xem tiếp'].join('\n'));
  assert.deepEqual(doc.lines.map((l) => l.text), ['Công an huyện đã tiếp nhận 12 khẩu súng, trong tháng 8 vừa qua.', 'Thứ Năm, 01/06/2023, 15:20', 'anh-trao-qua-1.jpg', 'Tiêu đề xem tiếp']);
  assert.deepEqual(doc.lines[0]!.joined, [2]);
});
