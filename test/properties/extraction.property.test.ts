import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import { slugify } from '../../src/vietnamese/slug.ts';
import { REPO } from '../helpers.ts';

const schema = JSON.parse(readFileSync(path.join(REPO, 'src', 'article.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const SLUG = new RegExp(schema.properties.slug.pattern);

/** Pieces raw articles are made of, so random files look like articles often enough to reach every rule. */
const PIECES = [
  'Đảng ủy Công an Trung ương', 'Thứ Hai, 17/10/2022 04:44', 'Cập nhật lúc 06:59 ngày 07/09/2021', 'Lượt xem: 1.234', '286', 'IMGP0713', 'anh-1.JPG',
  '(Ảnh: Bộ Công an)', 'Tác giả: Vũ Thị Hồng Sâm', 'LÊ MẬU LÂM', 'TT – Cổng thông tin điện tử', 'Theo Báo CAND', 'Chia sẻ bài viết', 'Thống kê', '• Hôm nay26,424',
  'Trang chủ > Tin tức > An ninh', 'Từ khóa: a, b', 'Sáng 22/6, tại Hà Nội, Bộ Công an tổ chức hội nghị.', 'Thượng tướng Trần Quốc Tỏ phát biểu.', 'ĐẢNG ỦY TRỰC THUỘC', 'Admin',
  '---', 'title: x', 'date: abc', '<script>alert(1)</script>', '![](#figure-1)', '# tiêu đề', '1. ', '\u0000', '\u00a0', '\u200b', '\ufeff', 'ngày 24-9', '19-9-2019', '2020-2025',
];
const line = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
const articleText = fc.array(fc.array(line, { maxLength: 4 }).map((parts) => parts.join(' ')), { maxLength: 30 }).map((lines) => lines.join('\n'));

/** An article's skeleton (title, dateline, paragraphs) with random lines anywhere in it. */
const skeleton = fc
  .record({
    title: fc.oneof(fc.string({ minLength: 1, maxLength: 120 }), fc.constantFrom('Tin <b>thử</b> & "nháy"', 'ĐẢNG ỦY', '   ', '!!!')),
    date: fc.constantFrom('Thứ Hai, 17/10/2022 04:44', '05/03/2024 02:15 CH', 'ngày 5 tháng 3 năm 2024', '2024-03-05T09:30:00+07:00', ''),
    paragraphs: fc.array(fc.oneof(fc.string({ minLength: 20, maxLength: 400 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 8 }),
    noise: fc.array(line, { maxLength: 6 }),
    at: fc.nat(),
  })
  .map(({ title, date, paragraphs, noise, at }) => {
    const lines = [title, date, ...paragraphs];
    for (const [i, n] of noise.entries()) lines.splice((at + i * 7) % (lines.length + 1), 0, n);
    return lines.join('\n');
  });

const RUNS = { numRuns: 300 };

test('reading and extraction never throw on arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
      extractRecord(readSource('x.txt', bytes));
    }),
    RUNS,
  );
});

test('reading and extraction never throw on article-like text, .txt or .md, in any encoding', () => {
  fc.assert(
    fc.property(articleText, fc.constantFrom('a.txt', 'a.md'), fc.constantFrom<BufferEncoding>('utf8', 'utf16le', 'latin1'), (text, file, encoding) => {
      extractRecord(readSource(file, Buffer.from(text, encoding)));
    }),
    RUNS,
  );
});

test('every slug matches the schema pattern and length, whatever the title', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
      const slug = slugify(title);
      assert.ok(slug === '' || SLUG.test(slug), slug);
      assert.ok(slug.length <= 100);
    }),
    RUNS,
  );
});

test('every record extraction gives validates against the schema (what inspect --json prints)', () => {
  let records = 0;
  fc.assert(
    fc.property(fc.oneof(skeleton, articleText), (text) => {
      const { record } = extractRecord(readSource('x.txt', Buffer.from(text)));
      if (!record) return;
      records++;
      assert.ok(validate(record), JSON.stringify(validate.errors));
      assert.ok(SLUG.test(record.slug));
    }),
    { numRuns: 1000 },
  );
  assert.ok(records > 50, `only ${records} of the random articles gave a record: the generator must reach the rules`);
});
