import { adjacent, nameWordKey, splitWords, type Word } from './words.ts';
import { foldInPlace, foldVietnamese } from '../vietnamese/fold.ts';
import { isSurname } from './surnames.ts';
import { escapeRegExp } from './phrases.ts';
import { capitalizeFirst } from '../vietnamese/case.ts';
import data from './data/places.json' with { type: 'json' };

interface PlaceForm {
  /** The name as it is recorded (`Thanh Hóa`, `TP Hồ Chí Minh`). */
  name: string;
  keys: string[];
  /** What joins each word to the one before where the printing has more than a space: a dash (`Bà Rịa - Vũng Tàu`, `BR-VT`) or an abbreviation's stop (`TP. Hồ Chí Minh`). */
  joints: (RegExp | null)[];
  /** Found only after a word that names a city (`TP Vinh`; see places.json cityWords). */
  onlyAsCity: boolean;
}

/** A dash between two words, with or without spaces, of any length. */
const DASH_GAP = /^[^\S\n]*[-–—][^\S\n]*$/u;
/** An abbreviation's stop between two words, with or without a space after it (`TP. HCM`, `TP.HCM`). */
const STOP_GAP = /^\.[^\S\n]*$/u;
const jointOf = (gap: string) => (DASH_GAP.test(gap) ? DASH_GAP : STOP_GAP.test(gap) ? STOP_GAP : null);

/** Every printed form of every province and city, grouped by its first word for a single pass. */
const FORMS_BY_FIRST_WORD = new Map<string, PlaceForm[]>();
/**
 * The same first words folded: a cheap first test for each word of a text
 * (words with the same name key fold alike), before its name key is made.
 */
const FOLDED_FIRST_WORDS = new Set<string>();
for (const place of [...data.places, ...data.cities] as { name: string; aliases?: string[]; onlyAsCity?: boolean }[]) {
  const printings = [place.name, ...(place.aliases ?? [])];
  // English articles print the names without marks: `Ha Noi`, `Nghe An`, `Ho Chi Minh City`.
  for (const printed of new Set([...printings, ...printings.map(foldVietnamese)])) {
    const words = splitWords(printed);
    const keys = words.map((w) => nameWordKey(w.text));
    const list = FORMS_BY_FIRST_WORD.get(keys[0]!) ?? [];
    list.push({ name: place.name, keys, joints: words.map((w) => jointOf(w.gap)), onlyAsCity: place.onlyAsCity === true });
    list.sort((a, b) => b.keys.length - a.keys.length);
    FORMS_BY_FIRST_WORD.set(keys[0]!, list);
    FOLDED_FIRST_WORDS.add(foldInPlace(words[0]!.text));
  }
}

/** Provinces and cities named in the text, each once, in order of first mention. */
export function findPlaces(text: string): string[] {
  const words = splitWords(text);
  const folded = foldInPlace(text);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!FOLDED_FIRST_WORDS.has(folded.slice(words[i]!.start, words[i]!.end))) continue;
    const form = formAt(words, i);
    if (!form) continue;
    // After a surname, the words are a person's given names: `ông Lê Thái Bình`.
    const before = words[i - 1];
    if (before && adjacent(words[i]!) && isSurname(before.text)) continue;
    if (namesLowerUnit(text, words, i) || namesStreet(text, words[i]!.start) || (form.onlyAsCity && !namedAsCity(text, words, i, form.keys.length))) continue;
    // A place name runs into the next capitalised word only when it is part of a longer name ("Hà Nam Ninh", "Thái Bình Dương");
    // a name of two words or more may have a person's full name after it (`Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn A`).
    if (runsOn(words, i + form.keys.length, form.keys.length)) continue;
    found.add(form.name);
    i += form.keys.length - 1;
  }
  return [...found];
}

const capitalised = (word: Word | undefined) => !!word && adjacent(word) && /^\p{Lu}\p{Ll}/u.test(word.text);
const KINDS_AFTER = new Set(data.kindsAfter.words);

/**
 * The capitalised word at `next` goes on with the place's name of `length`
 * words: after one word, any; after more, one alone. An English place's
 * kind or body after it (`Province`, `Police`) names the place still.
 */
function runsOn(words: readonly Word[], next: number, length: number): boolean {
  if (!capitalised(words[next]) || KINDS_AFTER.has(words[next]!.text)) return false;
  return length === 1 || !capitalised(words[next + 1]);
}

