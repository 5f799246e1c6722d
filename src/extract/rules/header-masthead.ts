import { decide, type Classification, type Rule } from '../decision.ts';
import { isSiteName, sameTitle } from './title.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isBanner, isMotto, isSectionName } from '../sections.ts';
import { navigationMenu } from './navigation-menu.ts';
import { PhraseList, withoutLeadingIcons } from '../phrases.ts';
import { isProse, wordCount, type Document, type Line } from '../document.ts';
import { readDateline } from './dateline.ts';
import { isPostTime } from './social-embed.ts';
import { isPostAge } from '../dates.ts';
import { NAME_FORM, namesOrganisation, readByline } from '../bylines.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

/** `Cổng thông tin điện tử …`: how a portal's own name opens (see chrome.json). */
export const PORTAL_NAMES = new PhraseList(chrome.portalNames.starts);

/** A paper's name is a few words; a title in capitals is longer. */
const MAX_MASTHEAD_WORDS = 6;

/** The portal's name heads the page over the title and its dateline: the section and the title, at the most, come between. */
const MAX_LINES_TO_DATELINE = 3;

/**
 * The dateline under a portal's name: the next line, with the title under it
 * (a print view), or a line further down with only short lines above it (the
 * section, the title). A paragraph between them and the name is the article's
 * opening, and the name its title.
 */
function portalHeading(lines: readonly Line[], decided: Classification): Line | null {
  const at = lines.findIndex((l) => !decided.get(l.index) && readDateline(l.text)?.published);
  if (at === -1 || lines.slice(0, at).some((l) => decided.isArticleProse(l))) return null;
  const heading = lines[at + 1];
  return at > 0 || (heading && !isProse(heading)) ? lines[at]! : null;
}

/** A site's name is a few words (`Trung tâm Văn hóa - Thể thao xã Đức Lĩnh`): `Đồn Biên phòng Lũng Cú tổ chức "Ngày hội …"` heading the page is a headline. */
const MAX_SITE_NAME_WORDS = 10;

/** Short lines of the text's opening (a greeting, `Kính thưa bà con!`, a sentence of a few words) that may stand between a title and its first long paragraph. */
const MAX_OPENING_LINES = 2;

/** A line no paragraph, and no dateline, over the article's text (its first paragraph, maybe a short line over it): a title with no dateline. */
function titleOverText(lines: readonly Line[], title: Line, decided: Classification): boolean {
  // The title printed twice, one copy over the other: the text is under both.
  const copy = lines[title.index + 1] && sameTitle(lines[title.index + 1]!.text, title.text) ? 1 : 0;
  const text = lines.slice(title.index + 1 + copy, title.index + 2 + copy + MAX_OPENING_LINES);
  const opening = text.findIndex((l) => decided.isArticleProse(l));
  return decided.isFree(title.index) && !isProse(title) && !readDateline(title.text) && opening !== -1 && text.slice(0, opening + 1).every((l) => !readDateline(l.text));
}

/** `Huyện Đoàn Yên Định`, `Công an huyện Đức Thọ`, `Nguyễn Văn An`: an account named for a unit or a person. */
function namesAccount(text: string): boolean {
  return namesOrganisation(text) || readByline(text)?.form === NAME_FORM;
}

/** A few words in capitals, no section's name: a paper's name (`CÔNG AN NHÂN DÂN ONLINE`), not a title's length. */
const isFewWordsInCapitals = (text: string) => isAllCaps(text) && wordCount(text) <= MAX_MASTHEAD_WORDS && !isSectionName(text);

/** `ĐẢNG CỘNG SẢN VIỆT NAM`: what a portal's masthead prints over its own name (chrome.json namesOverSite). */
const NAMES_OVER_SITE = new PhraseList(chrome.namesOverSite.phrases);

/**
 * A line of a site's masthead wherever it stands: its name or kind (`CỔNG
 * THÔNG TIN ĐIỆN TỬ`), its motto or banner, or the name printed over its own.
 */
export function isMastheadLine(text: string): boolean {
  return isSiteName(text) || PORTAL_NAMES.prefixOf(text) !== null || isMotto(text) || isBanner(text) || NAMES_OVER_SITE.equals(text);
}

/** The most lines a masthead stacks over the site's menu: the party's name, the committee's, the portal's kind, a motto. */
const MAX_MASTHEAD_LINES = 4;

/**
 * `ĐẢNG CỘNG SẢN VIỆT NAM` over `TỈNH ỦY NGHỆ AN` over `Trang chủ | Giới
 * thiệu | …`: lines stacked at the top of the page, right over the site's menu
 * or breadcrumb, each a masthead's line or a few words in capitals (`CÔNG AN
 * NHÂN DÂN ONLINE`), one at least a site's name or kind: the masthead. One
 * line alone is left to the checks after (a name over the buttons too).
 */
