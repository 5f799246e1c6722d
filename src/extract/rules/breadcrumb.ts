import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { isProse, wordCount, type Document, type Line } from '../document.ts';
import { dateAlone, datesArticle, readDateline } from './dateline.ts';
import { PhraseList } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { itemOf } from './navigation-menu.ts';
import { isSectionName } from '../sections.ts';
import { isWritersCredit, readByline } from '../bylines.ts';
import { isArticleButtons, isSiteWidget } from './site-chrome.ts';
import { isLabelShaped } from './section-label.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HOME = new PhraseList(chrome.breadcrumb.home);
const TRAIL_LABELS = new PhraseList(chrome.breadcrumb.labels);
const PAGE_CRUMBS = new PhraseList(chrome.breadcrumb.pageCrumbs.phrases);
const SEPARATOR = /\s*[>»›→➤➔➜▸❯〉⟩⇒]\s*|\s+(?:[\/|]|::)\s+/;
/** Dashes join crumbs only after the home page's link: elsewhere they join a title's clauses. */
const DASH_SEPARATOR = /\s+[-–—]\s+/;
/** Breadcrumbs sit at the top of the copied page (see classify for one under a long header). */
const HEAD_LINES = 6;
const MAX_PART_LENGTH = 60;
/** Section names are a few words; an arrow inside a title is followed by a clause. */
const MAX_CRUMB_WORDS = 5;

/** `Trang chủ > Tin tức > An ninh trật tự`, `Tin tức | Pháp luật` — the last crumb is the section. */
export const breadcrumb: Rule = {
  name: 'breadcrumb',
  description: 'A breadcrumb trail at the top gives the section.',
  classify(doc, decided) {
    const vertical = verticalTrail(doc, decided, this.name);
    if (vertical.length > 0) return vertical;
    const free = decided.free();
    const firstProse = free.findIndex((l) => decided.isArticleProse(l));
    return free.slice(0, Math.max(HEAD_LINES, firstProse)).flatMap((line, i) => {
      const parts = crumbsOf(line.text);
      if (parts.length < 2 || parts.some((p) => p.length > MAX_PART_LENGTH && p !== parts[parts.length - 1])) return [];
      const startsHome = HOME.equals(parts[0]!);
      // Arrows, and double colons, join crumbs and nothing else.
      const arrows = /[>»›→➤➔➜▸❯〉⟩⇒]|\s::\s/.test(line.text);
      // Under a long header (its date, weather, hotline, the site's name, a menu nobody listed), a trail from the home
      // page on is still one, above the article; so are known sections joined by arrows (`Tin tức > Quốc phòng - An ninh`).
      if (i >= HEAD_LINES && !startsHome && !(arrows && parts.every(isSectionName))) return [];
      // `Chuyên đề | Chuyển đổi số`: sections joined by bars or slashes are a trail too.
      const sections = !arrows && parts.every(isSectionName);
      // Joined by arrows: crumbs of a few words, or any from a known section down (`Tin tức - Sự kiện > Hoạt động của lãnh đạo Bộ`).
      const crumbsByArrows = arrows && parts.every((p) => /^[\p{Lu}\d]/u.test(p) && (p.split(' ').length <= MAX_CRUMB_WORDS || isSectionName(parts[0]!)));
      // `Pháp luật | Hồ sơ vụ án` over a headline and its dateline: a known section and its subsection, the page's heading.
      const subsections = !arrows && isSectionName(parts[0]!) && parts.slice(1).every(isLabelShaped) && headsTitle(doc, line);
      if (!startsHome && !sections && !crumbsByArrows && !subsections) return [];
      // The last crumb is sometimes the article's own title (too long for a section, or printed again
      // as the heading): take the one before it. Printed again over the title and its dateline, it is the section's heading.
      // (A menu's item named as the crumb, above the trail, is the site's link to the section, not the title again.)
      const printedAgain = (crumb: string) => doc.lines.some((l) => l.index > line.index && decided.kindOf(l.index) !== 'chrome' && matchKey(l.text) === matchKey(crumb) && !headsTitle(doc, l));
      // So is a crumb that names the page (`Chi tiết`).
      const last = (i: number) => i === parts.length - 1 && i > 0;
      // `… > An ninh trật tự > 04/12/2026`: the trail ends with the page's date, not a section.
      const published = parts.length > 1 ? dateAlone(parts[parts.length - 1]!) : undefined;
      // `… > Bắt giữ 2 đối tượng trộm cắp tài sản tại chợ Hà Tĩnh`: a last crumb that reads as a headline names the page.
      const pageTitle = parts.length > 1 && !printedAgain(parts[parts.length - 1]!) ? titleCrumb(parts[parts.length - 1]!) : null;
      const crumbs = parts.filter((p, i) => !HOME.equals(p) && p.length <= MAX_PART_LENGTH && !(last(i) && (printedAgain(p) || PAGE_CRUMBS.equals(p) || published || pageTitle || cutTitle(doc, line, p))));
      const section = crumbs[crumbs.length - 1];
      const reason = (startsHome ? 'a trail of links that starts at the home page' : sections ? 'a trail of section names' : subsections ? "a section and its subsection over the page's headline" : 'a trail of links joined by arrows') + (published ? ", ending with the page's date" : '');
      const fields = { ...(section ? { section } : {}), ...(published ? { published } : {}), ...(pageTitle ? { pageTitle } : {}) };
      return [decide(line, 'breadcrumb', this.name, reason, Object.keys(fields).length > 0 ? fields : undefined)];
    });
  },
};

