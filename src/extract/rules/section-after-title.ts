import { decide, type Rule } from '../decision.ts';
import { isSectionName } from '../sections.ts';

/** What may stand between the title and the section under it: the dateline (`Tháng Ba 4, 2024 bởi Phương Thảo` over `Hoạt động`). */
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
    while (at < doc.lines.length && BETWEEN.has(decided.kindOf(at) ?? '')) at++;
    const next = doc.lines[at];
    if (!next || !decided.isFree(next.index) || !isSectionName(next.text)) return [];
    const where = at === title.line + 1 ? 'right under the title' : 'under the title and its dateline';
    return [decide(next, 'section', this.name, `a known section name ${where}`, { section: next.text })];
  },
};