function mastheadOverMenu(lines: readonly Line[], first: Line, decided: Classification): Line[] {
  const stack: Line[] = [];
  // Under the site's name: its slogan, whatever its words (`Kỷ cương - Trách nhiệm - Hiệu quả`), and today's date.
  const named = namesSite(first.text);
  const part = (line: Line) => isMastheadLine(line.text) || isFewWordsInCapitals(line.text) || (named && line !== first && (isSlogan(line) || isDayAlone(line.text)));
  for (let i = first.index; i < lines.length && stack.length < MAX_MASTHEAD_LINES && !decided.get(i) && part(lines[i]!); i++) stack.push(lines[i]!);
  // Today's date, found already, may stand between the masthead and the menu.
  const under = decided.get(pastTodaysDate(decided, first.index + stack.length));
  const menu = !!under && (under.kind === 'breadcrumb' || under.rule === navigationMenu.name);
  return stack.length >= 2 && menu && stack.some((l) => namesSite(l.text)) ? stack : [];
}

/** The rule that finds the header's date of today (header-widget.ts, which reads this file's masthead lines). */
export const HEADER_WIDGET = 'header-widget';

/** The line at `index`, or the first under it past the header's date of today (found already). */
function pastTodaysDate(decided: Classification, index: number): number {
  while (decided.get(index)?.rule === HEADER_WIDGET) index++;
  return index;
}

/** `CÔNG AN TỈNH THANH HÓA`, `CỔNG THÔNG TIN ĐIỆN TỬ`: the site's name or its kind, one of which a masthead prints. */
const namesSite = (text: string) => isSiteName(text) || PORTAL_NAMES.prefixOf(text) !== null;

/** A slogan's words, at the most: a motto, a campaign's call. */
const MAX_SLOGAN_WORDS = 12;

/** `Chung tay xây dựng nông thôn mới`: a few words, no sentence (no stop, no colon) and no figure. */
const isSlogan = (line: Line) => !isProse(line) && wordCount(line.text) <= MAX_SLOGAN_WORDS && !/[.!?:：]$/u.test(line.text) && !/\d/u.test(line.text);

/** `Thứ Hai, 07/12/2026`: a day and nothing else, no time (a header's date of today; an article's dateline prints its time). */
function isDayAlone(text: string): boolean {
  const fields = readDateline(text);
  return !!fields?.published && fields.published.hour === undefined && Object.keys(fields).length === 1;
}

/** Kinds of line a site's masthead stands over: its menu, its breadcrumb. */
const UNDER_MASTHEAD = new Set(['chrome', 'breadcrumb']);

/**
 * `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ` over `Trang chủ | Giới thiệu | …`:
 * the site's name heading the page, over its menu, its breadcrumb or a
 * button (`In bài viết` on a print view). In capitals above a title it
 * would read as the section label; in normal case, as the title.
 */
