/**
 * Counting letters and words over an article's whole text. Language
 * detection and word counts scan every article, and a regular expression's
 * match array makes a string per letter; here each UTF-16 unit's class is
 * worked out once and kept in a table. Units of surrogate pairs (beyond the
 * BMP: emoji, rare ideographs) count as neither letters nor digits.
 */
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
/** A letter Vietnamese marks and English does not use (ả, ư, đ …). */
const MARKED_LETTER = 3;
const DIGIT = 4;

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === UNKNOWN) {
    const ch = String.fromCharCode(code);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    c = classes[code] = surrogate ? OTHER : VIETNAMESE_LETTERS.test(ch) ? MARKED_LETTER : /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
  }
  return c;
}

/** How many letters the text has, and how many of them are Vietnamese marked letters. */
export function countLetters(text: string): { letters: number; marked: number } {
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === LETTER || c === MARKED_LETTER) letters++;
    if (c === MARKED_LETTER) marked++;
  }
  return { letters, marked };
}

/** Runs of letters and digits: Vietnamese word counters count syllables, each such run. */
export function countSyllables(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    const wordy = c === LETTER || c === MARKED_LETTER || c === DIGIT;
    if (wordy && !inRun) runs++;
    inRun = wordy;
  }
  return runs;
}
