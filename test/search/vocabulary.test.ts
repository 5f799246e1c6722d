import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VocabularyBuilder } from '../../src/search/vocabulary.ts';

const WORDS = ['Đảng', 'đảng', 'ủy', 'Ủy', 'uỷ', 'công', 'an', 'Hòa', 'Hoà', 'Bình', 'bình', 'đang', 'dạng', 'người', 'dân', '2024', 'COVID-19'];
const PUNCTUATION = [' ', ' ', ' ', '. ', ', ', '\n', ' – '];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { maxLength: 40 }).map((xs) => xs.flat().join(''));

function counted(texts: readonly string[]): VocabularyBuilder {
  const builder = new VocabularyBuilder();
  for (const t of texts) builder.add(t);
  return builder;
}

test('counts of parts merged give the shards of counting everything at once, in any order', () => {
  fc.assert(
    fc.property(fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 5 }), (parts) => {
      const whole = counted(parts.flat()).shards();
      const merged = new VocabularyBuilder();
      for (const part of [...parts].reverse()) merged.merge(counted(part).counted());
      assert.deepEqual(merged.shards(), whole);
    }),
  );
});

test('counted() is plain data that survives a round trip through structured clone', () => {
  const counts = counted(['Đảng ủy Công an tỉnh Hòa Bình. Người dân Hoà Bình.']).counted();
  const again = new VocabularyBuilder();
  again.merge(structuredClone(counts));
  assert.deepEqual(again.shards(), counted(['Đảng ủy Công an tỉnh Hòa Bình. Người dân Hoà Bình.']).shards());
  assert.ok(counts.words.includes('hòa') && counts.words.includes('hoà'));
});
