import { decide, type Rule } from '../decision.ts';
import { isProse, wordCount } from '../document.ts';

/** The teaser holds words enough to be told from a title that the lead repeats. */
const MIN_TEASER_WORDS = 10;

/**
 * `(NLĐO) - Công an TP HCM vừa triệt phá đường dây cá độ bóng đá` at the top,
 * over the dateline and the title, and the lead under them opening with the
 * same words: a link preview's description (the lead cut short) printed over
 * the page. The first line left is such a copy when a paragraph further down
 * opens with it and goes on, and the title (a line of its own) stands
 * between; a title the lead opens by repeating is right over it.
 */
export const leadTeaser: Rule = {
  name: 'lead-teaser',
  description: "The lead's opening, cut short, printed over the title: a link preview's description.",
  classify(doc, decided) {
    const free = decided.free();
    const [first] = free;
    if (!first || !decided.atTop(first.index) || wordCount(first.text) < MIN_TEASER_WORDS || /[.!?]$/u.test(first.text)) return [];
    // The preview copies the lead's characters as they are: compared as printed, every paragraph is not folded for it.
    const opening = first.text.replace(/\s*(?:\.\.\.|…)$/u, '');
    const lead = free.find((l) => l.index > first.index + 1 && isProse(l) && l.text.length > opening.length && l.text.startsWith(opening));
    const between = lead && free.some((l) => l.index > first.index && l.index < lead.index);
    return lead && between ? [decide(first, 'chrome', this.name, `the opening of the lead at line ${lead.number}, cut short, over the title`)] : [];
  },
};
