import { decide, type Rule } from '../decision.ts';
import { findViewCounter, hasOtherCounter, parseCount, visitCount, withoutOtherCounters } from '../counters.ts';
import { isLongProse, type Document, type Line } from '../document.ts';
import { isPageAction, readDateline } from './dateline.ts';
import { readByline } from '../bylines.ts';

/** A bare number counts as views only at the top, under the title. */
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
        const fields = { author: writer.author, ...(writer.source ? { source: writer.source } : {}), views: counter.count };
        return [decide(line, 'byline', this.name, `a byline (${writer.form}) with a labelled view counter '${counter.printed}' beside it`, fields)];
      }
      const visits = articleVisits(doc, line);
      if (visits !== null) return [decide(line, 'views', this.name, 'a visit counter beside the date: the article\'s readers', { views: visits })];
      if (line.index < HEAD_LINES && !hasOtherCounter(line.text)) {
        const bare = parseCount(line.text.replace(/^[(\[]|[)\]]$/g, ''));
        if (bare !== null) return [decide(line, 'views', this.name, 'a bare number at the top of the article', { views: bare })];
      }
      return [];
    });
  },
};

/** A visit counter (`Lượt truy cập: 1.024`) right above or below the dateline counts the article's readers, not the site's. */
export function articleVisits(doc: Document, line: Line): number | null {
  const count = visitCount(line.text);
  const beside = [doc.lines[line.index - 1], doc.lines[line.index + 1]];
  return count !== null && beside.some((l) => l && readDateline(l.text)) ? count : null;
}
