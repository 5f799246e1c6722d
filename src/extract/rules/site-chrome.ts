import { decide, type Rule } from '../decision.ts';
import { escapeRegExp, PhraseList, stripBullet } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const LINE_STARTS = new PhraseList(chrome.lineStarts.phrases);
const HEADERS = new PhraseList(chrome.headers.phrases);
const COUNTER = new RegExp(
  `^(?:${chrome.counters.labels.map((l) => escapeRegExp(matchKey(l))).join('|')})\\s*[:：]?\\s*[\\d.,\\s]+$`,
  'u',
);

/** Menus, share and print links, visitor statistics, login notices, copyright lines. */
export const siteChrome: Rule = {
  name: 'site-chrome',
  description: "A line of the site's own text: share and print links, statistics, login notices, copyright.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const text = stripBullet(line.text);
      if (!/[\p{L}\p{N}]/u.test(text)) return [decide(line, 'chrome', this.name, 'has no words, only symbols')];
      if (COUNTER.test(matchKey(text))) return [decide(line, 'chrome', this.name, 'a counter: a statistics label and a number')];
      if (HEADERS.equals(text.replace(/\s*[:：]$/, ''))) return [decide(line, 'chrome', this.name, 'a heading of a site block')];
      const phrase = LINE_STARTS.prefixOf(text);
      if (phrase && text.length <= chrome.lineStarts.maxLength) {
        return [decide(line, 'chrome', this.name, `a short line that starts with the site phrase '${phrase}'`)];
      }
      return [];
    });
  },
};
