import { decide, type Rule } from '../decision.ts';
import { sectionLabelled } from '../sections.ts';

/** `Chuyên mục: Pháp luật`, wherever the page printed it: the section, named by its label. */
export const labelledSection: Rule = {
  name: 'labelled-section',
  description: "A section name after a label such as 'Chuyên mục:'.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const found = sectionLabelled(line.text);
      return found ? [decide(line, 'section', this.name, `the section after the label '${found.label}'`, { section: found.section })] : [];
    });
  },
};
