import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SearchDocument } from '../../src/search/index.ts';
import { partBounds, splitIntoParts } from '../../src/search/parts.ts';

const TARGET = 20;

/** Documents one a day, oldest first, with distinct URLs. */
function archive(count: number, seed: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `/bai-${seed}-${i}/`,
    text: [`Bài ${i}`, `Nội dung bài ${i}`],
    meta: { title: `Bài ${i}` },
    filters: {},
    sort: { date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString() },
  }));
}

const digests = (docs: SearchDocument[]) => splitIntoParts(docs, TARGET).map((p) => p.digest);

test('parts hold every document once, newest part first, each but the newest within the bounds', () => {
  const { least, most } = partBounds(TARGET);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 400 }), fc.integer(), (count, seed) => {
      const docs = archive(count, seed);
      const parts = splitIntoParts(docs, TARGET);
      assert.deepEqual([...parts].reverse().flatMap((p) => p.documents), docs);
      for (const part of parts.slice(1)) assert.ok(part.documents.length >= least && part.documents.length <= most, `${part.documents.length} in [${least}, ${most}]`);
      if (parts[0]) assert.ok(parts[0].documents.length <= most);
    }),
  );
});

test('a new article changes the newest part only; an edited one changes its own part only', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 300 }), fc.integer(), fc.nat(), (count, seed, pick) => {
      const docs = archive(count + 1, seed);
      const before = digests(docs.slice(0, count));
      // Added: newer than all. Every part but the newest is unchanged.
      const added = digests(docs);
      assert.deepEqual(added.slice(added.length - (before.length - 1)), before.slice(1));
      // Edited: one document's text.
      const edited = docs.slice(0, count).map((d, i) => (i === pick % count ? { ...d, text: [...d.text, '(sửa)'] } : d));
      const after = digests(edited);
      assert.equal(after.length, before.length);
      assert.equal(after.filter((d, i) => d !== before[i]).length, 1);
    }),
  );
});

test('a deleted article leaves every older part as it was', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 300 }), fc.integer(), fc.nat(), (count, seed, pick) => {
      const docs = archive(count, seed);
      const gone = pick % count;
      const parts = splitIntoParts(docs, TARGET);
      const remaining = splitIntoParts(docs.filter((_, i) => i !== gone), TARGET);
      // Parts are newest first: the older parts are at the end of the list.
      const older = parts.filter((p) => p.documents.at(-1)!.sort.date! < docs[gone]!.sort.date!).length;
      assert.deepEqual(remaining.slice(remaining.length - older).map((p) => p.digest), parts.slice(parts.length - older).map((p) => p.digest));
    }),
  );
});
