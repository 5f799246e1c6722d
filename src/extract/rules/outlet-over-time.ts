import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { ORGANISATION_FORM, readByline } from '../bylines.ts';
import { isPostedAgo } from './site-chrome.ts';

/**
 * `Báo Thanh Niên` over `2 giờ trước` at the top of an aggregator's copy
 * (`Báo Mới` / `Thời sự` / the outlet / how long ago / the date / the
 * title): the outlet the aggregator took the article from, over how long
 * ago it posted it; the article's source, not a line of the page's.
 */
export const outletOverTime: Rule = {
  name: 'outlet-over-time',
  description: 'An outlet named over how long ago it posted the article, at the top of an aggregator\'s copy.',
  classify(doc, decided) {
    const firstProse = decided.free().find(isProse)?.index ?? doc.lines.length;
    return decided.free().flatMap((line) => {
      const under = doc.lines[line.index + 1];
      if (line.index >= firstProse || !under || !isPostedAgo(under.text)) return [];
      const found = readByline(line.text);
      return found?.source && found.form === ORGANISATION_FORM ? [decide(line, 'byline', this.name, `the outlet over how long ago it posted the article (line ${under.number})`, { source: found.source })] : [];
    });
  },
};
