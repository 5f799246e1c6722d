import { decide, type Rule } from '../decision.ts';
import { endsLikeSentence, isProse, printedLines, wordCount } from '../document.ts';
import { NAME_FORM, ORGANISATION_FORM, readByline } from '../bylines.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isSurname } from '../surnames.ts';

/** Keyword links a page prints under the article: a few, of a few words each. */
const MIN_CHIPS = 3;
const MAX_CHIP_WORDS = 5;

/**
 * `Làm giả giấy tờ` / `Công an TP.HCM` / `Triệt phá đường dây` under the
 * last paragraph, to the end of the page: the article's keyword links,
 * copied without their label (see keywords-line for the labelled ones). A
 * few short lines with no stop, none of them a credit (a byline and the
 * writer's unit are short lines too), and nothing after them; the writer's
 * name may stand between the paragraph and them.
 */
/**
 * `Hoàng Long`: a writer's name, which opens with a surname (`Đèo Khánh Lê`,
 * every word capitalised too, is a link's), or printed in capitals (`MINH
 * QUÂN`); or a credit no link reads as: a team (`Nhóm PV`), a source after
 * its label (`Theo TTXVN`), a writer under theirs. A unit standing alone
 * (`Công an TP.HCM`) may be a link.
 */
function credits(text: string): boolean {
  const found = readByline(text);
  if (!found) return false;
  if (found.author && (isSurname(found.author.split(' ')[0]!) || isAllCaps(text))) return true;
  return found.form !== NAME_FORM && found.form !== ORGANISATION_FORM;
}

export const tagChips: Rule = {
  name: 'tag-chips',
  description: "The article's keyword links, short lines under the last paragraph to the end of the page, with no label.",
  classify(doc, decided) {
    const free = decided.free();
    // The article's last paragraph: prose, or a short sentence with its stop.
    let last = free.length - 1;
    while (last >= 0 && !isProse(free[last]!) && !endsLikeSentence(free[last]!.text)) last--;
    // `… tham gia diễn tập gồm:` opens a list of the article's.
    if (last === -1 || /[:：]$/u.test(free[last]!.text)) return [];
    // `Xuân Ngọc` (or `Theo Báo Phú Thọ`) right under it: the writer's name or the source, left to the byline rule, then the links.
    const credit = free[last + 1] && readByline(free[last + 1]!.text);
    const writer = credit && (credit.author || credit.source) ? 1 : 0;
    const chips = free.slice(last + 1 + writer);
    // `Bến Tre` over `đấu thầu` over `thiết bị y tế`: links in lower case were joined as a wrapped sentence's lines; each is one.
    const printed = chips.map((l) => printedLines(doc, l));
    const links = printed.flat();
    const site = doc.lines.slice(free[last]!.index + 1).filter((l) => !decided.isFree(l.index));
    // Among them, only the site's lines, or the labelled keywords.
    if (links.length < MIN_CHIPS || site.some((l) => decided.kindOf(l.index) !== 'chrome' && decided.kindOf(l.index) !== 'tags')) return [];
    if (!links.every((text) => wordCount(text) <= MAX_CHIP_WORDS && !/[.!?:;,…]$/u.test(text) && !/\d/u.test(text) && !credits(text))) return [];
    return chips.map((l, i) => decide(l, 'tags', this.name, `${printed[i]!.length > 1 ? `${printed[i]!.length} of` : 'one of'} ${links.length} keyword links under the last paragraph`, { tags: printed[i]! }));
  },
};
