import { decide, type Rule } from '../decision.ts';
import { isLongProse, sentenceCount } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { namesOrganisation } from '../bylines.ts';
import { PhraseList } from '../phrases.ts';
import { isSiteAddress } from './site-chrome.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const MAX_TITLE_LENGTH = 250;
/** Sites print the title again (page heading, then article heading) within a few lines. */
const REPEAT_WINDOW = 3;

/**
 * The title is the first line left once labels, datelines and counters are
 * set aside. An editor's front-matter title is looked for first, so that its
 * printed copy is not mistaken for body text.
 */
export const title: Rule = {
  name: 'title',
  description: 'The first remaining line is the title; copies of it right after are repeats.',
  classify(doc, decided, hints) {
    const free = decided.free();
    const wanted = hints.title ? key(hints.title) : null;
    const found = wanted ? free.slice(0, 5).find((l) => key(l.text) === wanted) : free[0];
    if (!found) return [];
    // A paragraph of several sentences is the lead of an article whose title was not copied.
    if (!wanted && (found.text.length > MAX_TITLE_LENGTH || (isLongProse(found) && sentenceCount(found.text) > 1))) return [];
    const reason = wanted ? 'matches the title given in front matter' : 'the first line left after labels, datelines and counters';
    const foundKey = key(withoutSiteSuffix(found.text));
    const repeats = free.filter((l) => l.index > found.index).slice(0, REPEAT_WINDOW).filter((l) => key(withoutSiteSuffix(l.text)) === foundKey);
    // A page heading in capitals over the article's own heading: the title reads as the latter prints it.
    const normalCase = isAllCaps(found.text) ? repeats.find((l) => !isAllCaps(l.text)) : undefined;
    const printed = normalCase?.text ?? found.text;
    const text = withoutSiteSuffix(printed);
    const how = (normalCase ? `, as its copy at line ${normalCase.number} prints it in normal case` : '') + (text !== printed ? ", without the site's name after it" : '');
    return [
      decide(found, 'title', this.name, reason + how, { title: text }),
      ...repeats.map((l) => decide(l, 'title-repeat', this.name, `repeats the title printed at line ${found.number}`)),
    ];
  },
};

const SITE_NAME_STARTS = new PhraseList(chrome.titleSuffix.siteNameStarts);

/** `… - Công an tỉnh Lào Cai`, `… | baonghean.vn`: the title as a browser's tab shows it, without the site's name. */
export function withoutSiteSuffix(title: string): string {
  const m = /^(.{10,}?)\s+[-–—|]\s+([^-–—|]+)$/u.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim();
  return isSiteAddress(suffix) || isSiteName(suffix) ? m[1]!.trim() : title;
}

/** `Công an tỉnh Lào Cai`, `Báo Nghệ An`: a site's name goes on with a proper name (`Báo động …` does not). */
export function isSiteName(text: string): boolean {
  const start = SITE_NAME_STARTS.prefixOf(text);
  return !!start && /^\s+[\p{Lu}\d]/u.test(text.slice(start.length)) && namesOrganisation(text);
}

/** Titles compare without case, diacritic or final punctuation differences. */
function key(text: string): string {
  return matchKey(text).replace(/[.!?:\s]+$/, '');
}