const LOWER_UNIT = new RegExp(`(?<![\\p{L}])(?<!(?:${data.lowerUnits.notAfter.join('|')})\\s)(?:${data.lowerUnits.words.join('|')})\\s+$`, 'iu');

/** How far back a kind's word before a name (`thành phố `, `thị trấn `, `đại lộ `) may open. */
const KIND_WORD_LENGTH = 20;
/** The text right before `start`, where a word for the kind of place before a name stands. */
const wordsBefore = (text: string, start: number) => text.slice(Math.max(0, start - KIND_WORD_LENGTH), start);

/** `phố `, `đường `: a street's word right before a name (see places.json streets). */
const STREET_WORD = new RegExp(`(?<![\\p{L}])(?<!(?:${data.streets.notAfter.join('|')})\\s)(?:${data.streets.words.join('|')})\\s+$`, 'iu');
/** `phố Huế`, `đường Hà Nội`: the name is a street's. */
const namesStreet = (text: string, start: number) => STREET_WORD.test(wordsBefore(text, start));

/** `TP `, `thành phố `: a city's word right before a name (see places.json cityWords). */
const CITY_WORD = new RegExp(`(?<![\\p{L}])(?:${data.cityWords.words.map(escapeRegExp).join('|')})\\s*$`, 'iu');
const CITY_WORDS_AFTER = new Set(data.cityWords.after);

/** `TP Vinh`, `Vinh City`: the name of `length` words at `i` is printed as a city's (see places.json cityWords). */
function namedAsCity(text: string, words: readonly Word[], i: number, length: number): boolean {
  const after = words[i + length];
  return CITY_WORD.test(wordsBefore(text, words[i]!.start)) || (!!after && adjacent(after) && CITY_WORDS_AFTER.has(after.text));
}

/**
 * `các huyện Lệ Thủy, Quảng Ninh, Bố Trạch`: names listed after a count of
 * units (see places.json lowerUnits.plural; the count may open the
 * sentence), each a name of capitalised words, parted by commas or `và`.
 */
const LOWER_UNIT_LIST = new RegExp(
  `(?<![\\p{L}])(?:${[...data.lowerUnits.plural.words.flatMap((w) => [w, capitalizeFirst(w)]), '\\d+'].join('|')})\\s+(?:${data.lowerUnits.words.join('|')})\\s+(?:\\p{Lu}\\p{Ll}*(?:[\\s-]+\\p{Lu}\\p{Ll}*){0,3}(?:\\s*,\\s*|\\s+và\\s+))+$`,
  'u',
);
/** How far back a list of units' names may open. */
const MAX_LIST_LENGTH = 120;

/** `xã Thanh Hóa`: the name after a commune's or district's word is theirs, as is every name listed after a count of them (see places.json lowerUnits). */
function namesLowerUnit(text: string, words: readonly Word[], i: number): boolean {
  const start = words[i]!.start;
  return LOWER_UNIT.test(wordsBefore(text, start)) || LOWER_UNIT_LIST.test(text.slice(Math.max(0, start - MAX_LIST_LENGTH), start));
}

/** The printed form of a province or city that the words open at `i`, the longest. */
function formAt(words: readonly Word[], i: number): PlaceForm | undefined {
  return FORMS_BY_FIRST_WORD.get(nameWordKey(words[i]!.text))?.find((f) => f.keys.every((k, j) => words[i + j] && nameWordKey(words[i + j]!.text) === k && (j === 0 || joined(f, words[i + j]!, j))));
}

/** The form's word `j` follows the one before it as the form prints it: after a space, or after any dash or stop where the form has one (`Bà Rịa-Vũng Tàu`, `TP. HCM`). */
function joined(form: PlaceForm, word: Word, j: number): boolean {
  return adjacent(word) || (form.joints[j]?.test(word.gap) ?? false);
}

/** How many words of a province's or city's name open at `i`: 0 for none. */
export function placeAt(words: readonly Word[], i: number): number {
  return formAt(words, i)?.keys.length ?? 0;
}

/** The whole text is the name of a province or city. */
export function isPlaceName(text: string): boolean {
  const words = splitWords(text);
  const forms = FORMS_BY_FIRST_WORD.get(nameWordKey(words[0]?.text ?? '')) ?? [];
  return forms.some((f) => f.keys.length === words.length && f.keys.every((k, j) => nameWordKey(words[j]!.text) === k));
}
