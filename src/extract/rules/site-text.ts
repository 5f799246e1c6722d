import { decide, type Rule } from '../decision.ts';
import { matchKey } from '../../vietnamese/fold.ts';

/**
 * A paragraph printed in many files of the archive is the site's own text
 * (its description, a standing notice), not an article's. Which paragraphs
 * those are is a fact about the whole folder, found by the corpus stage and
 * handed in as a hint.
 */
export const siteText: Rule = {
  name: 'site-text',
  description: 'A paragraph the archive prints in many files is site text.',
  classify(doc, decided, hints) {
    if (!hints.siteText || hints.siteText.size === 0) return [];
    return decided
      .free()
      .filter((line) => hints.siteText!.has(matchKey(line.text)))
      .map((line) => decide(line, 'chrome', this.name, 'printed in many files of the archive: the site’s text'));
  },
};
