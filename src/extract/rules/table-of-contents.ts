import { decide, type Decision, type Rule } from '../decision.ts';
import type { Document, Line } from '../document.ts';
import { PhraseList, withoutColon } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HEADINGS = new PhraseList(chrome.tableOfContents.headings);

/**
 * `Mục lục` over `Những chuyến đi không hẹn ngày về`, `Hiểm nguy rình rập`:
 * a long article's table of contents. Its entries are the subheadings,
 * printed again where their parts begin; the list is the page's, and the
 * subheadings further down stay the article's.
 */
export const tableOfContents: Rule = {
  name: 'table-of-contents',
  description: "A long article's table of contents: its heading and the entries printed again further down.",
  classify(doc, decided) {
    const decisions: Decision[] = [];
    for (const line of decided.free()) {
      if (!HEADINGS.equals(withoutColon(line.text))) continue;
      const entries = entriesUnder(doc, line);
      if (entries.length === 0) continue;
      decisions.push(decide(line, 'chrome', this.name, `the heading of a table of ${entries.length} contents`));
      for (const entry of entries) decisions.push(decide(entry, 'chrome', this.name, `an entry of the table of contents at line ${line.number}, printed again further down`));
    }
    return decisions;
  },
};

/** The lines under the heading that the article prints again further down, up to the first it does not. */
function entriesUnder(doc: Document, heading: Line): Line[] {
  const entries: Line[] = [];
  for (const line of doc.lines.slice(heading.index + 1)) {
    const key = matchKey(line.text.replace(/^[\d.\s-]+(?=\p{L})/u, ''));
    const later = doc.lines.slice(heading.index + 1 + entries.length + 1).some((l) => matchKey(l.text) === key || matchKey(l.text).endsWith(` ${key}`));
    if (key === '' || !later) break;
    entries.push(line);
  }
  return entries;
}