/** How far below its trail the page's title is printed (a date, a menu's line between). */
const TITLE_BELOW = 4;
const ELLIPSIS = /\s*(?:\.{2,}|…)$/u;

/**
 * `… > Bắt đối tượng trộm cắp...`, or `… > Bắt đối tượng trộm cắp` over
 * `Bắt đối tượng trộm cắp tài sản ở Can Lộc`: the page's title, cut short
 * to fit the trail. A known section's name stays the section, though a
 * headline may open with it (`Giao thông` over `Giao thông ùn tắc …`).
 */
function cutTitle(doc: Document, trail: Line, crumb: string): boolean {
  if (ELLIPSIS.test(crumb)) return true;
  const key = matchKey(crumb);
  // Cut at a word's end: a space or a comma after it in the title (`… tuyên truyền phòng` of `… phòng, chống …`).
  const begins = (title: string) => title.length > key.length && title.startsWith(key) && !/[\p{L}\p{N}]/u.test(title[key.length]!);
  return !isSectionName(crumb) && doc.lines.slice(trail.index + 1, trail.index + 1 + TITLE_BELOW).some((l) => begins(matchKey(l.text)));
}

/** A headline's words at the least; a section is named in fewer. */
const TITLE_CRUMB_WORDS = 8;

/** The crumb, when it reads as the page's headline: words enough, and no section's name. */
function titleCrumb(crumb: string): string | null {
  return wordCount(crumb) >= TITLE_CRUMB_WORDS && !isSectionName(crumb) && !/(?:\.\.\.|…)$/u.test(crumb) ? crumb : null;
}

/**
 * A line over a headline over its dateline (the headline maybe printed
 * twice, the article's buttons maybe between: `Cỡ chữ: A- A A+`, `Nghe bài
 * viết`, or its byline: `Hà Thu Trang - Công an huyện …`): the page's
 * heading, not the article's title.
 */
function headsTitle(doc: Document, line: Line): boolean {
  const title = doc.lines[line.index + 1];
  const copy = title && doc.lines[line.index + 2] && matchKey(doc.lines[line.index + 2]!.text) === matchKey(title.text) ? 1 : 0;
  if (!title || isProse(title)) return false;
  const under = doc.lines.slice(line.index + 2 + copy, line.index + 3 + copy + MAX_BUTTON_LINES);
  const dated = under.findIndex((l) => datesArticle(l.text));
  return dated !== -1 && under.slice(0, dated).every((l) => !isProse(l) && (l.text.length <= MAX_BUTTON_LENGTH || readByline(l.text) !== null));
}
/** The article's buttons between its title and its dateline: a few short lines. */
const MAX_BUTTON_LINES = 3;
const MAX_BUTTON_LENGTH = 30;

