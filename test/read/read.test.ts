import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/read/decode.ts';
import { normalizeText } from '../../src/read/normalize.ts';
import { splitFrontMatter } from '../../src/read/front-matter.ts';
import { readSource } from '../../src/read/index.ts';
import { markupToText } from '../../src/read/markup.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { PROSE } from '../helpers.ts';

const TEXT = 'Đảng ủy Công an Trung ương: hoà thuỷ';

test('decode: UTF-8 with and without BOM', () => {
  assert.deepEqual(decodeBytes(Buffer.from(TEXT)), { text: TEXT, encoding: 'utf-8', diagnostics: [] });
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
  assert.equal(bom.text, TEXT);
  assert.equal(bom.encoding, 'utf-8-bom');
});

test('decode: UTF-16 LE and BE with a BOM', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]));
  assert.equal(le.text, TEXT);
  assert.equal(le.encoding, 'utf-16le');
  const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]));
  assert.equal(be.text, TEXT);
  assert.equal(be.encoding, 'utf-16be');
});

test('decode: UTF-16 without a BOM is detected and warned about', () => {
  const result = decodeBytes(iconv.encode('Tin tức an ninh trật tự hôm nay', 'utf-16le'));
  assert.equal(result.text, 'Tin tức an ninh trật tự hôm nay');
  assert.equal(result.diagnostics[0]?.code, 'encoding-converted');
});

/** Windows-1258 prints a vowel with its shape marks (ô, ư) as one character and its tone as a combining mark after it. */
function windows1258Form(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD');
      const tone = d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
      return d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC') + tone;
    })
    .join('');
}

test('decode: Windows-1258 is converted with a warning', () => {
  const bytes = iconv.encode(windows1258Form('Công an tỉnh Hà Nam tổ chức hội nghị'), 'windows1258');
  const result = decodeBytes(bytes);
  assert.equal(result.encoding, 'windows-1258');
  assert.equal(normalizeText(result.text), 'Công an tỉnh Hà Nam tổ chức hội nghị');
  assert.equal(result.diagnostics[0]?.code, 'encoding-converted');
});

test('decode: UTF-8 garbled once through Windows-1252 or Latin-1 and saved again is restored, with a warning', () => {
  const text = 'Cục Cảnh sát hình sự phối hợp với Công an tỉnh Đắk Lắk; Nguyễn Văn Ưng, Ý Nhi bị bắt – “trích dẫn” …';
  const utf8 = Buffer.from(text, 'utf8');
  const cp1252 = [...utf8].map((b) => { const ch = iconv.decode(Buffer.from([b]), 'windows1252'); return ch === '\ufffd' ? String.fromCharCode(b) : ch; }).join('');
  for (const garbled of [cp1252, utf8.toString('latin1')]) {
    const result = decodeBytes(Buffer.from(garbled, 'utf8'));
    assert.equal(result.text, text);
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['encoding-repaired']);
  }
});

test('decode: Latin letters in a Vietnamese text, or a name like Álvaro, are not taken for garbling (negative)', () => {
  const text = 'Ông Álvaro và bà Ãna đến thăm Công an tỉnh — “một chuyến đi” đáng nhớ. Ñandú, Ä, Å.';
  const result = decodeBytes(Buffer.from(text, 'utf8'));
  assert.equal(result.text, text);
  assert.deepEqual(result.diagnostics, []);
});

test('decode: damaged UTF-8 is decoded best-effort, with the line of the first bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('Dòng một đúng\nDòng hai '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' vẫn đọc được tiếp theo')]);
  const result = decodeBytes(bytes);
  assert.equal(result.encoding, 'utf-8');
  assert.match(result.text, /Dòng một đúng/);
  assert.equal(result.diagnostics[0]?.code, 'encoding-invalid');
  assert.equal(result.diagnostics[0]?.line, 2);
});

test('normalize: NFC, line ends, non-breaking and zero-width spaces', () => {
  assert.equal(normalizeText('Đa\u0309ng'), 'Đảng');
  assert.equal(normalizeText('a\r\nb\rc'), 'a\nb\nc');
  // Word's manual line break, a PDF's page break, the Unicode separators: lines, not debris.
  assert.equal(normalizeText('Tiêu đề\u000bNgày 12/3/2024\u000cTrang 2\u2028a\u2029b'), 'Tiêu đề\nNgày 12/3/2024\nTrang 2\na\nb');
  assert.equal(normalizeText('\u00a0\u00a0Báo\u200b cáo\ufeff'), '  Báo cáo');
});

test('front matter: fields are read as written, with their line numbers', () => {
  const split = splitFrontMatter('---\ntitle: Tiêu đề\ndate: 2022-10-17\n---\nThân bài\n');
  assert.deepEqual(split.data, { title: 'Tiêu đề', date: '2022-10-17' });
  assert.deepEqual(split.keyLines, { title: 2, date: 3 });
  assert.equal(split.content, 'Thân bài\n');
  assert.equal(split.lineOffset, 4);
});

