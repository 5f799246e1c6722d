import { adjacent, splitWords, type Word } from './words.ts';
import { foldInPlace, matchKey } from '../vietnamese/fold.ts';
import { escapeRegExp } from './phrases.ts';
import data from './data/people.json' with { type: 'json' };

/** Ranks and titles as sequences of folded words, by their first word, longest first. */
const PREFIXES = new Map<string, string[][]>();
for (const prefix of [...data.ranks, ...data.titles].map((t) => matchKey(t).split(' ')).sort((a, b) => b.length - a.length)) {
  PREFIXES.set(prefix[0]!, [...(PREFIXES.get(prefix[0]!) ?? []), prefix]);
}
const SURNAMES = new Set(data.surnames);
/** `H'`: surnames printed joined to the given name (`H'Bia Niê`), which then opens the name; with a straight apostrophe. */
const JOINED_SURNAMES = data.surnames.filter((s) => /['’]$/.test(s)).map((s) => s.replace('’', "'"));
const startsWithJoinedSurname = (word: string) => {
  // Every word of an article is asked: most have no apostrophe.
  if (!/['’]/.test(word)) return false;
  const w = word.replace('’', "'");
  return JOINED_SURNAMES.some((p) => w.startsWith(p) && /^\p{Lu}/u.test(w.slice(p.length)));
};
const NOT_NAME = new Set(data.notNameWords);
const MAX_NAME_WORDS = 4;
/**
 * `(SN 1988, trú tại …)`, `(sinh năm 1990)`, `(1975, …)`: a birth year in
 * brackets right after a name. A bare year must be one an adult was born in,
 * so `Trần Hưng Đạo (2024)` is an event, not a person.
 */
const BIRTH_NOTE = new RegExp(`^\\s*\\(\\s*(?:(?:${data.birthNotes.map(escapeRegExp).join('|')})\\s*[:.]?\\s*\\d|(?:19\\d\\d|200\\d)\\s*[,;)])`, 'iu');
/** `Văn`, and the highland forms with an apostrophe: `H'Bia` (Ê Đê), `K'Long` (Cơ Ho). */
const NAME_WORD = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}*$/u;

/**
 * People named after a rank or a title: `Thượng tướng Trần Quốc Tỏ`,
 * `đồng chí Phạm Văn Hiểu`, `Thứ trưởng Lê Quý Vương`; and people named
 * before their birth year, the way police reports name a suspect:
 * `Nguyễn Văn Tuấn (SN 1988, trú tại …)`. The name must start with a
 * Vietnamese surname; that keeps `Giám đốc Công an tỉnh` out.
 */
export function findPeople(text: string): string[] {
  const words = splitWords(text);
  // Folding in place keeps offsets, so each word's key is a slice of the folded text.
  const folded = foldInPlace(text);
  const keys = words.map((w) => folded.slice(w.start, w.end));
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const prefix = PREFIXES.get(keys[i]!)?.find((p) => p.every((k, j) => keys[i + j] === k && (j === 0 || adjacent(words[i + j]!))));
    if (prefix) {
      const name = readNameAt(words, i + prefix.length);
      if (name && adjacent(name[0]!)) {
        found.add(name.map((w) => w.text).join(' '));
        i += prefix.length + name.length - 1;
      }
      continue;
    }
    const name = readNameAt(words, i);
    if (name && BIRTH_NOTE.test(text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 24))) {
      found.add(name.map((w) => w.text).join(' '));
      i += name.length - 1;
    }
  }
  return [...found];
}

/** A Vietnamese surname, as printed (`Nguyễn`, `Lê`). */
export function isSurname(word: string): boolean {
  return SURNAMES.has(word);
}

function readNameAt(words: readonly Word[], start: number): Word[] | null {
  const first = words[start];
  if (!first || !(SURNAMES.has(first.text) || startsWithJoinedSurname(first.text))) return null;
  const name = [first];
  for (let j = start + 1; j < words.length && name.length < MAX_NAME_WORDS; j++) {
    const w = words[j]!;
    if (!adjacent(w) || !NAME_WORD.test(w.text) || NOT_NAME.has(w.text)) break;
    name.push(w);
  }
  return name.length >= 2 ? name : null;
}
