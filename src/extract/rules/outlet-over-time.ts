import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { ORGANISATION_FORM, readByline, withoutPostedAgo } from '../bylines.ts';
import { isPostedAgo } from './site-chrome.ts';
import { isSectionName } from '../sections.ts';
import { sameTitle } from './title.ts';

/**
 * `Báo Thanh Niên` over `2 giờ trước` at the top of an aggregator's copy
 * (`Báo Mới` / `Thời sự` / the outlet / how long ago / the date / the
 * title), or over the title with how long ago under it, or beside it
 * (`Báo Bình Dương - 3 giờ trước`): the outlet the aggregator took the
 * article from; the article's source, not a line of the page's.
 */
export const outletOverTime: Rule = {
  name: 'outlet-over-time',
  description: 'An outlet named over how long ago it posted the article, at the top of an aggregator\'s copy.',
  classify(doc, decided) {
    const firstProse = decided.free().find(isProse)?.index ?? doc.lines.length;
    return decided.free().flatMap((line) => {
      if (line.index >= firstProse) return [];
      // `Báo Bình Dương - 3 giờ trước`: the outlet and how long ago, on one line.
      const outlet = withoutPostedAgo(line.text);
      if (outlet !== line.text) {
        const found = readByline(outlet);
        return found?.source && found.form === ORGANISATION_FORM ? [decide(line, 'byline', this.name, 'the outlet, with how long ago it posted the article after it', { source: found.source })] : [];
      }
      const under = doc.lines[line.index + 1];
      if (!under) return [];
      // `Báo Công an Nhân dân` / the title (maybe printed twice) / `1 giờ trước`: at the top of the page, the outlet over the title,
      // how long ago under it (the page's buttons may stand between: `Theo dõi trên Google News`); a section's name there is the section.
      const overTitle = () => {
        let below = doc.lines[under.index + 1];
        if (below && sameTitle(below.text, under.text)) below = doc.lines[below.index + 1];
        while (below && decided.kindOf(below.index) === 'chrome' && !isPostedAgo(below.text)) below = doc.lines[below.index + 1];
        return !isProse(under) && !!below && isPostedAgo(below.text) && decided.atTop(line.index) && !isSectionName(line.text) ? below : null;
      };
      const ago = isPostedAgo(under.text) ? under : overTitle();
      if (!ago) return [];
      const found = readByline(line.text);
      return found?.source && found.form === ORGANISATION_FORM ? [decide(line, 'byline', this.name, `the outlet over how long ago it posted the article (line ${ago.number})`, { source: found.source })] : [];
    });
  },
};
