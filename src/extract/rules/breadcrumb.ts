import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isSectionName } from '../sections.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HOME = new PhraseList(chrome.breadcrumb.home);
const PAGE_CRUMBS = new PhraseList(chrome.breadcrumb.pageCrumbs.phrases);
const SEPARATOR = /\s*[>»›→]\s*|\s+(?:[\/|]|::)\s+/;
/** Dashes join crumbs only after the home page's link: elsewhere they join a title's clauses. */
const DASH_SEPARATOR = /\s+[-–—]\s+/;
/** Breadcrumbs sit at the top of the copied page. */
const HEAD_LINES = 6;
const MAX_PART_LENGTH = 60;
/** Section names are a few words; an arrow inside a title is followed by a clause. */
const MAX_CRUMB_WORDS = 5;

/** `Trang chủ > Tin tức > An ninh trật tự`, `Tin tức | Pháp luật` — the last crumb is the section. */
export const breadcrumb: Rule = {
  name: 'breadcrumb',
  description: 'A breadcrumb trail at the top gives the section.',
  classify(doc, decided) {
    return decided.free().slice(0, HEAD_LINES).flatMap((line) => {
      const parts = crumbsOf(line.text);
      if (parts.length < 2 || parts.some((p) => p.length > MAX_PART_LENGTH && p !== parts[parts.length - 1])) return [];
      const startsHome = HOME.equals(parts[0]!);
      // Arrows, and double colons, join crumbs and nothing else.
      const arrows = /[>»›→]|\s::\s/.test(line.text);
      // `Chuyên đề | Chuyển đổi số`: sections joined by bars or slashes are a trail too.
      const sections = !arrows && parts.every(isSectionName);
      if (!startsHome && !sections && !(arrows && parts.every((p) => /^[\p{Lu}\d]/u.test(p) && p.split(' ').length <= MAX_CRUMB_WORDS))) return [];
      // The last crumb is sometimes the article's own title (too long for a section, or printed again
      // as the heading): take the one before it.
      const printedAgain = (crumb: string) => doc.lines.some((l) => l.index !== line.index && matchKey(l.text) === matchKey(crumb));
      // So is a crumb that names the page (`Chi tiết`).
      const last = (i: number) => i === parts.length - 1 && i > 0;
      const crumbs = parts.filter((p, i) => !HOME.equals(p) && p.length <= MAX_PART_LENGTH && !(last(i) && (printedAgain(p) || PAGE_CRUMBS.equals(p))));
      const section = crumbs[crumbs.length - 1];
      const reason = startsHome ? 'a trail of links that starts at the home page' : sections ? 'a trail of section names' : 'a trail of links joined by arrows';
      return [decide(line, 'breadcrumb', this.name, reason, section ? { section } : undefined)];
    });
  },
};

/** `Trang chủ > Tin tức > An ninh`, and `Trang chủ - Tin tức - Chỉ đạo điều hành` from the home page on. */
function crumbsOf(text: string): string[] {
  const split = (separator: RegExp) => text.split(separator).map((p) => p.trim()).filter(Boolean);
  const parts = split(SEPARATOR);
  if (parts.length > 1) return parts;
  const dashed = split(DASH_SEPARATOR);
  return dashed.length > 1 && HOME.equals(dashed[0]!) ? dashed : parts;
}
