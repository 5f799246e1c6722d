import { decide, type Rule } from '../decision.ts';
import { namesOrganisation } from '../bylines.ts';
import { PhraseList } from '../phrases.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { usualGap, type Line } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import chrome from '../data/chrome.json' with { type: 'json' };
import { PORTAL_NAMES } from './header-masthead.ts';

/** The lines that open a site's footer (licence, copyright, address). */
export const FOOTER = new PhraseList(chrome.footer.phrases);

/** The footer's first lines, read for the owner they name (its copyright line opens it). */
const FOOTER_LINES = 2;
const OWNER_LABELS = new PhraseList(chrome.footer.ownerLabels.labels);

/**
 * `CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH X` over `Giấy phép số …`: the site's
 * name heading its footer. Under a byline it would read as the article's
 * source; a source credit is not printed in capitals over a licence line,
 * nor is a portal's own name (`Cổng thông tin điện tử …`), in any case. A
 * footer that names another owner (`© Bản quyền thuộc về Cổng thông tin
 * điện tử Công an tỉnh Quảng Bình`) leaves the name above it to the article:
 * `TTXVN`, `CÔNG AN PHƯỜNG HƯNG BÌNH` closing it.
 */
export const footerMasthead: Rule = {
  name: 'footer-masthead',
  description: "The site's name in capitals, right above the lines of its footer (licence, address, copyright).",
  classify(doc, decided) {
    const gap = usualGap(doc.lines);
    return decided.free().flatMap((line) => {
      const next = doc.lines[line.index + 1];
      // Right above it: a name in capitals a blank line above the footer (where the page's lines have none between) closes
      // the article (its writer's unit, its source).
      const opens = next && next.blankBefore <= gap && FOOTER.prefixOf(next.text);
      // `Cổng thông tin điện tử Công an tỉnh Hà Tĩnh` over `Địa chỉ: …`: a portal's own name, in any case, is no article's source.
      const portal = PORTAL_NAMES.prefixOf(line.text) !== null;
      if (!opens || !((isAllCaps(line.text) || portal) && namesOrganisation(line.text))) return [];
      if (!portal && namesOtherOwner(doc.lines.slice(line.index + 1, line.index + 1 + FOOTER_LINES), line.text)) return [];
      return [decide(line, 'chrome', this.name, `${portal ? "a portal's name" : "an organisation's name in capitals"} above the footer line '${opens}…' (line ${next.number})`)];
    });
  },
};

/** `© Bản quyền thuộc về Báo Quảng Bình` under `TTXVN`: a footer line names the site's owner, and it is another than `name`. */
function namesOtherOwner(footer: readonly Line[], name: string): boolean {
  const key = matchKey(name);
  return footer.some((l) => {
    const label = OWNER_LABELS.prefixOf(l.text);
    const owner = label ? l.text.slice(label.length).replace(/^[\s:：©]*(?:\d{4}\s*[-–]?\s*)?/u, '').trim() : '';
    return owner !== '' && namesOrganisation(owner) && !matchKey(owner).includes(key);
  });
}
