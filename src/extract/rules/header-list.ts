import { decide, type Decision, type Rule } from '../decision.ts';
import { isProse, type Line } from '../document.ts';
import { keyAlternatives, PhraseList } from '../phrases.ts';
import { isButtons } from './site-chrome.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HEADINGS = new PhraseList(chrome.headerLists.headings);
/** `15:10 Bắt đối tượng cướp tiệm vàng`: a time, then a headline. */
const TIMED = /^\d{1,2}[:h]\d{2}\s+\p{Lu}/u;
/** `Quyết định số 245/QĐ-UBND …`: a document's kind and its number (folded). */
const DOCUMENT = new RegExp(`^(?:${keyAlternatives(chrome.headerLists.documentKinds)})\\s+so\\s*\\d+\\/`, 'u');

/**
 * A list printed above the article and copied before it: the latest news,
 * each with its time, or new documents, each with its number, under the
 * list's heading. Taken before the title is looked for, which would
 * otherwise be the list's first item.
 */
export const headerList: Rule = {
  name: 'header-list',
  description: 'A list above the article (latest news with their times, new documents with their numbers) under its heading.',
  classify(doc, decided) {
    const firstProse = doc.lines.findIndex(isProse);
    const head = doc.lines.slice(0, firstProse === -1 ? doc.lines.length : firstProse);
    const decisions: Decision[] = [];
    head.forEach((line, i) => {
      // The heading may be the site's already (`Tin mới nhất` heads blocks anywhere); its items are left to find.
      if (!HEADINGS.equals(line.text.replace(/\s*[:：]$/u, ''))) return;
      const items = itemsUnder(head.slice(i + 1), line).filter((l) => decided.isFree(l.index));
      if (items.length === 0) return;
      if (decided.isFree(line.index)) decisions.push(decide(line, 'chrome', this.name, `the heading of a list of ${items.length} above the article`));
      for (const item of items) decisions.push(decide(item, 'chrome', this.name, `an item of the list under the heading at line ${line.number}`));
    });
    return decisions;
  },
};

/** The list's items right under its heading: timed headlines, numbered documents, and its button. */
function itemsUnder(lines: readonly Line[], heading: Line): Line[] {
  const items: Line[] = [];
  for (const line of lines) {
    const previous = items[items.length - 1] ?? heading;
    if (line.index !== previous.index + 1) break;
    const isItem = TIMED.test(line.text) || DOCUMENT.test(matchKey(line.text)) || (items.length > 0 && isButtons(line.text));
    if (!isItem) break;
    items.push(line);
  }
  return items.some((l) => !isButtons(l.text)) ? items : [];
}
