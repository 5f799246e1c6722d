import { decide, type Decision, type Rule } from '../decision.ts';
import { isLongProse, sentenceCount } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';

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
    const decisions: Decision[] = [decide(found, 'title', this.name, reason, { title: found.text })];
    for (const l of free.filter((l) => l.index > found.index).slice(0, REPEAT_WINDOW)) {
      if (key(l.text) === key(found.text)) decisions.push(decide(l, 'title-repeat', this.name, `repeats the title printed at line ${doc.lines[found.index]!.number}`));
    }
    return decisions;
  },
};

/** Titles compare without case, diacritic or final punctuation differences. */
function key(text: string): string {
  return matchKey(text).replace(/[.!?:\s]+$/, '');
}
