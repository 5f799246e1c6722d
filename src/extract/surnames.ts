import data from './data/people.json' with { type: 'json' };

const SURNAMES = new Set(data.surnames);
/** `H'`: surnames printed joined to the given name (`H'Bia Niê`), which then opens the name; with a straight apostrophe. */
const JOINED_SURNAMES = data.surnames.filter((s) => /['’]$/.test(s)).map((s) => s.replace('’', "'"));

/** A Vietnamese surname, as printed (`Nguyễn`, `Lê`). */
export function isSurname(word: string): boolean {
  return SURNAMES.has(word);
}

/** `H'Bia`: a word that opens with a surname joined to the given name. */
export function startsWithJoinedSurname(word: string): boolean {
  // Every word of an article is asked: most have no apostrophe.
  if (!/['’]/.test(word)) return false;
  const w = word.replace('’', "'");
  return JOINED_SURNAMES.some((p) => w.startsWith(p) && /^\p{Lu}/u.test(w.slice(p.length)));
}
