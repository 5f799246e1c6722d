import { adjacent, splitWords, type Word } from './words.ts';
import { foldInPlace, matchKey } from '../vietnamese/fold.ts';
import { escapeRegExp, printedAs } from './phrases.ts';
import { placeAt } from './places.ts';
import { isSurname, startsWithJoinedSurname } from './surnames.ts';
import data from './data/people.json' with { type: 'json' };

/** A phrase as its folded words, and as written in the data. */
interface Phrase {
  keys: string[];
  written: string[];
}

/** Phrases by their first folded word, longest first. */
function byFirstWord(phrases: readonly string[]): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const phrase of phrases.map((t) => ({ keys: matchKey(t).split(' '), written: t.split(/\s+/) })).sort((a, b) => b.keys.length - a.keys.length)) {
    map.set(phrase.keys[0]!, [...(map.get(phrase.keys[0]!) ?? []), phrase]);
  }
  return map;
}

/**
 * The phrase of `phrases` that the words open at `i`, if any, as its folded
 * words. `asPrinted`: the words printed with diacritics carry the phrase's
 * (`Học viện`, the academy, folds as `học viên`, a trainee, does).
 */
function phraseAt(phrases: Map<string, Phrase[]>, words: readonly Word[], keys: readonly string[], i: number, asPrinted = false): string[] | undefined {
  const found = phrases.get(keys[i]!)?.find((p) => p.keys.every((k, j) => keys[i + j] === k && (j === 0 || adjacent(words[i + j]!)) && (!asPrinted || printedAs(words[i + j]!.text, p.written[j]!))));
  return found?.keys;
}

/** Ranks and titles. */
const PREFIXES = byFirstWord([...data.ranks, ...data.titles]);
/** Bodies' names as sequences of folded words, by their first word, longest first. */
const ORGANISATIONS = byFirstWord(data.organisations.starts);
/** Their first words as printed: folded, `đối` (với) would open `Đội`. */
const ORGANISATION_OPENERS = new Set(data.organisations.starts.map((s) => s.split(' ')[0]!.toLowerCase()));
/** The most words of a body's name between a title and a name, and the fewest of a name after one. */
const MAX_ORGANISATION_WORDS = 10;
const MIN_NAME_WORDS_AFTER_ORGANISATION = 3;
const NOT_NAME = new Set(data.notNameWords);
const NOT_NAME_PHRASES = byFirstWord(data.notNamePhrases);
const MAX_NAME_WORDS = 5;
/**
 * `(SN 1988, trú tại …)`, `(sinh năm 1990)`, `(1975, …)`, `(35 tuổi)`: a
 * birth year or an age in brackets right after a name. A bare year must be
 * one an adult was born in, so `Trần Hưng Đạo (2024)` is an event, not a person.
 */
const BIRTH_NOTE = new RegExp(`^\\s*\\(\\s*(?:(?:${data.birthNotes.map(escapeRegExp).join('|')})\\s*[:.]?\\s*\\d|(?:19\\d\\d|200\\d)\\s*[,;)]|\\d{1,3}\\s*(?:${data.ageNotes.map(escapeRegExp).join('|')})(?![\\p{L}]))`, 'iu');
/** `Văn`, and the highland forms with an apostrophe: `H'Bia` (Ê Đê), `K'Long` (Cơ Ho). */
const NAME_WORD = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}*$/u;

/**
 * People named after a rank or a title: `Thượng tướng Trần Quốc Tỏ`,
 * `đồng chí Phạm Văn Hiểu`, `Thứ trưởng Lê Quý Vương`; people named
 * before their birth year, the way police reports name a suspect:
 * `Nguyễn Văn Tuấn (SN 1988, trú tại …)`; and full names with the usual
 * middle name (`Nguyễn Văn An`, `Lê Thị Cúc`) but where a street or a school
 * is named after one. The name must start with a Vietnamese surname; that
 * keeps `Giám đốc Công an tỉnh` out.
 */
