import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { isLabelledSource, readByline } from '../bylines.ts';

/**
 * `Nguồn: Báo Quảng Ninh`, `Bài đăng lại từ Báo Hà Tĩnh` heading the copy,
 * over the title: the outlet the article was taken from, noted where an
 * editor notes it, at the top; not the title.
 */
export const sourceOverTitle: Rule = {
  name: 'source-over-title',
  description: 'A labelled source at the top of the copy, over the title.',
  classify(doc, decided) {
    const [first, next] = decided.free();
    if (!first || !next || !decided.atTop(first.index) || isProse(next)) return [];
    const found = readByline(first.text);
    if (!found || !isLabelledSource(found)) return [];
    return [decide(first, 'byline', this.name, `a labelled source over the title at line ${next.number}`, { source: found.source! })];
  },
};
