import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import sections from '../data/sections.json' with { type: 'json' };

const LABELS = new PhraseList(sections.sectionLabels);
/** `Chuyên mục: An ninh trật tự`: a label, a colon and a name of a few words. */
const LABELLED = /^([^:：]+)[:：]\s*(.{2,60})$/u;
const MAX_SECTION_WORDS = 8;

/** `Chuyên mục: Pháp luật`, wherever the page printed it: the section, named by its label. */
export const labelledSection: Rule = {
  name: 'labelled-section',
  description: "A section name after a label such as 'Chuyên mục:'.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const m = LABELLED.exec(line.text);
      if (!m || !LABELS.equals(m[1]!.trim())) return [];
      const section = m[2]!.trim().replace(/[.;]$/, '');
      if (section.split(/\s+/).length > MAX_SECTION_WORDS || !/^[\p{Lu}\d]/u.test(section)) return [];
      return [decide(line, 'section', this.name, `the section after the label '${m[1]!.trim()}'`, { section })];
    });
  },
};
