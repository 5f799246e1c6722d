import { PhraseList } from './phrases.ts';
import sections from './data/sections.json' with { type: 'json' };

/** Section names portals print with an article (`Thời sự`, `An ninh trật tự`). */
export const KNOWN_SECTIONS = new PhraseList(sections.sections);

const ACCOUNTS = new PhraseList(sections.accounts);
/** A user handle: one lower-case ASCII word, maybe with digits, dots or underscores. */
const HANDLE = /^[a-z][a-z0-9_.]{2,24}$/;

/** The name of a CMS account (`admin`, `Ban biên tập`) or a user handle (`btv_hoa`), which credits nobody. */
export function accountKind(text: string): 'known' | 'handle' | null {
  if (ACCOUNTS.equals(text)) return 'known';
  return HANDLE.test(text) ? 'handle' : null;
}
