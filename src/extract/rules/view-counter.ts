import { decide, type Rule } from '../decision.ts';
import { findViewCounter, hasOtherCounter, parseCount, withoutOtherCounters } from '../counters.ts';

/** A bare number counts as views only at the top, under the title. */
const HEAD_LINES = 6;

/** `Lượt xem: 280`, `12.405 lượt xem`, or a bare `286` under the title. */
export const viewCounter: Rule = {
  name: 'view-counter',
  description: 'A view counter: labelled anywhere, or a bare number at the top.',
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const counter = findViewCounter(line.text);
      // The counter must be the whole line (give or take brackets, an icon, and the likes and comments beside it).
      if (counter && withoutOtherCounters(line.text.replace(counter.printed, '')).replace(/[\s()[\]|:•·]/g, '').length <= 2) {
        return [decide(line, 'views', this.name, `a labelled view counter '${counter.printed}'`, { views: counter.count })];
      }
      if (line.index < HEAD_LINES && !hasOtherCounter(line.text)) {
        const bare = parseCount(line.text.replace(/^[(\[]|[)\]]$/g, ''));
        if (bare !== null) return [decide(line, 'views', this.name, 'a bare number at the top of the article', { views: bare })];
      }
      return [];
    });
  },
};
