import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planSearchIndex } from '../../src/build/index.ts';
import { OutputTree } from '../../src/build/output.ts';
import { emptyTree, type TreeState } from '../../src/build/state.ts';
import type { SearchDocument } from '../../src/search/index.ts';
import { tempDir } from '../helpers.ts';

const documents: SearchDocument[] = Array.from({ length: 30 }, (_, i) => ({
  url: `/bai-${i}/`,
  text: [`Bài số ${i}`],
  meta: { title: `Bài ${i}` },
  filters: {},
  sort: { date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() },
}));

test('a search-index part is kept only for the same documents written by the same indexing code', () => {
  const dir = tempDir();
  const first = planSearchIndex(documents, new OutputTree(dir, emptyTree(dir), null), 'vi', 'code A', 10);
  assert.ok(first.split.length > 1);
  assert.equal(first.jobs.length, first.split.length, 'an empty output gets every part');
  const written: TreeState = { ...emptyTree(dir), parts: first.parts };
  assert.equal(planSearchIndex(documents, new OutputTree(dir, written, null), 'vi', 'code A', 10).jobs.length, 0);
  // Other code (what Pagefind is given of a document, or another Pagefind) writes every part again.
  assert.equal(planSearchIndex(documents, new OutputTree(dir, written, null), 'vi', 'code B', 10).jobs.length, first.split.length);
  // Other documents: their part only.
  const edited = documents.map((d, i) => (i === 0 ? { ...d, meta: { title: 'Bài 0, sửa' } } : d));
  assert.equal(planSearchIndex(edited, new OutputTree(dir, written, null), 'vi', 'code A', 10).jobs.length, 1);
});
