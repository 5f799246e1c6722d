import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nearDuplicatePairs, signature, similarity } from '../../src/corpus/near-duplicates.ts';

const SHINGLE = 5;

/** Distinct words, so that the true share of shared 5-word shingles is known exactly. */
const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `từ${from + i}`);

function jaccard(a: string[], b: string[]): number {
  const shingles = (w: string[]) => new Set(w.slice(0, w.length - SHINGLE + 1).map((_, i) => w.slice(i, i + SHINGLE).join(' ')));
  const x = shingles(a);
  const y = shingles(b);
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared / (x.size + y.size - shared);
}

test('signatures estimate the share of shared phrases, for short and long articles alike', () => {
  // 64 places: the estimate's standard deviation is at most 1/16, so 0.25 is four of them.
  // A fixed seed keeps the run reproducible; the cases still span lengths and overlaps.
  fc.assert(
    fc.property(fc.integer({ min: 30, max: 1500 }), fc.double({ min: 0, max: 1, noNaN: true }), (length, overlap) => {
      const shift = Math.round(length * (1 - overlap));
      const a = words(0, length);
      const b = words(shift, length);
      const estimate = similarity(signature([a.join(' ')])!, signature([b.join(' ')])!);
      const truth = jaccard(a, b);
      assert.ok(Math.abs(estimate - truth) <= 0.25, `estimate ${estimate} for ${truth}`);
    }),
    { seed: 20261122, numRuns: 200 },
  );
});

test('an article too short to compare has no signature; the same words give the same signature', () => {
  assert.equal(signature([words(0, SHINGLE + 18).join(' ')]), null);
  const text = words(0, 200).join(' ');
  assert.deepEqual(signature([text]), signature([text.toUpperCase()]));
});

test('near-duplicate pairs: copies are found, unrelated articles are not', () => {
  const base = words(0, 400);
  const edited = [...base.slice(0, 200), 'sửa', ...base.slice(201)];
  const other = words(10_000, 400);
  const sigs = [base, other, edited].map((w) => signature([w.join(' ')]));
  assert.deepEqual(nearDuplicatePairs(sigs).map(([a, b]) => [a, b]), [[0, 2]]);
});
