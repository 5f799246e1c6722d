import { decide, type Rule } from '../decision.ts';
import { creditFields, isWritersCredit, readByline } from '../bylines.ts';
import { isProse } from '../document.ts';
import { isEmailAlone } from './site-chrome.ts';

/**
 * `NGUYỄN HƯNG` over `nguyenhung@baoxyz.vn` at the top of the page: a
 * writer's name right over an email address alone is the writer's, with the
 * address to write to them, though in capitals over the title it stands
 * where a section's name would. (Under the text, the byline rule reads the
 * name where bylines close an article.)
 */
export const writerOverEmail: Rule = {
  name: 'writer-over-email',
  description: "A writer's name right over their email address, above the text.",
  classify(doc, decided) {
    const free = decided.free();
    const firstProse = free.find(isProse)?.index ?? doc.lines.length;
    return free.filter((line) => line.index < firstProse).flatMap((line) => {
      const under = doc.lines[line.index + 1];
      const found = under && isEmailAlone(under.text) ? readByline(line.text) : null;
      if (!found || !isWritersCredit(found)) return [];
      return [decide(line, 'byline', this.name, `the writer's name over their email address at line ${under!.number}`, creditFields(found))];
    });
  },
};
