import { decide, type Rule } from '../decision.ts';
import { sentenceCount } from '../document.ts';
import { PhraseList } from '../phrases.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const MARKERS = new PhraseList(chrome.linkMarkers.phrases);
const MAX_HEADLINE_LENGTH = 160;

/**
 * `>> Bắt đối tượng tàng trữ 2 kg ma túy đá` inside or under the body: a link
 * to another article. What follows the mark must read as a headline (a
 * capital, one sentence, no closing period), so a list item that is a
 * sentence of the article stays body.
 */
export const relatedLink: Rule = {
  name: 'related-link',
  description: 'A headline after a link mark (>>, ►): a link to another article.',
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const marker = MARKERS.prefixOf(line.text);
      if (!marker) return [];
      const headline = line.text.slice(marker.length).trim();
      if (headline.length === 0 || headline.length > MAX_HEADLINE_LENGTH || !/^[\p{Lu}\d"“]/u.test(headline)) return [];
      if (/\.$/.test(headline) || sentenceCount(headline) > 1) return [];
      return [decide(line, 'chrome', this.name, `a headline after the link mark '${marker}'`)];
    });
  },
};