/** `Trang chủ > Tin tức > An ninh`, and `Trang chủ - Tin tức - Chỉ đạo điều hành` from the home page on. */
function crumbsOf(printed: string): string[] {
  // `Bạn đang ở: Trang chủ / Tin tức`: the trail's label is no crumb.
  const label = TRAIL_LABELS.prefixOf(printed);
  const text = label && /^\s*[:：]/u.test(printed.slice(label.length)) ? printed.slice(label.length).replace(/^\s*[:：]\s*/u, '') : printed;
  const split = (separator: RegExp) => text.split(separator).map((p) => p.trim()).filter(Boolean);
  const parts = split(SEPARATOR);
  if (parts.length > 1) return parts;
  // `Trang chủ - Tin tức`, `Trang chủ/Tin tức/An ninh trật tự`: a dash, or a slash with no space around it, separates
  // crumbs only in a trail that opens with the home page (`An ninh - Trật tự`, `5/12` do not).
  for (const separator of [DASH_SEPARATOR, TIGHT_SLASH]) {
    const crumbs = split(separator);
    if (crumbs.length > 1 && HOME.equals(crumbs[0]!)) return crumbs;
  }
  return parts;
}
const TIGHT_SLASH = /\//;

/** The deepest trail copied one crumb a line, under the home page's link: `Tin tức - Sự kiện` / `Hoạt động của lãnh đạo Bộ`. */
const MAX_VERTICAL_CRUMBS = 3;

/**
 * `Trang chủ` / `Tin tức - Sự kiện` / `Hoạt động của lãnh đạo Bộ` over the
 * title and its dateline: a trail copied one crumb a line. The home page's
 * link opens the page, the title is the line right above the dateline, and
 * the short lines between are the crumbs; the last that names a section
 * (not the page: `Chi tiết tin`) is the article's.
 */
function verticalTrail(doc: Document, decided: Classification, rule: string): Decision[] {
  const free = decided.free();
  const home = free.find((l) => HOME.equals(l.text));
  // Over the home page's link only the site's lines stand: decided already, or its name in capitals (decided later).
  const sitesLine = (l: Line) => (decided.isFree(l.index) ? isAllCaps(l.text) && !isProse(l) : decided.kindOf(l.index) === 'chrome');
  if (!home || !doc.lines.slice(0, home.index).every(sitesLine)) return [];
  // One more line: the title may be printed twice, one copy over the other.
  const lines = doc.lines.slice(home.index + 1, home.index + 3 + MAX_VERTICAL_CRUMBS);
  let title = lines.findIndex((l, i) => i > 0 && datesArticle(doc.lines[l.index + 1]?.text ?? ''));
  // `A- A A+`, `Nghe đọc bài`, `3 phút đọc` over the dateline: the article's buttons, or the site's lines and widgets, under the title.
  while (title > 1 && (decided.kindOf(lines[title]!.index) === 'chrome' || isArticleButtons(lines[title]!.text) || (!isProse(lines[title]!) && isSiteWidget(lines[title]!.text)))) title--;
  // `Hà Thu Trang` (or `Hà Thu Trang - Công an huyện …`) over the dateline: the writer's name, under the title.
  if (title > 1 && isWritersCredit(readByline(lines[title]!.text))) title--;
  while (title > 1 && matchKey(lines[title - 1]!.text) === matchKey(lines[title]!.text)) title--;
  const crumbs = lines.slice(0, title);
  // A menu's own entry (`Liên hệ`, `Contact`) is no crumb: the lines are the menu, copied one entry a line.
  const notCrumb = (c: Line) => !decided.isFree(c.index) || c.text.length > MAX_PART_LENGTH || isProse(c) || /[.!?:;,]$/u.test(c.text) || !!readDateline(c.text) || itemOf(c.text) === 'entry';
  if (title < 1 || crumbs.length > MAX_VERTICAL_CRUMBS || crumbs.some(notCrumb)) return [];
  const section = [...crumbs].reverse().find((c) => !PAGE_CRUMBS.equals(c.text));
  const reason = `a trail copied one crumb a line, under the home page's link at line ${home.number}`;
  return [
    decide(home, 'chrome', rule, "the home page's link, opening a trail copied one crumb a line"),
    ...crumbs.map((c) => decide(c, 'breadcrumb', rule, reason, c === section ? { section: c.text } : undefined)),
  ];
}
