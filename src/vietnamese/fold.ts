/**
 * Folding Vietnamese text for URLs and for matching.
 *
 * Unicode decomposition removes tone and vowel marks (ấ → a), but đ/Đ are
 * letters of their own with no decomposition, so they are mapped by hand.
 * (Some slug libraries map đ → dj, which no Vietnamese reader expects.)
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Each character's folded form, worked out once per character code: folding
 * runs on every word of every article. Codes up to U+1FFF cover Latin with
 * every Vietnamese letter; others fold through Unicode each time.
 */
const TABLE_SIZE = 0x2000;
const foldTable: (string | undefined)[] = new Array(TABLE_SIZE);

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  if (code < TABLE_SIZE && ch.length === 1) return (foldTable[code] ??= foldSlowly(ch));
  return foldSlowly(ch);
}

function foldSlowly(ch: string): string {
  return ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;

/** `Đảng ủy Công an` → `Dang uy Cong an`. Expects NFC text (as the read stage makes it). */
export function foldVietnamese(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (beyond the BMP) is never a Vietnamese letter: kept as it is.
    out += code >= 0xd800 && code <= 0xdfff ? text[i] : foldChar(text[i]!);
  }
  return out;
}

/**
 * The last strings folded, kept for a while: the line rules ask for the key
 * of the same line many times, and a long body line is worth not folding twice.
 */
function memoized(fn: (text: string) => string): (text: string) => string {
  let cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      if (cache.size >= MEMO_SIZE) cache = new Map();
      cache.set(text, value);
    }
    return value;
  };
}
const MEMO_SIZE = 4096;

/**
 * Folded and lower-cased, one character for one: offsets found in the result
 * are offsets in the original, so a match can be cut out of the printed text.
 */
export const foldInPlace = memoized((text: string): string => {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const folded = foldChar(ch).toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
});

/** Folded and lower-cased: the key for case- and diacritic-insensitive comparison. */
export const matchKey = memoized((text: string): string => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim());

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
  let key = toneKeys.get(word);
  if (key === undefined) {
    key = computeToneKey(word);
    // A cache of words seen, bounded: an archive's vocabulary is far smaller.
    if (toneKeys.size > TONE_KEY_CACHE) toneKeys.clear();
    toneKeys.set(word, key);
  }
  return key;
}

const toneKeys = new Map<string, string>();
const TONE_KEY_CACHE = 200_000;

function computeToneKey(word: string): string {
  let tone = 1;
  let bare = '';
  for (const ch of word.normalize('NFD')) {
    const t = TONE_MARKS[ch];
    if (t === undefined) bare += ch;
    else tone = t;
  }
  return bare.normalize('NFC').toLowerCase() + (tone === 1 ? '' : String(tone));
}
