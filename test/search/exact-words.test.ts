import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spellPrefix, spellWords, unspellWords } from '../../src/search/exact-words.ts';

test('each printed form of a Vietnamese word is one ASCII token of its own, its marks spelled as digits after its letters', () => {
  assert.equal(spellWords('Đảng ủy Công an tỉnh'), 'Dang2001014 uy1004 Cong1017 an0 tinh1014');
  // The forms Pagefind would file together under `dang`, and `an` with the words it starts.
  const forms = ['đảng', 'đang', 'dạng', 'dang', 'an', 'anh', 'ăn', 'án', 'ấn'].map(spellWords);
  assert.equal(new Set(forms).size, forms.length);
  for (const a of forms) for (const b of forms) if (a !== b) assert.ok(!b.startsWith(a), `${a} starts ${b}`);
  // Two tone placements are two forms: the search client asks for each the archive prints.
  assert.notEqual(spellWords('ủy'), spellWords('uỷ'));
});

test('what is not a Vietnamese or ASCII letter stays as it is, and what follows a word is not taken for its marks', () => {
  assert.equal(spellWords('U23 Việt Nam, H5N1 & Covid-19'), 'U023 Viet2026027 Nam0, H05N01 & Covid0-19');
  assert.equal(spellWords('Müller 2024 Москва'), 'M0üller0 2024 Москва');
  assert.equal(unspellWords('<mark>Dang2001014</mark> uy1004'), '<mark>Đảng</mark> ủy');
});

test('spelling back gives the text exactly, whatever it holds', () => {
  const vietnamese = fc.constantFrom('Đảng', 'ủy', 'uỷ', 'NGUYỄN', 'Ươ', 'ậ', 'đ', 'Hà Nội', 'an', 'U23', '<mark>', ' ', '-', '0', '9');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(vietnamese).map((xs) => xs.join(''))), (raw) => {
      const text = raw.normalize('NFC');
      assert.equal(unspellWords(spellWords(text)), text);
    }),
    { numRuns: 2000 },
  );
  // A word longer than the spelling counts is spelled in pieces, and back.
  const long = 'Nguyễn'.repeat(40);
  assert.equal(unspellWords(spellWords(long)), long);
});

test('a query being typed matches its last word as the start of longer words, a finished one does not', () => {
  assert.equal(spellPrefix('dai ta nguy'), 'dai0 ta0 nguy');
  assert.equal(spellPrefix('dai ta nguy '), 'dai0 ta0 nguy0');
  // Pagefind compares words in lower case.
  assert.ok(spellWords('Nguyễn').toLowerCase().startsWith(spellPrefix('nguy')));
});
