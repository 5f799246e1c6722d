import { decide, type Classification, type Decision, type Hints, type Rule } from '../decision.ts';
import { MAX_TITLE_LENGTH, isProse, wordCount, type Document, type Line } from '../document.ts';
import { creditFields, isLabelledByline, isWritersCredit, NAME_FORM, OFFICER_FORM, ORGANISATION_FORM, readByline, type Byline } from '../bylines.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isBanner, isMotto, isSectionName, sectionCase } from '../sections.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isSiteLineButMenu, itemOf, navigationMenu } from './navigation-menu.ts';
import { isLabelShaped } from './section-label.ts';
import { isSiteName, sameTitle } from './title.ts';
import { HEADER_WIDGET, PORTAL_NAMES } from './header-masthead.ts';
import { PhraseList, withoutLeadingIcons } from '../phrases.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

/** A title has at least this many words; fewer, and the line may be a label of the page's. */
const MIN_TITLE_WORDS = 4;
/** A site's name in capitals is a few words; a title in capitals is longer. */
const MAX_CAPS_NAME_WORDS = 6;
/** A site's motto under its name (`Vì nhân dân phục vụ`) is a few words. */
const MAX_MOTTO_WORDS = 8;
/**
 * Lines between the title and the dateline: the writer's name, twice at most
 * (beside their photo, and as its alternative text), the view counter, the
 * article's buttons (`Cỡ chữ: A- A A+`, `Nghe bài viết` and its player's clock).
 */
const MAX_LINES_UNDER_TITLE = 3;
/** A label over the dateline names the section of a headline under it of this many times its words. */
const LABEL_TO_HEADLINE = 3;
/** The site's lines between the section's name and the title, at most. */
const MAX_LINES_TO_TITLE = 2;
/** `Cổng thông tin điện tử` on a line of its own, under the unit's name. */
const BADGES = new PhraseList(chrome.badges.phrases);
/** What a portal's banner greets with (`Chào mừng kỷ niệm …`). */
const RULE = 'header-over-title';

/**
 * `Đài Phát thanh và Truyền hình Nghệ An` / `Thời sự` / `Xã hội` / `Video`
 * over the title, right over its dateline: the top of the page, copied one
 * short line a row (the site's name, its menu, its section), above the
 * title. The title is the line right over the dateline (or over the lead
 * printed above the dateline, or under a dateline printed above it); every
 * line above it is the page's, not the article's, when each has the shape
 * of the page's lines. The one right above the title (or above the page's
 * flag on the article, `Tin nóng`), when it names a section, is the
 * article's section; a writer's name alone there is the byline. A title
 * that is itself short, or any line above it that reads as a headline,
 * leaves the page to the other rules.
 */
export const headerOverTitle: Rule = {
  name: RULE,
  description: "The site's short lines (its name, menu, section) above the title, which is over its dateline.",
  classify(doc, decided, hints) {
    const title = titleOverDateline(doc, decided);
    if (!title) return [];
    // `Thứ Sáu, 04/12/2026 | 07:30` / `Đại úy Nguyễn Văn Dũng` / the title: the writer's name between the dateline and the title.
    const writer = writerUnderDateline(doc, decided);
    if (writer && writer.line.index === title.index - 1) {
      const { line, found } = writer;
      return [decide(line, 'byline', RULE, `the writer's name under the dateline, right over the title at line ${title.number}`, creditFields(found)), ...pageLinesAbove(doc, decided, hints, title, line)];
    }
    return pageLinesAbove(doc, decided, hints, title, title);
  },
};

/** The lines above `over` (the title, or the writer's name over it) and above the title's copy over that: the page's, its section, or the writer's name alone. */
function pageLinesAbove(doc: Document, decided: Classification, hints: Hints, title: Line, over: Line): Decision[] {
  // The title printed twice, one copy right over the other (the title rule reads them): the page's lines are above both.
  let top = over;
  while (top.index > 0 && sameTitle(doc.lines[top.index - 1]!.text, title.text)) top = doc.lines[top.index - 1]!;
  const above = doc.lines.slice(0, top.index).filter((l) => decided.isFree(l.index));
  // `Hồng Nhung` alone right over the title: the writer's name, where some sites print it (a line in capitals there names the section).
  const alone = above.length === 1 && above[0]!.index === top.index - 1 ? above[0]! : null;
  const writer = alone && !isAllCaps(alone.text) && !itemOf(alone.text) ? readByline(alone.text) : null;
  // `Tác giả: Hồng Nhung` there too: the writer under their label.
  if (alone && writer?.author && (writer.form === NAME_FORM || isLabelledByline(alone.text))) {
    return [decide(alone, 'byline', RULE, `the writer's name right over the title at line ${title.number}, which is over its dateline`, creditFields(writer))];
  }
  if (above.length === 0 || !above.every((l) => isPageLine(l, doc, decided))) return [];
  // `TRAO TẶNG NHÀ TÌNH NGHĨA` over its copy in normal case: the title printed twice, left to the title rule.
  if (above.some((l) => sameTitle(l.text, title.text))) return [];
  // An editor's title among them is the title: the page is left to the title rule.
  if (hints.title && above.some((l) => matchKey(l.text) === matchKey(hints.title!))) return [];
  // `Tin nóng` over the title: the page's flag on the article; the section is named over it.
  const last = [...above].reverse().find((l) => !BADGES.equals(withoutLeadingIcons(l.text))) ?? above[above.length - 1]!;
  // Right above the title, or with a line or two of the site's between (the dateline, the text size buttons; the view counter
  // and a credit besides, as an aggregator prints the outlet it took the article from), none of them the menu or naming a section.
  const between = doc.lines.slice(last.index + 1, top.index).map((l) => decided.get(l.index)).filter((d) => d?.kind !== 'views' && d?.kind !== 'byline');
  const besideTitle = between.length <= MAX_LINES_TO_TITLE && between.every((d) => d?.rule !== navigationMenu.name && !d?.fields?.section);
  // A menu's entry is the section when no other entry of the menu is printed a row above it (the site's name may be).
  const entryAlone = above.every((l) => l === last || !itemOf(withoutLeadingIcons(l.text)));
  // A known motto right over the title names no section.
  const section = besideTitle && !endsMenu(above) && !isMotto(last.text) ? sectionOf(last.text, entryAlone) : null;
  const reason = `the page's line above the title at line ${title.number}, which is over its dateline`;
  return above.map((l): Decision => (l === last && section ? decide(l, 'section', RULE, `the section's name right above the title at line ${title.number}`, { section }) : decide(l, 'chrome', RULE, reason)));
}

