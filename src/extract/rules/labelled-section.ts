import { decide, type Rule } from '../decision.ts';
import { sectionLabelled } from '../sections.ts';
import { seriesLabelled } from '../series.ts';

/**
 * `Chuyên mục: Pháp luật`, wherever the page printed it: the section, named
 * by its label; or `Loạt bài: Hàng giả tràn lan …`, the series the article
 * is a part of, which is its section as a series' name over a part's title is
 * (see section-label).
 */
export const labelledSection: Rule = {
  name: 'labelled-section',
  description: "A section name after a label such as 'Chuyên mục:', or a series' name after 'Loạt bài:'.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const found = sectionLabelled(line.text);
      if (found) return [decide(line, 'section', this.name, `the section after the label '${found.label}'`, { section: found.section })];
      const series = seriesLabelled(line.text);
      return series ? [decide(line, 'section', this.name, `the series' name after the label '${series.label}'`, { section: series.name })] : [];
    });
  },
};
