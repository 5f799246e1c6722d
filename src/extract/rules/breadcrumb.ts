import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isSectionName } from '../sections.ts';

const HOME = new PhraseList(['trang chủ', 'trang nhất', 'home', 'trang chu']);
const SEPARATOR = /\s*[>»›→]\s*|\s+[\/|]\s+/;
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
      const parts = line.text.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
      if (parts.length < 2 || parts.some((p) => p.length > MAX_PART_LENGTH && p !== parts[parts.length - 1])) return [];
      const startsHome = HOME.equals(parts[0]!);
      const arrows = /[>»›→]/.test(line.text);
      // `Chuyên đề | Chuyển đổi số`: sections joined by bars or slashes are a trail too.
      const sections = !arrows && parts.every(isSectionName);
      if (!startsHome && !sections && !(arrows && parts.every((p) => /^[\p{Lu}\d]/u.test(p) && p.split(' ').length <= MAX_CRUMB_WORDS))) return [];
      // The last crumb is sometimes the article's own title (too long for a section, or printed again
      // as the heading): take the one before it.
      const printedAgain = (crumb: string) => doc.lines.some((l) => l.index !== line.index && matchKey(l.text) === matchKey(crumb));
      const crumbs = parts.filter((p, i) => !HOME.equals(p) && p.length <= MAX_PART_LENGTH && !(i === parts.length - 1 && i > 0 && printedAgain(p)));
      const section = crumbs[crumbs.length - 1];
      const reason = startsHome ? 'a trail of links that starts at the home page' : sections ? 'a trail of section names' : 'a trail of links joined by arrows';
      return [decide(line, 'breadcrumb', this.name, reason, section ? { section } : undefined)];
    });
  },
};