/**
 * The free line right over the first dateline that gives a date (the
 * update's, when it is the only one), over the writer's name or the view
 * counter there, or over the lead right over it (some papers print the date under the lead), with
 * nothing but short lines above it, when it reads as a title.
 */
function titleOverDateline(doc: Document, decided: Classification): Line | null {
  const dateline = decided.all().find((d) => d.kind === 'dateline' && (d.fields?.published || d.fields?.updated));
  if (!dateline) return null;
  // `Phương Lan` (or `Tác giả: Phương Lan`, `Phương Lan - Công an huyện Can Lộc`) between the title and the dateline (some
  // papers print the writer's name there, twice with their photo's), the view counter (`Lượt xem: 45`), the account that
  // posted it (`Người đăng: Phòng Công tác xã hội`) or the article's buttons (not the site's menu): the title is over them.
  let top = dateline.line - 1;
  const between = (i: number) => ['views', 'byline', 'account'].includes(decided.kindOf(i) ?? '') || isSiteLineButMenu(decided, i) || (decided.isFree(i) && isWritersCredit(readByline(doc.lines[i]!.text)));
  while (top > 0 && dateline.line - top <= MAX_LINES_UNDER_TITLE && between(top)) top--;
  const over = doc.lines[top];
  const above = over && isProse(over) && decided.isFree(over.index) ? doc.lines[top - 1] : over;
  if (above && readsAsTitle(above, doc, decided)) return above;
  // `An ninh trật tự | 16/04/2024 09:20` over the title (maybe over the view counter): the dateline printed above it, under
  // the site's lines (a short title over its dateline, and a subtitle under that, are no such lines).
  const writer = writerUnderDateline(doc, decided);
  const under = doc.lines[writer ? writer.line.index + 1 : dateline.line + (decided.kindOf(dateline.line + 1) === 'views' ? 2 : 1)];
  if (!under || !readsAsTitle(under, doc, decided)) return null;
  // So is a known section's name, a line of the page's shape under the site's header (`SỞ TƯ PHÁP TỈNH NGHỆ AN` / `Phổ biến
  // giáo dục pháp luật` / the dateline), or a label over a headline of many times its words (`Phỏng vấn` / the dateline /
  // `Giám đốc Sở Nông nghiệp: "Năm 2027 …"`); a short title alone over the dateline keeps its place over a subtitle.
  const pageShaped = !!above && isPageLine(above, doc, decided);
  const underHeader = pageShaped && above.index > 0 && (!decided.isFree(above.index - 1) || underSiteName(above, doc, decided));
  const overHeadline = pageShaped && isLabelShaped(above.text) && wordCount(under.text) >= LABEL_TO_HEADLINE * wordCount(above.text);
  const siteOver = !above || !decided.isFree(above.index) || !!itemOf(withoutLeadingIcons(above.text)) || isSiteName(above.text) || isSectionName(withoutLeadingIcons(above.text)) || underHeader || overHeadline;
  return siteOver ? under : null;
}

/**
 * `Đại úy QNCN Nguyễn Văn Dũng` right under the page's first dateline (or
 * its view counter): a writer's name there, printed over the title by some
 * sites, as others print it under.
 */
function writerUnderDateline(doc: Document, decided: Classification): { line: Line; found: Byline } | null {
  const dateline = decided.first('dateline');
  const line = dateline && doc.lines[dateline.line + (decided.kindOf(dateline.line + 1) === 'views' ? 2 : 1)];
  const found = line && decided.isFree(line.index) && !isAllCaps(line.text) ? readByline(line.text) : null;
  return line && found?.author && (found.form === NAME_FORM || found.form === OFFICER_FORM) ? { line, found } : null;
}

