import { decide, type Decision, type Rule } from '../decision.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { withoutSiteSuffix } from './title.ts';
import { isPrintFooter, printHeaderTitle } from '../print.ts';

/**
 * A page printed from a browser (to paper or PDF) and copied back: each sheet
 * opens with the time it was printed and the page's title (`3/8/24, 2:25 PM
 * Công an huyện … - Công an tỉnh Hà Tĩnh`) and closes with the page's
 * address and the sheet's number (`https://… 1/2`). The browser's, not the
 * article's: the time is the printing's, not the article's date. A header
 * is known by the title printed again under it, or by a sheet's footer in
 * the same copy.
 */
export const printMargins: Rule = {
  name: 'print-margins',
  description: "The header and footer a browser prints on each sheet: the time of printing and the page's title, its address and the sheet's number.",
  classify(doc, decided) {
    const free = decided.free();
    const footers = free.filter((l) => isPrintFooter(l.text));
    const decisions: Decision[] = footers.map((l) => decide(l, 'chrome', this.name, "a printed sheet's footer: the page's address and the sheet's number"));
    const headers = free.flatMap((line) => {
      const title = printHeaderTitle(line.text);
      return title ? [{ line, title }] : [];
    });
    // Most copies were never printed: the lines' keys are made only for one that was.
    const keys = headers.length > 0 ? new Set(free.map((l) => matchKey(l.text))) : new Set<string>();
    for (const { line, title } of headers) {
      const printedAgain = keys.has(matchKey(withoutSiteSuffix(title))) || keys.has(matchKey(title));
      if (printedAgain || footers.length > 0) decisions.push(decide(line, 'chrome', this.name, headerReason(printedAgain)));
    }
    return decisions;
  },
};

function headerReason(printedAgain: boolean): string {
  return `a printed sheet's header: the time of printing and the page's title, ${printedAgain ? 'printed again as the title' : "in a copy with a sheet's footer"}`;
}
