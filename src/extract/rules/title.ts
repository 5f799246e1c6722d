import { decide, type Rule } from '../decision.ts';
import { isLongProse, sentenceCount } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isAllCaps } from '../../vietnamese/case.ts';

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
    const repeats = free.filter((l) => l.index > found.index).slice(0, REPEAT_WINDOW).filter((l) => key(l.text) === key(found.text));
    // A page heading in capitals over the article's own heading: the title reads as the latter prints it.
    const normalCase = isAllCaps(found.text) ? repeats.find((l) => !isAllCaps(l.text)) : undefined;
    const text = normalCase?.text ?? found.text;
    const how = normalCase ? `, as its copy at line ${normalCase.number} prints it in normal case` : '';
    return [
      decide(found, 'title', this.name, reason + how, { title: text }),
      ...repeats.map((l) => decide(l, 'title-repeat', this.name, `repeats the title printed at line ${found.number}`)),
    ];
  },
};

/** Titles compare without case, diacritic or final punctuation differences. */
function key(text: string): string {
  return matchKey(text).replace(/[.!?:\s]+$/, '');
}
