/**
 * Folding Vietnamese text for URLs and for matching.
 *
 * Unicode decomposition removes tone and vowel marks (ấ → a), but đ/Đ are
 * letters of their own with no decomposition, so they are mapped by hand.
 * (Some slug libraries map đ → dj, which no Vietnamese reader expects.)
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `Đảng ủy Công an` → `Dang uy Cong an`. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Folded and lower-cased, one character for one: offsets found in the result
 * are offsets in the original, so a match can be cut out of the printed text.
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldVietnamese(ch).toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Folded and lower-cased: the key for case- and diacritic-insensitive comparison. */
export function matchKey(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The five tone marks, as combining characters, numbered as Vietnamese grammar does. */
const TONE_MARKS: Record<string, number> = {
  '\u0300': 2, // huyền
  '\u0301': 3, // sắc
  '\u0309': 4, // hỏi
  '\u0303': 5, // ngã
  '\u0323': 6, // nặng
};

/**
 * Old and new tone placement (`hòa`/`hoà`, `thủy`/`thuỷ`) print the same word
 * with the mark on different vowels. This key moves the tone out of the word,
 * so both placements compare equal while vowel marks (â, ơ, ư …) still count.
 */
export function toneKey(word: string): string {
  let tone = 1;
  let bare = '';
  for (const ch of word.normalize('NFD')) {
    const t = TONE_MARKS[ch];
    if (t === undefined) bare += ch;
    else tone = t;
  }
  return bare.normalize('NFC').toLowerCase() + (tone === 1 ? '' : String(tone));
}
