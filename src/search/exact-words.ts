/**
 * What Pagefind indexes is the text with every word spelled in ASCII, its
 * Vietnamese marks written after it as digits; the search client spells a
 * query's words the same way, and spells the excerpts Pagefind returns back.
 *
 * Why: Pagefind files a word under its form without marks, with every
 * marked form nested there, and a query for one form downloads them all:
 * `công` brings `cộng`, `cống`, `cong`, `còng`; `đảng` brings `đang`, the
 * most frequent word of an archive. It also matches a query word as the
 * start of longer words (`an` brings `anh`, `ăn`, `án`, `ấn`). A word spelled
 * here is one token of its own, its marks and its end part of it, so a query
 * word downloads its own postings only. Measured on the 10,000 articles of
 * `scripts/bench` (11 index parts), the benchmark's first query downloaded
 * 917 KB instead of 1,275 KB (its index chunks 619 KB instead of 1,008 KB;
 * plain Pagefind on the plain site, 997 KB), the second 149 KB instead of
 * 188 KB, finding the same pages.
 *
 * A word (letters of the Vietnamese alphabet and of ASCII, with their
 * marks) is spelled as its letters without marks, then one digit, the count
 * of its marks, then three digits per mark: the letter's place (two digits)
 * and the mark. `Đảng` → `Dang2001014`, `an` → `an0`. Every word gets its
 * count, so what follows a word (`U23` → `U023`) cannot be taken for its
 * marks, and spelling back is exact. Other characters are left as they are.
 */

/** Marks by their digit; đ is a mark on d. Composed (NFD) Vietnamese letters decompose into these. */
const MARKS = ['', 'đ', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '\u0302', '\u0306', '\u031b'] as const;
const DIGIT_OF = new Map<string, number>(MARKS.map((m, i) => [m, i]));
/** A word of more marks or letters than the spelling counts (a place is two digits) is spelled in pieces. */
const MOST_MARKS = 9;
const MOST_LETTERS = 100;

/** A run of letters a word can be spelled from: ASCII letters, đ, and letters whose decomposition is one of those with Vietnamese marks. */
const WORD = /(?:[A-Za-zĐđ]|[À-ỹ](?<=\p{L}))+/gu;

/** The text as Pagefind indexes it. */
export function spellWords(text: string): string {
  return text.replace(WORD, spelledWord);
}

/**
 * Spelled words by word: an archive prints a few thousand syllables over and
 * over, and spelling one costs a decomposition per letter (1.5 ms an article
 * of 5 KB unremembered). Emptied when full, so memory stays bounded.
 */
const spelled = new Map<string, string>();
const REMEMBERED = 100_000;

function spelledWord(word: string): string {
  let known = spelled.get(word);
  if (known === undefined) {
    if (spelled.size >= REMEMBERED) spelled.clear();
    known = spell(word);
    spelled.set(word, known);
  }
  return known;
}

function spell(word: string): string {
  const pieces: string[] = [];
  let letters = '';
  let marks: string[] = [];
  const flush = () => {
    pieces.push(`${letters}${marks.length}${marks.join('')}`);
    letters = '';
    marks = [];
  };
  for (const char of word) {
    const decomposed = char.normalize('NFD');
    const base = decomposed[0]!;
    const own = [...decomposed.slice(1)].map((m) => DIGIT_OF.get(m));
    const isD = char === 'đ' || char === 'Đ';
    // Not Vietnamese (ç, ü, ø): the letter stays as it is, outside any spelled word.
    if (!isD && (!/[A-Za-z]/.test(base) || own.some((d) => d === undefined))) {
      if (letters) flush();
      pieces.push(char);
      continue;
    }
    const count = own.length + (isD ? 1 : 0);
    if (letters.length === MOST_LETTERS || marks.length + count > MOST_MARKS) flush();
    const place = String(letters.length).padStart(2, '0');
    letters += isD ? (char === 'Đ' ? 'D' : 'd') : base;
    if (isD) marks.push(`${place}1`);
    for (const d of own) marks.push(`${place}${d}`);
  }
  if (letters) flush();
  return pieces.join('');
}

/**
 * A query as typed, spelled for Pagefind to match its last word as the start
 * of longer words (`nguy` finds `Nguyễn` while it is being typed): the last
 * word's letters without their count and marks.
 */
export function spellPrefix(query: string): string {
  const words = spellWords(query.trimEnd());
  return query.trimEnd() === query ? words.replace(/([A-Za-z]+)\d+$/, '$1') : words;
}

/** Text spelled by `spellWords` (an excerpt, with Pagefind's `<mark>` tags) as it was printed. Letters not followed by a count are left as they are. */
export function unspellWords(text: string): string {
  let out = '';
  let at = 0;
  const letters = /[A-Za-z]+/g;
  for (let m = letters.exec(text); m; m = letters.exec(text)) {
    out += text.slice(at, m.index);
    const end = m.index + m[0].length;
    const count = text.charCodeAt(end) - 48;
    const marks = text.slice(end + 1, end + 1 + 3 * count);
    if (count < 0 || count > MOST_MARKS || !/^\d*$/.test(marks) || marks.length !== 3 * count) {
      out += m[0];
      at = end;
      continue;
    }
    const word = [...m[0]];
    for (let i = 0; i < marks.length; i += 3) {
      const place = Number(marks.slice(i, i + 2));
      const mark = MARKS[Number(marks[i + 2])]!;
      if (place >= word.length) continue;
      word[place] = mark === 'đ' ? (word[place] === 'D' ? 'Đ' : 'đ') : word[place] + mark;
    }
    out += word.join('').normalize('NFC');
    at = end + 1 + 3 * count;
    letters.lastIndex = at;
  }
  return out + text.slice(at);
}
