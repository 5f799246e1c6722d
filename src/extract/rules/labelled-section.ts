import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import sections from '../data/sections.json' with { type: 'json' };

const LABELS = new PhraseList(sections.sectionLabels);
/** A section is named in a few words. */
const MAX_SECTION_LENGTH = 60;
const MAX_SECTION_WORDS = 8;

/** `Chuyên mục: Pháp luật`, wherever the page printed it: the section, named by its label. */
export const labelledSection: Rule = {
  name: 'labelled-section',
  description: "A section name after a label such as 'Chuyên mục:'.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const found = LABELS.labelled(line.text);
      if (!found || found.value.length < 2 || found.value.length > MAX_SECTION_LENGTH) return [];
      const section = found.value.replace(/[.;]$/, '');
      if (section.split(/\s+/).length > MAX_SECTION_WORDS || !/^[\p{Lu}\d]/u.test(section)) return [];
      return [decide(line, 'section', this.name, `the section after the label '${found.label}'`, { section })];
    });
  },
};
