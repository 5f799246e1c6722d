import { decide, type Decision, type Rule } from '../decision.ts';
import { PhraseList, stripBullet } from '../phrases.ts';
import { isLongProse, isProse, type Document, type Line } from '../document.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const { openers, kinds, relations } = chrome.blockStarts.otherItems;
/** `Các thông báo khác`, `Tin liên quan`: every opener, kind and relation of otherItems, as one heading each. */
const OTHER_ITEMS = openers.flatMap((opener) => kinds.flatMap((kind) => relations.map((relation) => `${opener} ${kind} ${relation}`.trim())));
const BLOCK_STARTS = new PhraseList([...chrome.blockStarts.phrases, ...OTHER_ITEMS]);

/**
 * `Tin liên quan` followed by the titles of other articles: the heading and
 * the short lines after it are site text, up to the next real paragraph.
 */
export const relatedBlock: Rule = {
  name: 'related-block',
  description: 'A related-articles or comments block: its heading and the short lines under it.',
  classify(doc, decided) {
    const decisions: Decision[] = [];
    const lines = doc.lines;
    for (const line of lines) {
      const heading = blockHeading(line.text);
      // `Tin nổi bật` over the title is the article's section, not a block's heading.
      if (!BLOCK_STARTS.equals(heading) || decided.kindOf(line.index) === 'section') continue;
      const at = line.number;
      if (decided.isFree(line.index)) decisions.push(decide(line, 'chrome', this.name, `the heading '${heading}' of a site block`));
      for (const next of lines.slice(line.index + 1)) {
        // A list over the article (`Tin mới nhất` over the latest headlines) ends at its title.
        if (endsBlock(next) || decided.kindOf(next.index) === 'title') break;
        if (decided.isFree(next.index)) decisions.push(decide(next, 'chrome', this.name, `in the site block under the heading at line ${at}`));
      }
    }
    return decisions;
  },
};

/** The heading of a site block, as printed (`Bình luận (2)`, `Tin liên quan:`), without its count or colon. */
const blockHeading = (text: string) => stripBullet(text).replace(/\s*[:：(\d)]*$/, '');

/**
 * `Nguyễn Văn Hải - 27/04/2024 11:20` under `Bình luận (2)`: the line
 * stands in a site block, under its heading, with no paragraph of the
 * article's between.
 */
export function inSiteBlock(doc: Document, line: Line): boolean {
  for (let i = line.index - 1; i >= 0; i--) {
    const above = doc.lines[i]!;
    if (BLOCK_STARTS.equals(blockHeading(above.text))) return true;
    if (endsBlock(above)) return false;
  }
  return false;
}

/**
 * A real paragraph: long, or a sentence that ends with a full stop. Titles in
 * the list are short and end without one (a question's mark or an
 * exclamation may end a title).
 */
function endsBlock(line: Line): boolean {
  return isLongProse(line) || (isProse(line) && /\.["”’)]?$/u.test(line.text) && !/\.\.\.$/.test(line.text));
}