/** A free line with no paragraph above it, of a title's length, that is no line of the page's and names no writer. */
function readsAsTitle(line: Line, doc: Document, decided: Classification): boolean {
  if (!decided.isFree(line.index) || decided.proseAbove(line.index)) return false;
  const text = withoutLeadingIcons(line.text);
  const titleShaped = wordCount(text) >= MIN_TITLE_WORDS && text.length <= MAX_TITLE_LENGTH && !isProse(line);
  // A writer's name over the dateline is the byline, `Nguồn: …` under it the source; an organisation's name may be a
  // headline's subject (`Bộ đội Biên phòng phối hợp …`).
  const byline = readByline(text);
  return titleShaped && !isPageLine(line, doc, decided) && (!byline || (!byline.author && byline.form === ORGANISATION_FORM));
}

/**
 * The shapes of the page's own lines: a menu's entry or a section's name, the
 * site's name (in capitals, a few words; or what kind of portal it is) and
 * its motto under it, a short label, or a crumb of the breadcrumb above
 * printed again as the page's heading.
 */
function isPageLine(line: Line, doc: Document, decided: Classification): boolean {
  const text = withoutLeadingIcons(line.text);
  if (isProse(line) || /[.!?]$/u.test(text)) return false;
  // In capitals, a headline's first line reads as a unit's name (`CÔNG AN TỈNH LÀO CAI TỔ CHỨC …`): a few words, a
  // portal's, or a site's name, which in capitals holds a place's and nothing more (`ỦY BAN NHÂN DÂN XÃ TÂN PHÚ`).
  if (isAllCaps(text)) return wordCount(text) <= MAX_CAPS_NAME_WORDS || !!PORTAL_NAMES.prefixOf(text) || isSiteName(text);
  // A short label, but not a writer's name (`Hồng Nhung` over the title: see byline).
  if (itemOf(text) || isSiteName(text) || PORTAL_NAMES.equals(text) || (isLabelShaped(text) && readByline(text)?.form !== NAME_FORM)) return true;
  // `Công an nhân dân chỉ biết còn Đảng thì còn mình`, `Chào mừng kỷ niệm …`: the site's motto, its banner's greeting.
  if (isMotto(text) || isBanner(text)) return true;
  if (underSiteName(line, doc, decided)) return true;
  const key = matchKey(text);
  return doc.lines.slice(0, line.index).some((l) => decided.kindOf(l.index) === 'breadcrumb' && matchKey(l.text).includes(key));
}

/**
 * `Vì nhân dân phục vụ` under `CÔNG AN TỈNH BẮC GIANG`: the site's motto, a few words under its name (or a section's name,
 * of that shape too), maybe with today's date between them.
 */
function underSiteName(line: Line, doc: Document, decided: Classification): boolean {
  let above = line.index - 1;
  while (decided.get(above)?.rule === HEADER_WIDGET) above--;
  const name = doc.lines[above];
  return !!name && (isAllCaps(name.text) || isSiteName(name.text)) && wordCount(line.text) <= MAX_MOTTO_WORDS && !/\d/u.test(line.text);
}

/** Section names in a row that make a menu, not a trail. */
const MIN_MENU_ITEMS = 3;

/**
 * `Thời sự` / `Xã hội` / `Pháp luật`: three menu items or more in a row end
 * with the menu's last, not the section; the section's heading under the
 * menu names one of its items again (`Chính trị` … `Thời sự` / `Thời sự`),
 * or stands out in capitals (`THỜI SỰ`).
 */
function endsMenu(above: readonly Line[]): boolean {
  const last = above[above.length - 1]!;
  let first = above.length - 1;
  while (first > 0 && above[first - 1]!.index === above[first]!.index - 1 && itemOf(withoutLeadingIcons(above[first - 1]!.text))) first--;
  const run = above.slice(first);
  const items = run.slice(0, -1);
  // The section's heading names an item again, or is printed in capitals under items that are not.
  const heading = items.some((l) => matchKey(l.text) === matchKey(last.text)) || (isAllCaps(last.text) && !items.some((l) => isAllCaps(l.text)));
  return run.length >= MIN_MENU_ITEMS && !!itemOf(withoutLeadingIcons(last.text)) && !heading;
}

/** `Giới thiệu - Án văn - Kỷ yếu`: three pieces or more between dashes, one a menu's entry, are the menu (a section joins two: `Tin tức - Sự kiện`). */
const isDashedMenu = (text: string) => {
  const pieces = text.split(/\s[-–—]\s/u);
  return pieces.length >= MIN_MENU_ITEMS && pieces.some((p) => itemOf(p) === 'entry');
};

/**
 * The section a page line names, in normal case; null for the site's name,
 * and for a menu's entry that ends the menu (`Video` alone over the title is
 * the section), or a menu joined by dashes.
 */
function sectionOf(text: string, alone: boolean): string | null {
  const name = withoutLeadingIcons(text);
  if ((!alone && itemOf(name) === 'entry') || isSiteName(name) || PORTAL_NAMES.equals(name) || isBanner(name) || isDashedMenu(name)) return null;
  return sectionCase(name);
}
