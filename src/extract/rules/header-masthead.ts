import { decide, type Rule } from '../decision.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isSiteName } from './title.ts';

/** Kinds of line a site's masthead stands over: its menu, its breadcrumb. */
const UNDER_MASTHEAD = new Set(['chrome', 'breadcrumb']);

/**
 * `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ` over `Trang chủ | Giới thiệu | …`:
 * the site's name in capitals heading the page, over its menu or
 * breadcrumb. Above a title it would read as the section label.
 */
export const headerMasthead: Rule = {
  name: 'header-masthead',
  description: "The site's name in capitals at the top of the page, right above its menu or breadcrumb.",
  classify(doc, decided) {
    const [first] = decided.free();
    if (!first || first.index !== 0 || !isAllCaps(first.text) || !isSiteName(first.text)) return [];
    const under = decided.kindOf(first.index + 1);
    if (!under || !UNDER_MASTHEAD.has(under)) return [];
    return [decide(first, 'chrome', this.name, `the site's name in capitals above its ${under === 'breadcrumb' ? 'breadcrumb' : 'menu'} (line ${doc.lines[1]!.number})`)];
  },
};
