import { decide, type Rule } from '../decision.ts';
import { bareCount, findViewCounter, hasOtherCounter, visitCount, withoutOtherCounters } from '../counters.ts';
import { isLongProse, type Document, type Line } from '../document.ts';
import { isPageAction, readDateline } from './dateline.ts';
import { creditFields, readByline } from '../bylines.ts';
import { isArticleButtons } from './site-chrome.ts';

/** A bare number counts as views only at the top, under the title and over the text: this many lines at most above it, the site's menus not counted. */
const HEAD_LINES = 6;

/** `Lượt xem: 280`, `12.405 lượt xem`, or a bare `286` under the title; with a writer's name beside it, the byline too. */
export const viewCounter: Rule = {
  name: 'view-counter',
  description: 'A view counter: labelled anywhere, or a bare number at the top.',
  classify(doc, decided) {
    // A paragraph is never a counter, and finding one in it is not cheap.
    return decided.free().filter((line) => !isLongProse(line)).flatMap((line) => {
      const counter = findViewCounter(line.text);
      // The counter must be the whole line (give or take brackets, an icon, and the likes and comments beside it).
      // `👁 2.345 | 🖨 In bài`: the links beside the counter are the page's too.
      const rest = counter ? withoutOtherCounters(line.text.replace(counter.printed, '')).split(/(?=[|•·])/u).filter((piece) => !isPageAction(piece.replace(/^[|•·]/u, '').trim())).join('') : '';
      if (counter && rest.replace(/[\s()[\]|:•·]/g, '').length <= 2) {
        return [decide(line, 'views', this.name, `a labelled view counter '${counter.printed}'`, { views: counter.count })];
      }
      // `Tác giả: Hồng Nhung - Lượt xem: 234`: the writer, and the counter beside the name.
      const writer = counter ? readByline(rest.replace(/[\s|•·–—-]+$/u, '')) : null;
      if (counter && writer?.author) {
        const fields = { ...creditFields(writer), views: counter.count };
        return [decide(line, 'byline', this.name, `a byline (${writer.form}) with a labelled view counter '${counter.printed}' beside it`, fields)];
      }
      const visits = articleVisits(doc, line);
      if (visits !== null) return [decide(line, 'views', this.name, 'a visit counter beside the date: the article\'s readers', { views: visits })];
      if (decided.articleLinesAbove(line.index) < HEAD_LINES && !decided.proseAbove(line.index) && !hasOtherCounter(line.text)) {
        const bare = bareCount(line.text);
        if (bare !== null) return [decide(line, 'views', this.name, 'a bare number at the top of the article', { views: bare })];
      }
      return [];
    });
  },
};

/**
 * A visit counter (`Lượt truy cập: 1.024`) right above or below the dateline,
 * or with the article's buttons between (`A- A A+`), counts the article's
 * readers, not the site's.
 */
export function articleVisits(doc: Document, line: Line): number | null {
  const count = visitCount(line.text);
  return count !== null && [-1, 1].some((step) => datelineBeside(doc, line, step)) ? count : null;
}

/** The lines of the article's buttons between a counter and its dateline, at most. */
const MAX_BUTTON_LINES = 2;

function datelineBeside(doc: Document, line: Line, step: number): boolean {
  for (let k = 1; k <= MAX_BUTTON_LINES + 1; k++) {
    const next = doc.lines[line.index + step * k];
    if (!next) return false;
    if (readDateline(next.text)) return true;
    if (!isArticleButtons(next.text)) return false;
  }
  return false;
}