test('front matter: YAML that does not parse is reported with its line and skipped (negative)', () => {
  const split = splitFrontMatter('---\ntitle: "Tiêu đề\ndate: 2022\n---\nThân bài\n');
  assert.deepEqual(split.data, {});
  assert.equal(split.content, 'Thân bài\n');
  assert.equal(split.diagnostics[0]?.code, 'front-matter-invalid');
  assert.ok(split.diagnostics[0]?.line);
});

test('front matter: a text that merely starts with dashes has none (negative)', () => {
  assert.deepEqual(splitFrontMatter('--- Tin nhanh ---\nThân bài').data, {});
});

test('readSource: .md files are Markdown, others raw text', () => {
  assert.equal(readSource('a.md', Buffer.from('# T')).format, 'markdown');
  assert.equal(readSource('a.txt', Buffer.from('T')).format, 'text');
});

test('markup: a CMS paste reads as the text it shows, lines kept, images as file names', () => {
  const html = [
    'Tiêu đề',
    '<p>Thứ Ba, 16/04/2024 10:25</p>',
    '<script>',
    'track("x");',
    '</script>',
    '<p>Dài hơn 200&nbsp;m, gọi là &quot;cắt trộm&quot; &#7897; &#x1ED9;.</p><p>Đoạn <strong>hai</strong>.</p>',
    '<img src="/uploads/2024/04/anh-1.jpg?w=600" alt="x"><!-- ghi chú -->',
  ].join('\n');
  const { text, diagnostics } = markupToText(html, 4);
  assert.equal(text, ['Tiêu đề', 'Thứ Ba, 16/04/2024 10:25', '', '', '', 'Dài hơn 200\u00a0m, gọi là "cắt trộm" ộ ộ.\nĐoạn hai.', 'anh-1.jpg'].join('\n'));
  assert.equal(diagnostics[0]?.code, 'html-markup');
  assert.equal(diagnostics[0]?.line, 6);
  // Through readSource the non-breaking space is normalised like any other.
  assert.match(readSource('a.txt', Buffer.from(html)).text, /200 m/);
});

test("markup: an image's alt words that describe it are kept with its file name, as a Markdown image's; the next paragraph stays the text's", () => {
  assert.equal(markupToText('<img src="/uploads/anh-1.jpg" alt="Tang vật thu giữ tại hiện trường">').text, '![Tang vật thu giữ tại hiện trường](anh-1.jpg)');
  assert.equal(markupToText('<img alt=\'image\' src="anh-2.png">').text, 'anh-2.png');
  const para = 'Qua đó, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định, không để xảy ra các vụ việc phức tạp.';
  const record = extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', PROSE, '<img src="anh-1.jpg" alt="Tang vật thu giữ">', para, 'Minh Anh'].join('\n')))).record;
  assert.deepEqual([record?.figures.map((f) => [f.src, f.caption]), record?.paragraphs.at(-1)], [[['anh-1.jpg', 'Tang vật thu giữ']], para]);
  const bare = extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', PROSE, '<img src="anh-1.jpg">', para, 'Minh Anh'].join('\n')))).record;
  assert.equal(bare?.paragraphs.at(-1), para);
});

test("markdown marks: a quoted passage's marker ('> \"Mỗi cán bộ …\"') gives way to the quote; a link to another article ('>> Tin liên quan') and a trail's arrows keep theirs (negative)", () => {
  const copied = ['Tiêu đề bài viết', '> "Mỗi cán bộ, đảng viên phải là tấm gương sáng", Bí thư nhấn mạnh.', '>> Cảnh giác với chiêu lừa bán đất nền', 'Trang chủ > Tin tức'].join('\n');
  assert.equal(readSource('a.txt', Buffer.from(copied)).text, ['Tiêu đề bài viết', '"Mỗi cán bộ, đảng viên phải là tấm gương sáng", Bí thư nhấn mạnh.', '>> Cảnh giác với chiêu lừa bán đất nền', 'Trang chủ > Tin tức'].join('\n'));
});

test("markdown marks: italics on words inside a line give way to the words ('*\"Công tác …\"*, đồng chí … nhấn mạnh'); a footnote's stars, a list's bullet, a product and a file's underscores are no italics (negative)", () => {
  const copied = ['Tiêu đề bài viết', '*"Công tác phát triển đảng viên phải gắn với chất lượng"*, đồng chí Bí thư nhấn mạnh.', 'Lưu ý: _không_ chuyển tiền cho người lạ.'].join('\n');
  const source = readSource('a.txt', Buffer.from(copied));
  assert.equal(source.text, ['Tiêu đề bài viết', '"Công tác phát triển đảng viên phải gắn với chất lượng", đồng chí Bí thư nhấn mạnh.', 'Lưu ý: không chuyển tiền cho người lạ.'].join('\n'));
  assert.deepEqual(source.emphasised, []);
  const plain = ['Nguyễn Văn A (*) và Trần Văn B (*)', '* Bắt đối tượng trộm cắp: ngày 5/12, …', 'Diện tích 5*3*2 m', 'Ảnh IMG_1234_abc.jpg'].join('\n');
  assert.equal(readSource('b.txt', Buffer.from(plain)).text, plain);
});

