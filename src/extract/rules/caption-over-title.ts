import { decide, type Rule } from '../decision.ts';
import { isLongProse, isProse, sentenceCount, wordCount } from '../document.ts';
import { MAX_CAPTION_LENGTH } from '../figures.ts';

/** A title has at least this many words. */
const MIN_TITLE_WORDS = 4;

/**
 * `Officers present gifts to poor households.` over the title and its
 * dateline: the page's main photo, printed above the headline, left its
 * caption at the top of the copy. A sentence, closed with its stop, over a
 * line that reads as a title (no stop of its own) right over the dateline.
 */
export const captionOverTitle: Rule = {
  name: 'caption-over-title',
  description: "The main photo's caption, printed above the title and its dateline.",
  classify(doc, decided) {
    const [first] = decided.free();
    if (!first || !decided.atTop(first.index)) return [];
    const title = doc.lines[first.index + 1];
    if (!title || !decided.isFree(title.index) || decided.kindOf(title.index + 1) !== 'dateline') return [];
    const caption = /[.]$/u.test(first.text) && sentenceCount(first.text) === 1 && first.text.length <= MAX_CAPTION_LENGTH && !isLongProse(first);
    const headline = !/[.!?…]$/u.test(title.text) && wordCount(title.text) >= MIN_TITLE_WORDS && !isProse(title);
    return caption && headline ? [decide(first, 'caption', this.name, `a sentence over the title at line ${title.number} and its dateline: the main photo's caption`, { caption: first.text })] : [];
  },
};
