/**
 * Folding Vietnamese text for URLs and for matching.
 *
 * Unicode decomposition removes tone and vowel marks (ấ → a), but đ/Đ are
 * letters of their own with no decomposition, so they are mapped by hand.
 * (Some slug libraries map đ → dj, which no Vietnamese reader expects.)
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldChar(ch: string): string {
  return ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * Folding runs on every word of every article, so each UTF-16 unit's result
 * is worked out once and kept in a table: the folded unit, NOT_ONE_UNIT when
 * folding it does not give exactly one unit, or SPACE for whitespace in a
 * table that collapses it.
 */
const UNKNOWN = -2;
const NOT_ONE_UNIT = -1;
const SPACE = -3;
interface UnitTable {
  units: Int32Array;
  unitOf: (ch: string) => number;
}

function unitTable(unitOf: (ch: string) => number): UnitTable {
  return { units: new Int32Array(0x10000).fill(UNKNOWN), unitOf };
}

function learnUnit(table: UnitTable, code: number): number {
  return (table.units[code] = table.unitOf(String.fromCharCode(code)));
}

const oneUnit = (text: string) => (text.length === 1 ? text.charCodeAt(0) : NOT_ONE_UNIT);
const foldedUnit = unitTable((ch) => oneUnit(foldChar(ch)));
/** `–`, `—`, `−`: the dashes a copy prints where the phrase has a hyphen (`Độc lập – Tự do – Hạnh phúc`) match it, one unit for one. */
const DASHES = /[\u2010-\u2015\u2212]/;
/** For folding in place: a character whose folded, lower-cased form is not one unit stays as it is. */
const inPlaceUnit = unitTable((ch) => {
  if (DASHES.test(ch)) return 0x2d;
  const unit = oneUnit(foldChar(ch).toLowerCase());
  return unit === NOT_ONE_UNIT ? ch.charCodeAt(0) : unit;
});
const keyUnit = unitTable((ch) => (/\s/.test(ch) ? SPACE : DASHES.test(ch) ? 0x2d : oneUnit(foldChar(ch).toLowerCase())));

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * The text with each unit mapped through the table, or null when a unit does
 * not map to one. Runs of SPACE become one space, and none is kept at either
 * end. Surrogate pairs (beyond the BMP) are never Vietnamese letters and are
 * kept as they are.
 */
function mapUnits(text: string, table: UnitTable): string | null {
  const units: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let unit = isSurrogate(code) ? code : table.units[code]!;
    if (unit === UNKNOWN) unit = learnUnit(table, code);
    if (unit === NOT_ONE_UNIT) return null;
    if (unit === SPACE) {
      space = units.length > 0;
      continue;
    }
    if (space) units.push(0x20);
    space = false;
    units.push(unit);
  }
  let out = '';
  // A plain array: String.fromCharCode takes it three times faster than a typed one.
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  return out;
}
/** Units passed to String.fromCharCode at once (its arguments go on the stack). */
const CHUNK = 4096;

const ASCII = /^[\x00-\x7f]*$/;

/** `Đảng ủy Công an` → `Dang uy Cong an`. Expects NFC text (as the read stage makes it). */
export function foldVietnamese(text: string): string {
  if (ASCII.test(text)) return text;
  return mapUnits(text, foldedUnit) ?? [...text].map((ch) => (ch.length === 1 ? foldChar(ch) : ch)).join('');
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
export const foldInPlace = memoized((text: string): string => (ASCII.test(text) ? text.toLowerCase() : mapUnits(text, inPlaceUnit)!));

/** Folded and lower-cased: the key for case- and diacritic-insensitive comparison. */
export const matchKey = memoized((text: string): string => tightColons((!ASCII.test(text) && mapUnits(text, keyUnit)) || collapseSpaces(foldVietnamese(text).toLowerCase())));

/** `tac gia : minh anh` → `tac gia: minh anh`: a CMS that spaces a label's colon prints the same label. */
const tightColons = (key: string) => (key.includes(' :') || key.includes(' ：') ? key.replace(/ (?=[:：])/g, '') : key);

const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

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
