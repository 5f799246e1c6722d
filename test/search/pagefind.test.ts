import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArticles } from '../../scripts/lib/generate.ts';
import type { SearchDocument } from '../../src/search/index.ts';
import { indexChunkSize, writePagefindIndex } from '../../src/search/pagefind.ts';

test('the word index is cut into chunks of the size bantin sets for the part, not Pagefind default', async () => {
  const documents: SearchDocument[] = generateArticles(60, 3, 4000).map((a, i) => ({
    url: `/bai-${i}/`,
    text: a.text.split('\n').filter((l) => l.trim()),
    meta: { title: `Bài ${i}` },
    filters: {},
    sort: { date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() },
  }));
  // Every word's place counts towards a chunk's size: at least that many postings.
  const places = documents.reduce((n, d) => n + d.text.join(' ').split(/\s+/).length, 0);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bantin-pagefind-'));
  try {
    await writePagefindIndex(documents, dir, 'vi', false);
    const chunks = readdirSync(path.join(dir, 'index')).length;
    const size = indexChunkSize(documents.length);
    // Pagefind's own size (20,000) would make one or two chunks of these; 1,000, a full part's, a fourth of them.
    assert.ok(places > 20 * 1000, `${places} places`);
    assert.ok(size < 1000 && chunks >= places / size / 2, `${chunks} chunks for ${places} places`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('work handed to writePagefindIndex runs while Pagefind writes; its value comes back, and its failure too', async () => {
  const documents: SearchDocument[] = [{ url: '/a/', text: ['Công an tỉnh'], meta: { title: 'A' }, filters: {}, sort: { date: '2024-01-01' } }];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bantin-pagefind-'));
  try {
    const { alongside } = await writePagefindIndex(documents, path.join(dir, 'one'), 'vi', false, () => 'counted');
    assert.equal(alongside, 'counted');
    await assert.rejects(
      writePagefindIndex(documents, path.join(dir, 'two'), 'vi', false, () => {
        throw new Error('counting failed');
      }),
      /counting failed/,
    );
    // Pagefind's service was closed all the same: the next index starts a new one.
    await writePagefindIndex(documents, path.join(dir, 'three'), 'vi', false);
    assert.ok(readdirSync(path.join(dir, 'three')).includes('pagefind-entry.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
