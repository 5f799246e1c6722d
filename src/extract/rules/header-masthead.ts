import { decide, type Rule } from '../decision.ts';
import { isSiteName } from './title.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isSectionName } from '../sections.ts';
import { navigationMenu } from './navigation-menu.ts';
import { PhraseList, withoutLeadingIcons } from '../phrases.ts';
import { isProse } from '../document.ts';
import { readDateline } from './dateline.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const PORTAL_NAMES = new PhraseList(chrome.portalNames.starts);

/** A paper's name is a few words; a title in capitals is longer. */
const MAX_MASTHEAD_WORDS = 6;

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
    // The top of the page: nothing above it but the site's (today's date in its header).
    if (!first || doc.lines.slice(0, first.index).some((l) => decided.kindOf(l.index) !== 'chrome')) return [];
    // `UBND HUYỆN ĐỨC TRỌNG` over `Tin hoạt động`: the site's name over the section's. Over the title alone, a
    // name in capitals is the section's label (`ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY`), left to that rule.
    const next = doc.lines[first.index + 1];
    if (next && isAllCaps(first.text) && isSiteName(first.text) && !decided.get(next.index) && isSectionName(withoutLeadingIcons(next.text))) {
      return [decide(first, 'chrome', this.name, `the site's name in capitals, over the section's (line ${next.number})`)];
    }
    // `Cổng thông tin điện tử Công an tỉnh Bắc Kạn` over `Thứ bảy - 09/03/2024 08:10` over the title: a print view's heading.
    const [, dated, heading] = doc.lines.slice(first.index);
    if (dated && heading && PORTAL_NAMES.prefixOf(first.text) && isSiteName(first.text) && !decided.get(dated.index) && readDateline(dated.text)?.published && !isProse(heading)) {
      return [decide(first, 'chrome', this.name, `the portal's name over the dateline (line ${dated.number}) and the title`)];
    }
    const under = decided.get(first.index + 1);
    if (!under || !UNDER_MASTHEAD.has(under.kind)) return [];
    const where = `${under.kind === 'breadcrumb' ? 'breadcrumb' : 'menu or buttons'} (line ${doc.lines[first.index + 1]!.number})`;
    if (isSiteName(first.text)) return [decide(first, 'chrome', this.name, `the site's name above its ${where}`)];
    // `CÔNG AN NHÂN DÂN ONLINE`, `TUỔI TRẺ ONLINE`: a paper's name is no site-name phrase, but a few words in
    // capitals over the menu are its masthead. Over a button only, they may be a caps title.
    const menu = under.kind === 'breadcrumb' || under.rule === navigationMenu.name;
    if (menu && isAllCaps(first.text) && first.text.split(/\s+/).length <= MAX_MASTHEAD_WORDS && !isSectionName(first.text)) {
      return [decide(first, 'chrome', this.name, `a name in capitals above the site's ${where}`)];
    }
    return [];
  },
};