export const headerMasthead: Rule = {
  name: 'header-masthead',
  description: "The site's name at the top of the page, right above its menu, breadcrumb or a button, or an account's over its post's time.",
  classify(doc, decided) {
    const [first] = decided.free();
    // The top of the page: nothing above it but the site's (today's date in its header).
    if (!first || !decided.atTop(first.index)) return [];
    // `UBND HUYỆN ĐỨC TRỌNG` over `Tin hoạt động`: the site's name over the section's. Over the title alone, a
    // name in capitals is the section's label (`ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY`), left to that rule.
    const next = doc.lines[first.index + 1];
    if (next && isSiteName(first.text) && !decided.get(next.index) && isSectionName(withoutLeadingIcons(next.text))) {
      return [decide(first, 'chrome', this.name, `the site's name, over the section's (line ${next.number})`)];
    }
    // `Công an huyện Đức Thọ` over `8 tháng 3 lúc 09:15 ·`: a social network's post copied whole, under the account that posted it.
    // Over its age alone (`5 giờ`), the account is named as a unit or a person is; a headline there is over its page's `45 phút trước`.
    if (next && !isProse(first) && isPostTime(next.text) && (!isPostAge(next.text) || namesAccount(first.text))) {
      const account = decide(first, 'chrome', this.name, `the account that posted, over its post's time (line ${next.number})`);
      // `5 giờ`: the post's age tells no date (the copy's day is unknown); the text's dates are left to tell it.
      return isPostAge(next.text) ? [account, decide(next, 'chrome', this.name, `the post's age under the account that posted (line ${first.number}): it tells no date`)] : [account];
    }
    // `Cổng thông tin điện tử` over `CÔNG AN TỈNH PHÚ THỌ` (and its motto, `Vì nhân dân phục vụ`), or `THÀNH ỦY HẢI PHÒNG`
    // over `CỔNG THÔNG TIN ĐIỆN TỬ`: the portal's kind and its name, the masthead, whatever follows (with no dateline under
    // the title, nothing else tells it from a title).
    const kindOverName = (kind: Line, name: Line) => PORTAL_NAMES.equals(kind.text) && isSiteName(name.text);
    if (next && !decided.get(next.index) && (kindOverName(first, next) || kindOverName(next, first))) {
      // Its motto or banner under it (`Vì nhân dân phục vụ`, `Chào mừng Đại hội Đảng bộ huyện lần thứ XXVI`).
      const motto = doc.lines[next.index + 1];
      const masthead = [first, next, ...(motto && !decided.get(motto.index) && (isMotto(motto.text) || isBanner(motto.text)) ? [motto] : [])];
      const order = PORTAL_NAMES.equals(first.text) ? 'its kind over its name' : 'its name over its kind';
      return masthead.map((l) => decide(l, 'chrome', this.name, `the portal's masthead: ${order} (lines ${first.number}-${next.number})${masthead.length > 2 ? ', and its motto' : ''}`));
    }
    // `Cổng thông tin điện tử Công an tỉnh Bắc Kạn` over `Thứ bảy - 09/03/2024 08:10` over the title (a print view's
    // heading), or over the title and its dateline, maybe with the section between: the portal's name.
    if (PORTAL_NAMES.prefixOf(first.text) && isSiteName(first.text)) {
      const dated = portalHeading(doc.lines.slice(first.index + 1, first.index + 1 + MAX_LINES_TO_DATELINE), decided);
      if (dated) return [decide(first, 'chrome', this.name, `the portal's name over the title and its dateline (line ${dated.number})`)];
    }
    // `Đài truyền thanh xã Yên Hồ` over `Bản tin truyền thanh ngày 7/12/2026` over the text, no dateline under them: the
    // site's name heading the page, over the title. (In capitals over a title it is the section's label: see section-label.)
    if (next && isSiteName(first.text) && !isAllCaps(first.text) && !readDateline(first.text) && wordCount(first.text) <= MAX_SITE_NAME_WORDS && titleOverText(doc.lines, next, decided)) {
      return [decide(first, 'chrome', this.name, `the site's name, over the title (line ${next.number}) and the text under it`)];
    }
    const stacked = mastheadOverMenu(doc.lines, first, decided);
    if (stacked.length > 0) return stacked.map((l) => decide(l, 'chrome', this.name, `the site's masthead, lines ${first.number}-${stacked.at(-1)!.number} over its menu or trail`));
    // Today's date, found already, may stand between the name and the menu.
    const below = pastTodaysDate(decided, first.index + 1);
    // `Tòa án nhân dân tỉnh Ninh Bình` over today's date, whatever is under it: the article's own date is further down.
    if (below > first.index + 1 && isSiteName(first.text)) return [decide(first, 'chrome', this.name, `the site's name over today's date (line ${first.number + 1})`)];
    const under = decided.get(below);
    if (!under || !UNDER_MASTHEAD.has(under.kind)) return [];
    const where = `${under.kind === 'breadcrumb' ? 'breadcrumb' : 'menu or buttons'} (line ${doc.lines[below]!.number})`;
    if (isSiteName(first.text)) return [decide(first, 'chrome', this.name, `the site's name above its ${where}`)];
    // `CÔNG AN NHÂN DÂN ONLINE`, `TUỔI TRẺ ONLINE`: a paper's name is no site-name phrase, but a few words in
    // capitals over the menu are its masthead. Over a button only, they may be a caps title. Over the header's date of
    // today over the menu (`Tiếng nói Đảng viên Bắc Giang`), a name in any case: the article's date is further down.
    const menu = under.kind === 'breadcrumb' || under.rule === navigationMenu.name;
    if (menu && (isFewWordsInCapitals(first.text) || below > first.index + 1)) {
      return [decide(first, 'chrome', this.name, `a name above the site's ${where}${below > first.index + 1 ? ", over today's date" : ''}`)];
    }
    // `Tiếng nói Đảng viên Bắc Giang` over the site's menu, the title and its dateline under the menu: a name no list
    // holds, a few words, heading the page.
    const dated = menu && isShortName(first) ? titledUnder(doc, decided, below) : null;
    return dated ? [decide(first, 'chrome', this.name, `a name above the site's ${where}, the article's title and dateline under it (line ${dated.number})`)] : [];
  },
};

/** A few words, no sentence and no date: the shape of a site's name (a headline is longer). */
export const isShortName = (line: Line) => !isProse(line) && wordCount(line.text) <= MAX_SITE_NAME_WORDS && !/[.!?:]$/u.test(line.text) && !readDateline(line.text);

/** The article's dateline under the site's lines that start at `index` (its menu, its trail), with the title over it: see portalHeading. */
function titledUnder(doc: Document, decided: Classification, index: number): Line | null {
  let end = index;
  while (end < doc.lines.length && UNDER_MASTHEAD.has(decided.get(end)?.kind ?? '')) end++;
  const dated = portalHeading(doc.lines.slice(end, end + MAX_LINES_TO_DATELINE), decided);
  return dated && dated.index > end ? dated : null;
}
