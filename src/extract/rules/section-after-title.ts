import { decide, type Rule } from '../decision.ts';
import { isSectionName } from '../sections.ts';


/** `Thời sự` printed right under the title (some portals put the section there): a known section name. */
export const sectionAfterTitle: Rule = {
  name: 'section-after-title',
  description: 'A known section name on the line right after the title.',
  classify(doc, decided) {
    const title = decided.all().filter((d) => d.kind === 'title' || d.kind === 'title-repeat').pop();
    const next = title ? doc.lines[title.line + 1] : undefined;
    if (!next || !decided.isFree(next.index) || !isSectionName(next.text)) return [];
    return [decide(next, 'section', this.name, 'a known section name right under the title', { section: next.text })];
  },
};
