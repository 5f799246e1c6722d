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
 * way (how it was pasted, which editor saved it) that tell nothing of the
 * article. Extraction must give the same record for each, on every page of
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
};
const KEPT_AS_BYTES = new Set(['l442-utf8-garbled-through-windows-1252-mojibake.txt']);

const dir = path.join(REPO, 'test', 'fixtures', 'labelled');
const pages = (JSON.parse(readFileSync(path.join(dir, 'golden.json'), 'utf8')).articles as { file: string }[]).map((a) => a.file).filter((f) => !KEPT_AS_BYTES.has(f));
const fields = (r: ArticleRecord | null) => r && { title: r.title, date: r.date, author: r.author, source: r.source, section: r.section, views: r.views, figures: r.figures, paragraphs: r.paragraphs };

test('copy invariance: a labelled page copied another way (line ends, a byte order mark, trailing spaces, a margin, decomposed accents) gives the same record', () => {
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
