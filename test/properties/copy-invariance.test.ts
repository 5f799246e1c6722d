import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import type { ArticleRecord } from '../../src/record.ts';
import { REPO } from '../helpers.ts';

/**
 * The same page copied another way: the differences a copy picks up on the
 * way (how it was pasted, which editor saved it, the tool it came through)
 * that tell nothing of the article. Extraction must give the same record for each, on every page of
 * the labelled set. Pages whose bytes are the point (text garbled through an
 * encoding, which the read stage restores by its exact bytes) are left out.
 */
const COPIES: Record<string, (text: string) => string> = {
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'a byte order mark': (t) => `\ufeff${t}`,
  'blank lines above the page': (t) => `\n\n\n${t}`,
  'spaces after every line': (t) => t.split('\n').map((l) => `${l}   `).join('\n'),
  'every line indented by a tab': (t) => t.split('\n').map((l) => (l.trim() ? `\t${l}` : l)).join('\n'),
  'decomposed accents': (t) => t.normalize('NFD'),
  'every line break doubled': (t) => t.split('\n').join('\n\n'),
  "a rich-text editor's line separators": (t) => t.replace(/\n/g, '\u2028'),
  // What the tool a page was copied through prints around it: a long notice reads as prose, and must not be taken for the article's opening.
  "a search engine's cached copy": (t) => `Đây là bộ nhớ cache của Google của https://congan.example.gov.vn/tin-tuc/a.html. Đây là ảnh chụp nhanh của trang vì trang đã xuất hiện vào 4 thg 12, 2026 10:21:33 GMT.\nPhiên bản chỉ có văn bản\n${t}`,
  'an email newsletter': (t) => `Xem bản tin trên trình duyệt\n${t}\n\nBạn nhận được email này vì đã đăng ký nhận bản tin của Cổng thông tin điện tử.\n`,
};
const KEPT_AS_BYTES = new Set(['l442-utf8-garbled-through-windows-1252-mojibake.txt']);

const dir = path.join(REPO, 'test', 'fixtures', 'labelled');
const labelled = (JSON.parse(readFileSync(path.join(dir, 'golden.json'), 'utf8')).articles as { file: string; title: string; lang: string }[]).filter((a) => !KEPT_AS_BYTES.has(a.file));
const pages = labelled.map((a) => a.file);
const fields = (r: ArticleRecord | null) => r && { title: r.title, date: r.date, author: r.author, source: r.source, section: r.section, views: r.views, figures: r.figures, paragraphs: r.paragraphs };

test('copy invariance: a labelled page copied another way (line ends, a byte order mark, trailing spaces, a margin, decomposed accents, doubled line breaks, Unicode line separators, the notices of a cache or a newsletter) gives the same record', () => {
  const changed: string[] = [];
  for (const file of pages) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const expected = JSON.stringify(fields(extractRecord(readSource(file, Buffer.from(text))).record));
    for (const [copy, make] of Object.entries(COPIES)) {
      const actual = JSON.stringify(fields(extractRecord(readSource(file, Buffer.from(make(text)))).record));
      if (actual !== expected) changed.push(`${file}: ${copy}`);
    }
  }
  assert.deepEqual(changed, []);
});

/**
 * What a page prints besides the article, in Vietnamese: its title a second
 * time right under the first, and under the article a share bar, related
 * articles, the site's statistics or labelled keywords.
 */
const EXTRAS: Record<string, (text: string, title: string) => string | null> = {
  'the title printed twice': (t, title) => {
    const lines = t.split('\n');
    const at = lines.findIndex((l) => l.trim() === title);
    return at === -1 ? null : [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n');
  },
  'a share bar': (t) => `${t}\nChia sẻ:\nFacebook\nZalo\n`,
  'related articles': (t) => `${t}\nTin liên quan\nBắt đối tượng trộm cắp tài sản tại chợ\nKhởi tố vụ án lừa đảo qua mạng xã hội\n`,
  "the site's statistics": (t) => `${t}\nThống kê truy cập\nĐang truy cập: 12\nHôm nay: 1.234\nTổng lượt truy cập: 5.678.901\n`,
  "the site's statistics, each label over its number": (t) => `${t}\nSố lượt truy cập\n1.234.567\nĐang online\n25\n`,
  'labelled keywords': (t) => `${t}\nTừ khóa: an ninh, trật tự\n`,
};

test("page invariance: a Vietnamese labelled page that prints its title twice, or a share bar, related articles, statistics (on one line or a label over its number) or keywords under the article, gives the same record (its tags aside)", () => {
  const changed: string[] = [];
  for (const { file, title, lang } of labelled) {
    if (lang !== 'vi') continue;
    const text = readFileSync(path.join(dir, file), 'utf8');
    const expected = JSON.stringify(fields(extractRecord(readSource(file, Buffer.from(text))).record));
    for (const [extra, make] of Object.entries(EXTRAS)) {
      const page = make(text, title);
      if (page === null) continue;
      if (JSON.stringify(fields(extractRecord(readSource(file, Buffer.from(page))).record)) !== expected) changed.push(`${file}: ${extra}`);
    }
  }
  assert.deepEqual(changed, []);
});