export function findPeople(text: string): string[] {
  const words = splitWords(text);
  // Folding in place keeps offsets, so each word's key is a slice of the folded text.
  const folded = foldInPlace(text);
  const keys = words.map((w) => folded.slice(w.start, w.end));
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const prefix = phraseAt(PREFIXES, words, keys, i, true);
    if (prefix) {
      const name = readNameAt(words, keys, i + prefix.length) ?? nameAfterOrganisation(words, keys, i + prefix.length);
      if (name && adjacent(name[0]!)) {
        found.add(name.map((w) => w.text).join(' '));
        // After a body's name, the name does not start right after the title.
        i = words.indexOf(name[name.length - 1]!);
      }
      continue;
    }
    const name = readNameAt(words, keys, i);
    if (name && (BIRTH_NOTE.test(text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 24)) || (hasMiddleName(name) && !namedAfter(keys, i)))) {
      found.add(name.map((w) => w.text).join(' '));
      i += name.length - 1;
    }
  }
  return [...found];
}

/**
 * `Bộ Giáo dục và Đào tạo Hoàng Minh Sơn` after `Thứ trưởng`: the name that
 * ends a body's name, in one phrase with it (see people.json, organisations).
 */
function nameAfterOrganisation(words: readonly Word[], keys: readonly string[], start: number): Word[] | null {
  if (!words[start] || !adjacent(words[start]) || !ORGANISATION_OPENERS.has(words[start].text.toLowerCase()) || !phraseAt(ORGANISATIONS, words, keys, start)) return null;
  for (let j = start + 1; j <= start + MAX_ORGANISATION_WORDS && words[j] && adjacent(words[j]!); j++) {
    // `UBND tỉnh Lâm Đồng Trần Văn Hiệp`: a province's name is the body's, though it starts like a name.
    const place = placeAt(words, j);
    if (place > 0) {
      j += place - 1;
      continue;
    }
    const name = readNameAt(words, keys, j);
    if (!name) continue;
    const after = words[j + name.length];
    const endsRun = !after || !adjacent(after) || !/^\p{Lu}/u.test(after.text);
    if (endsRun && name.length >= MIN_NAME_WORDS_AFTER_ORGANISATION) return name;
  }
  return null;
}

const MIDDLE_NAMES = new Set(data.middleNames.names);
/** Folded words that name a street, a school or a place after a person (`đường`, `sân vận động`). */
const NAMED_AFTER = new Set(data.middleNames.namedAfter.map(matchKey));
const NAMED_AFTER_WORDS = Math.max(...[...NAMED_AFTER].map((k) => k.split(' ').length));

/** `Nguyễn Văn An`, `Lê Thị Cúc`: a surname, the usual middle name, and a given name. */
const hasMiddleName = (name: readonly Word[]) => name.length >= 3 && MIDDLE_NAMES.has(name[1]!.text);

/** `đường Nguyễn Thị Minh Khai`, `Trường THCS Lê Văn Tám`, `12 Nguyễn Văn Cừ`: the name of a street, a school or a place, not of a person here. */
function namedAfter(keys: readonly string[], start: number): boolean {
  // `số 12 Nguyễn Văn Cừ`: a house's number before the street's name.
  if (/^\d[\d/]*$/.test(keys[start - 1] ?? '')) return true;
  for (let n = 1; n <= Math.min(NAMED_AFTER_WORDS, start); n++) if (NAMED_AFTER.has(keys.slice(start - n, start).join(' '))) return true;
  return false;
}

function readNameAt(words: readonly Word[], keys: readonly string[], start: number): Word[] | null {
  const first = words[start];
  if (!first || !(isSurname(first.text) || startsWithJoinedSurname(first.text))) return null;
  const name = [first];
  for (let j = start + 1; j < words.length && name.length < MAX_NAME_WORDS; j++) {
    const w = words[j]!;
    if (!adjacent(w) || !NAME_WORD.test(w.text) || NOT_NAME.has(w.text) || phraseAt(NOT_NAME_PHRASES, words, keys, j)) break;
    name.push(w);
  }
  // `Trần Văn Nam Công an xã …`: a body's name in lower case after its first word (`Công an`) opens after the name.
  const last = start + name.length - 1;
  if (name.length > 2 && (phraseAt(ORGANISATIONS, words, keys, last)?.length ?? 0) > 1 && /^\p{Ll}/u.test(words[last + 1]!.text)) name.pop();
  // `ngư dân Cà Mau`, `nông dân Bạc Liêu`: a province whose name opens with a surname, not a person.
  if (placeAt(words, start) === name.length) return null;
  return name.length >= 2 ? name : null;
}
