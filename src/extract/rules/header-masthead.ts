import { decide, type Rule } from '../decision.ts';
import { isSiteName } from './title.ts';

/** Kinds of line a site's masthead stands over: its menu, its breadcrumb. */
const UNDER_MASTHEAD = new Set(['chrome', 'breadcrumb']);

/**
 * `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ` over `Trang chủ | Giới thiệu | …`:
 * the site's name heading the page, over its menu, its breadcrumb or a
 * button (`In bài viết` on a print view). In capitals above a title it
 * would read as the section label; in normal case, as the title.
 */
export const headerMasthead: Rule = {
  name: 'header-masthead',
  description: "The site's name at the top of the page, right above its menu, breadcrumb or a button.",
  classify(doc, decided) {
    const [first] = decided.free();
    if (!first || first.index !== 0 || !isSiteName(first.text)) return [];
    const under = decided.kindOf(first.index + 1);
    if (!under || !UNDER_MASTHEAD.has(under)) return [];
    return [decide(first, 'chrome', this.name, `the site's name above its ${under === 'breadcrumb' ? 'breadcrumb' : 'menu or buttons'} (line ${doc.lines[1]!.number})`)];
  },
};
