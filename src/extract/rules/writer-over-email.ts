import { decide, type Rule } from '../decision.ts';
import { isWritersCredit, readByline } from '../bylines.ts';
import { isEmailAlone } from './site-chrome.ts';

/**
 * `NGUYỄN HƯNG` over `nguyenhung@baoxyz.vn`: a writer's name right over an
 * email address alone is the writer's, with the address to write to them,
 * wherever the page prints the two (over the title, in capitals, where a
 * section's name would stand; or under the text).
 */
export const writerOverEmail: Rule = {
  name: 'writer-over-email',
  description: "A writer's name right over their email address.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const under = doc.lines[line.index + 1];
      const found = under && isEmailAlone(under.text) ? readByline(line.text) : null;
      if (!found || !isWritersCredit(found)) return [];
      return [decide(line, 'byline', this.name, `the writer's name over their email address at line ${under!.number}`, { author: found.author!, ...(found.source ? { source: found.source } : {}) })];
    });
  },
};
