import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { ORGANISATION_FORM, readByline } from '../bylines.ts';
import { isPostedAgo } from './site-chrome.ts';
import { isSectionName } from '../sections.ts';

/**
 * `Báo Thanh Niên` over `2 giờ trước` at the top of an aggregator's copy
 * (`Báo Mới` / `Thời sự` / the outlet / how long ago / the date / the
 * title), or over the title with how long ago under it: the outlet the
 * aggregator took the article from; the article's source, not a line of
 * the page's.
 */
export const outletOverTime: Rule = {
  name: 'outlet-over-time',
  description: 'An outlet named over how long ago it posted the article, at the top of an aggregator\'s copy.',
  classify(doc, decided) {
    const firstProse = decided.free().find(isProse)?.index ?? doc.lines.length;
    return decided.free().flatMap((line) => {
      const under = doc.lines[line.index + 1];
      if (line.index >= firstProse || !under) return [];
      // `Báo Công an Nhân dân` / the title / `1 giờ trước`: at the top of the page, the outlet over the title, how long ago under
      // it; a section's name there is the section.
      const overTitle = () => !isProse(under) && isPostedAgo(doc.lines[under.index + 1]?.text ?? '') && decided.atTop(line.index) && !isSectionName(line.text);
      const ago = isPostedAgo(under.text) ? under : overTitle() ? doc.lines[under.index + 1]! : null;
      if (!ago) return [];
      const found = readByline(line.text);
      return found?.source && found.form === ORGANISATION_FORM ? [decide(line, 'byline', this.name, `the outlet over how long ago it posted the article (line ${ago.number})`, { source: found.source })] : [];
    });
  },
};