test("markup: WordPress shortcodes pasted from its editor's text mode end their lines, what they wrap stays; a section in brackets is none (negative)", () => {
  const pasted = ['Đoạn một.', '[caption id="attachment_5123" align="aligncenter" width="800"]<img src="/wp-content/uploads/2026/12/anh1.jpg" alt="" width="800" /> Đối tượng tại cơ quan Công an.[/caption]', '[gallery ids="512,513" columns="2"]', '[embed]https://www.youtube.com/watch?v=abc123[/embed]', 'Đoạn hai.'].join('\n');
  const { text, diagnostics } = markupToText(pasted);
  assert.equal(text, ['Đoạn một.', 'anh1.jpg\nĐối tượng tại cơ quan Công an.', '', 'https://www.youtube.com/watch?v=abc123', 'Đoạn hai.'].join('\n'));
  assert.equal(diagnostics[0]?.line, 2);
  for (const plain of ['[Video] Bắt đối tượng trộm cắp tài sản', 'Xem [video] tại đây', '[Ảnh] Đại biểu dự hội nghị']) assert.deepEqual(markupToText(plain), { text: plain, diagnostics: [] });
  const record = extractRecord(readSource('a.txt', Buffer.from(['Khởi tố 3 đối tượng đánh bạc qua mạng', '05/12/2026 08:00', PROSE, '[caption id="attachment_1" width="300"]<img src="doi-tuong.jpg" alt="" /> Đối tượng tại cơ quan Công an.[/caption]', PROSE, 'Minh Anh'].join('\n')))).record;
  assert.deepEqual(record?.figures.map((f) => [f.src, f.caption]), [['doi-tuong.jpg', 'Đối tượng tại cơ quan Công an.']]);
  assert.equal(record?.paragraphs.length, 2);
});

test('markup: a less-than sign, an ampersand and tags in a Markdown file are left alone (negative)', () => {
  const plain = 'Nồng độ cồn <0,25 mg/l và <b ở mức thấp; Hội A & B, P&G.';
  assert.deepEqual(markupToText(plain), { text: plain, diagnostics: [] });
  assert.equal(readSource('a.md', Buffer.from('Đoạn <em>nhấn</em>.')).text, 'Đoạn <em>nhấn</em>.');
});

test('markdown marks: a .txt copied from a Markdown editor reads as the text it marks; a .md keeps them', () => {
  const copied = ['# Nâng cao hiệu quả tiếp công dân', '**Ngày 8/8/2024**', 'Đoạn **một** với [liên kết](https://cand.com.vn/a) và 5 * 3 = 15.', '- Mục một', '*Phương Thảo*'].join('\n');
  const source = readSource('a.txt', Buffer.from(copied));
  assert.equal(source.text, ['Nâng cao hiệu quả tiếp công dân', 'Ngày 8/8/2024', 'Đoạn một với liên kết và 5 * 3 = 15.', '- Mục một', 'Phương Thảo'].join('\n'));
  assert.deepEqual(source.diagnostics.map((d) => [d.code, d.line]), [['markdown-marks', 1]]);
  // The line set wholly in italics (not in bold) is told apart.
  assert.deepEqual(source.emphasised, [5]);
  assert.deepEqual(readSource('d.txt', Buffer.from('---\ntitle: T\n---\n***Thủ đoạn tinh vi***\n_Quang cảnh hội nghị._')).emphasised, [5]);
  // Spaces the copy left after a line's marks change nothing; after a line with none they raise no warning.
  const spaced = readSource('e.txt', Buffer.from('Tiêu đề   \n_Quang cảnh hội nghị._  \n**Đậm** \t'));
  assert.deepEqual([spaced.text, spaced.emphasised], ['Tiêu đề\nQuang cảnh hội nghị.\nĐậm', [2]]);
  assert.deepEqual(readSource('f.txt', Buffer.from('Tiêu đề   \nĐoạn văn.  ')).diagnostics, []);
  // Before them too: the line keeps its indent.
  const indented = readSource('g.txt', Buffer.from('\tTiêu đề\n\t_Quang cảnh hội nghị._'));
  assert.deepEqual([indented.text, indented.emphasised], ['\tTiêu đề\n\tQuang cảnh hội nghị.', [2]]);
  assert.equal(readSource('a.md', Buffer.from(copied)).text, copied);
  // Hashtags, and a text with no marks, are left alone.
  // A Markdown image is left for extraction, which reads its file and alternative text.
  const image = '![Các đối tượng tại cơ quan Công an](https://cdn.example.vn/doi-tuong.jpg)';
  assert.equal(readSource('c.txt', Buffer.from(`**Tin mới**\n${image}`)).text, `Tin mới\n${image}`);
  const plain = '#CAND #ANTT\nNhiệt độ 30*C.';
  assert.deepEqual(readSource('b.txt', Buffer.from(plain)), { ...readSource('b.txt', Buffer.from(plain)), text: plain, diagnostics: [] });
});
