import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const COPY_TOOLS = new PhraseList(chrome.copyTools.phrases);

/**
 * `The Wayback Machine - https://web.archive.org/web/…`, `Đây là bộ nhớ
 * cache của Google của …`, `Bạn nhận được email này vì …`: what the tool the
 * page was copied from prints over or under it (see chrome.json copyTools),
 * at any length. Asked first, so that the page's own lines under a banner
 * still stand at the top of the page for the rules that look there.
 */
export const copyTool: Rule = {
  name: 'copy-tool',
  description: 'What the tool the page was copied from prints: a web archive\'s banner, a cache notice, a newsletter\'s footer.',
  classify(_doc, decided) {
    return decided.free().flatMap((line) => {
      const tool = line.text.length <= chrome.copyTools.maxLength ? COPY_TOOLS.prefixAsPrinted(line.text) : null;
      return tool ? [decide(line, 'chrome', this.name, `what the tool the page was copied from prints ('${tool}')`)] : [];
    });
  },
};
