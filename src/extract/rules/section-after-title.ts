import { decide, type Rule } from '../decision.ts';
import { isSectionName } from '../sections.ts';
import type { Line } from '../document.ts';
import { isArticleButtons, siteChrome } from './site-chrome.ts';

/**
 * What may stand between the title and the section under it: the dateline (`Tháng Ba 4, 2024 bởi Phương Thảo` over
 * `Hoạt động`), the views, the article's buttons (`A- A A+`) and the site's widgets and prompts (`Theo dõi trên Google News`).
 */
const BETWEEN = new Set(['dateline', 'views', 'account']);

/**
 * `Thời sự` printed right under the title (some portals put the section
 * there), or under the title's dateline (a WordPress theme's category): a
 * known section name.
 */
export const sectionAfterTitle: Rule = {
  name: 'section-after-title',
  description: 'A known section name on the line right after the title, or after its dateline.',
  classify(doc, decided) {
    const title = decided.all().filter((d) => d.kind === 'title' || d.kind === 'title-repeat').pop();
    if (!title) return [];
    let at = title.line + 1;
    const between = (line: Line) => BETWEEN.has(decided.kindOf(line.index) ?? '') || (decided.kindOf(line.index) === 'chrome' && (isArticleButtons(line.text) || decided.get(line.index)?.rule === siteChrome.name));
    while (at < doc.lines.length && between(doc.lines[at]!)) at++;
    const next = doc.lines[at];
    if (!next || !decided.isFree(next.index) || !isSectionName(next.text)) return [];
    const where = at === title.line + 1 ? 'right under the title' : 'under the title and its dateline';
    return [decide(next, 'section', this.name, `a known section name ${where}`, { section: next.text })];
  },
};
