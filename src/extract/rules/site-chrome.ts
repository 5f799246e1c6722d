import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { blank, escapeRegExp, keyAlternatives, PhraseList, stripBullet, withoutColon, withoutLeadingIcons } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isSectionName } from '../sections.ts';
import { isLabelledByline, namesOrganisation } from '../bylines.ts';
import { isSiteName, withoutSiteSuffix } from './title.ts';
import { findOtherCounters, findReadingTimes, findViewCounter, parseCount } from '../counters.ts';
import chrome from '../data/chrome.json' with { type: 'json' };
import dateWords from '../data/date-words.json' with { type: 'json' };
import { articleVisits } from './view-counter.ts';
import { FOOTER } from './footer-masthead.ts';
import { readDateline } from './dateline.ts';
import { RELATIVE_TIME_SOURCE } from '../dates.ts';
import { readImageToken } from '../figures.ts';
import { everyLineAbove, isProse, usualGap, wordCount, type Document, type Line } from '../document.ts';

/**
 * Lines that open with a site phrase, each list with the longest line it may
 * open; `inText` where the phrase's words also open the article's sentences
 * (`Giấy phép lái xe …`, `Đăng nhập ứng dụng VNeID …`). A notice's or an
 * embed's sentences are theirs wherever they stand.
 */
const OPENINGS = [
  { phrases: new PhraseList(chrome.lineStarts.phrases), maxLength: chrome.lineStarts.maxLength, what: 'a short line that starts with the site phrase', inText: true },
  { phrases: new PhraseList(chrome.notices.phrases), maxLength: chrome.notices.maxLength, what: "a site's notice (cookies) that starts with", inText: false },
  { phrases: new PhraseList(chrome.embeds.lineStarts), maxLength: chrome.embeds.maxLength, what: 'what an embedded video or map prints, starting with', inText: false },
];
const EMBED_LINES = new PhraseList(chrome.embeds.lines);
/** `Bình luận`, `Đọc nhiều nhất`: the heading of one of the site's blocks. */
export const HEADERS = new PhraseList(chrome.headers.phrases);
const SEARCH_BOX = new PhraseList(chrome.searchBox.placeholders);
/** `Tìm kiếm...`, `🔍 Nhập từ khóa…`, `Tìm kiếm cho:`: the search box's placeholder or label, its dots, magnifier and colon aside. */
const isSearchBox = (text: string) => SEARCH_BOX.equals(text.replace(/^[\s🔍🔎]+|[\s.…:：🔍🔎]+$/gu, ''));
const CONTACTS = new PhraseList(chrome.contacts.labels);
/** How many lines either side of a contact line the footer's other lines are looked for. */
const FOOTER_REACH = 8;
/**
 * `Địa chỉ: 45 Hùng Vương …` next to `Cơ quan chủ quản: …` or `Giấy phép số …`,
 * with no paragraph between, or contact lines that end the page: the site's
 * footer. A notice's contact details have the article's text around them
 * instead, or a sentence of the text that sends the reader to them.
 */
function inFooter(doc: Document, line: Line): boolean {
  if (introducedByText(doc, line)) return false;
  if (underFooterMasthead(doc, line)) return true;
  // `Đường dây nóng: …` and `Email: …` under the article, and nothing after them.
  if (doc.lines.slice(line.index + 1).every((l) => CONTACTS.prefixOf(stripBullet(l.text)))) return true;
  const gap = usualGap(doc.lines);
  for (const step of [-1, 1]) {
    for (let i = line.index + step, seen = 0; seen < FOOTER_REACH && i >= 0 && i < doc.lines.length; i += step, seen++) {
      const other = doc.lines[i]!;
      // The footer is one block: a blank line, where the page has none between its lines, ends it.
      const crossed = step === 1 ? other : doc.lines[i + 1]!;
      if (isProse(other) || crossed.blankBefore > gap) break;
      const text = stripBullet(other.text);
      if (FOOTER.prefixOf(text) && !CONTACTS.prefixOf(text)) return true;
    }
  }
  return false;
}

/**
 * `… người dân có thể báo cho Công an huyện theo địa chỉ sau:` over
 * `Địa chỉ: …` and `Điện thoại trực ban: …`: contact lines that the text
 * introduces (a sentence that opens them with its colon, or sends the reader
 * to them: `Mọi chi tiết xin liên hệ …`), right under it or under the unit it
 * names, are the article's, whatever footer follows them.
 */
function introducedByText(doc: Document, line: Line): boolean {
  let i = line.index - 1;
  while (i >= 0 && CONTACTS.prefixOf(stripBullet(doc.lines[i]!.text))) i--;
  const colon = (l: Line | undefined) => !!l && /[:：]$/u.test(l.text);
  // `Đội Cảnh sát giao thông Công an huyện Nghi Lộc` between: the unit to contact, in normal case (in capitals, the site's name);
  // under the text's colon, whoever it names (`Trực ban Công an phường Thạch Linh`, the ward's duty desk).
  const unit = doc.lines[i];
  const named = i > 0 && !!unit && !isAllCaps(unit.text) && !isProse(unit) && (namesOrganisation(unit.text) || (wordCount(unit.text) <= MAX_CONTACT_NAME_WORDS && colon(doc.lines[i - 1])));
  const above = doc.lines[named ? i - 1 : i];
  return !!above && wordCount(above.text) >= MIN_INTRODUCER_WORDS && (colon(above) || CONTACT_INTRODUCERS.foundIn(above.text) !== null);
}
/** Whom a text sends the reader to, on a line of its own under its colon: a unit, its desk, a person and their post. */
const MAX_CONTACT_NAME_WORDS = 12;
const CONTACT_INTRODUCERS = new PhraseList(chrome.contacts.introducers.phrases);
/** A sentence, not a footer's heading over its contacts (`Thông tin liên hệ:`). */
const MIN_INTRODUCER_WORDS = 5;

/**
 * `ỦY BAN NHÂN DÂN XÃ TÂN PHÚ` over `Địa chỉ: …` and `Điện thoại: …`: the
 * contact lines under the site's name in capitals, with no paragraph after
 * them, are its footer.
 */
function underFooterMasthead(doc: Document, line: Line): boolean {
  const isContact = (l: Line) => !!CONTACTS.prefixOf(stripBullet(l.text));
  let top = line.index;
  while (top > 0 && isContact(doc.lines[top - 1]!)) top--;
  const masthead = doc.lines[top - 1];
  if (!masthead || !isAllCaps(masthead.text) || !namesOrganisation(masthead.text)) return false;
  // The article does not go on after them (the site's share bar or statistics may).
  return !doc.lines.slice(line.index + 1).some(isProse);
}
const LOGOS = new PhraseList(chrome.logos.words);
/** `Logo Công an Hà Tĩnh`: a logo's alternative text, the word alone or before the site's name. */
const isLogo = (text: string) => {
  const word = LOGOS.prefixOf(text);
  const rest = word ? text.slice(word.length).trim() : null;
  return (rest !== null && (rest === '' || namesOrganisation(rest) || isSiteName(rest))) || isLogoFile(text);
};
/** `logo.png`, `banner-top_2026.jpg`: a picture's file name whose first word is a logo's word, where the site's logo stood. */
const isLogoFile = (text: string) => {
  const src = readImageToken(text)?.src;
  return !!src && LOGOS.prefixOf(src.replace(/[_\-.]+/gu, ' ')) !== null;
};
const PROMPTS = new PhraseList(chrome.prompts.phrases);
const FOLLOW = new PhraseList(chrome.prompts.follow);
const US = new PhraseList(chrome.prompts.us);
/** `Chia sẻ qua Zalo`: a share button, its verb, the platform and nothing else (folded). */
const SHARE_ON_PLATFORM = new RegExp(`^(?:${keyAlternatives(chrome.prompts.share)})\\s+(?:${keyAlternatives(chrome.prompts.on)})\\s+(?:${keyAlternatives(chrome.prompts.platforms)})$`, 'u');
/** `… trên Zalo`, `… on Facebook`: the platform the reader is asked to follow the site on, at the end of the line (folded). */
const ON_PLATFORM = new RegExp(`\\s(?:${keyAlternatives(chrome.prompts.on)})\\s+(?:${keyAlternatives(chrome.prompts.platforms)})$`, 'u');
/** `trên Google News` and nothing else (folded). */
const PLATFORM_ALONE = new RegExp(`^(?:${keyAlternatives(chrome.prompts.on)})\\s+(?:${keyAlternatives(chrome.prompts.platforms)})$`, 'u');
/**
 * `Tải ứng dụng VNeID`, `Theo dõi Báo Hà Tĩnh trên Google News`, `Theo dõi trên Google News`: the site asks
 * its reader to scan, install or follow. A sentence (`Tải ứng dụng về máy,
 * đăng nhập …`), or following something not named (`Theo dõi sát diễn biến
 * trên mạng xã hội`), is the article's.
 */
const isPrompt = (text: string) => {
  if (text.length > chrome.prompts.maxLength || /[.!]$/u.test(text)) return false;
  if (PROMPTS.prefixOf(text)) return true;
  const follow = FOLLOW.prefixOf(text);
  if (!follow) return false;
  const who = text.slice(follow.length).trim();
  // `Theo dõi trên Google News`: the platform right after the verb, nobody named.
  return (/^\p{Lu}/u.test(who) || !!US.prefixOf(who) || PLATFORM_ALONE.test(matchKey(who))) && ON_PLATFORM.test(matchKey(text));
};
/**
 * A button's label, a link a page prints beside its date (`Gửi email`), or a page's own crumb alone on its line
 * (`Chi tiết tin`, from a trail copied one crumb a line).
 */
const BUTTONS = new PhraseList([...chrome.buttons.phrases, ...chrome.pageActions.phrases, ...chrome.breadcrumb.pageCrumbs.phrases]);
/** `Đọc thêm >>`: the link mark after a button's label. */
const TRAILING_LINK_MARK = new RegExp(`\\s*(?:${chrome.linkMarkers.phrases.map(escapeRegExp).join('|')})\\s*$`, 'u');
/** `← Quay lại`: the arrow before a button's label. */
const LEADING_ARROW = new RegExp(`^\\s*(?:${chrome.backArrows.phrases.map(escapeRegExp).join('|')})\\s*`, 'u');
/** `Đọc thêm >>`, `← Quay lại`, `Trang trước | Trang sau`: one button's label, or several between bars. */
export const isButtons = (text: string) =>
  text.split(/\s*[|•·]\s*/u).every((piece) => BUTTONS.equals(piece.replace(TRAILING_LINK_MARK, '').replace(LEADING_ARROW, '')));
const BACK_TO_SECTION = new PhraseList(chrome.backToSection.phrases);
/** `Trở lại Thời sự`, `Trở lại Thời sự Chia sẻ`: a link back to a section, maybe with buttons (or a block's heading) after it. */
const isBackToSection = (text: string) => {
  const back = BACK_TO_SECTION.prefixOf(text);
  if (!back) return false;
  const words = text.slice(back.length).trim().split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const rest = words.slice(n).join(' ');
    if (isSectionName(words.slice(0, n).join(' ')) && (rest === '' || isButtons(rest) || HEADERS.equals(rest))) return true;
  }
  return false;
};
const FORM_FIELDS = new PhraseList(chrome.formFields.phrases);
/** A form field with nothing typed after its label: its colon, a required mark (`*`, `(*)`). */
const isEmptyField = (text: string) => {
  const label = FORM_FIELDS.prefixOf(text);
  return !!label && /^[\s:：*()]*$/u.test(text.slice(label.length));
};
/** The line is a view counter and nothing else. */
const isViewCounter = (text: string) => {
  const counter = findViewCounter(text);
  return !!counter && text.replace(counter.printed, '').replace(/[\s()[\]|:•·]/g, '').length === 0;
};
/** One label and one number: a table's row (`Tổng cộng 593 1.928`) has more numbers, and is the article's. */
const COUNTER = new RegExp(`^(?:${keyAlternatives(chrome.counters.labels)})\\s*[:：]?\\s*\\d[\\d.,]*$`, 'u');
/** `3 giờ trước`, `Cập nhật 5 phút trước`: how long ago, maybe under a date's label (folded). */
const RELATIVE_TIME = new RegExp(`^(?:(?:${keyAlternatives([...dateWords.publishedLabels, ...dateWords.updatedLabels])})\\s*:?\\s*)?${RELATIVE_TIME_SOURCE}$`, 'u');
const postedAgo = (key: string) => RELATIVE_TIME.test(key.replace(/[.。]$/u, ''));
/** `3 giờ trước`, alone on its line: how long ago the page was posted. */
export const isPostedAgo = (text: string) => postedAgo(matchKey(text));
const FONT_SIZE_TOKENS = new Set(chrome.fontSizeControls.tokens.map((t) => t.toLowerCase()));
const PAGER_WORDS = new Set(chrome.pagination.words.map((w) => matchKey(w)));
/** The line's words and symbols, lower case, with bars and a label's colon as spaces; a time's colon (`08:30`) holds it together. */
const tokensOf = (text: string) => text.toLowerCase().split(/[\s|]+|(?<!\d):|:(?!\d)/).filter(Boolean);
/** The text size buttons (`A- A A+`): letters as icons. */
const isFontSizeControls = (text: string) => {
  const tokens = tokensOf(text);
  return tokens.length >= 2 && tokens.every((t) => FONT_SIZE_TOKENS.has(t));
};
/** `A- A A+`, `In bài | Gửi email`, `Nghe bài viết`, `00:00 / 03:45`: the article's own buttons and player, printed around its dateline. */
export const isArticleButtons = (text: string) => isButtons(text) || isFontSizeControls(text) || PLAYER_CLOCK.test(text);
/**
 * `👍 1,2K  💬 34 bình luận  ↗ 12 lượt chia sẻ`, `Thời gian đọc: 3 phút`: a social bar's counts, with their icons, or the
 * reading time; beside a count of votes, the rating they gave (`(4.5/5 - 12 bình chọn)`).
 */
const isCountersOnly = (text: string) => {
  // Every line is asked: most have no count, and a count has digits.
  if (!/\d/.test(text)) return false;
  const spans = [...findOtherCounters(text), ...findReadingTimes(text)];
  return spans.length > 0 && !/[\p{L}\p{N}]/u.test(blank(text, spans).replace(RATING, ''));
};
/** `4.5/5`, `8/10`: a score out of five or ten stars. */
const RATING = /(?<![\d/.,])\d{1,2}(?:[.,]\d{1,2})?\s*\/\s*(?:5|10)(?![\d/])/gu;
const LANGUAGES = new PhraseList(chrome.languageSwitch.languages);
/** `Tiếng Việt | English`, or `VI EN` with the spaces between its items lost: the site's language switch. */
const isLanguageSwitch = (text: string) => {
  const bars = text.split(/\s*[|/•·]\s*/).filter(Boolean);
  const pieces = bars.length > 1 ? bars : text.split(' ');
  return pieces.length >= 2 && pieces.every((p) => LANGUAGES.equals(p));
};
/** A pager: `Trang 1 2 3 Tiếp »`, page numbers among the pager's words, or three numbers at least (`14:30` is a time). */
const isPager = (text: string) => {
  // `Trang 1 / 2`: a page of so many, spaced.
  const tokens = tokensOf(text.replace(/(\d)\s*\/\s*(\d)/gu, '$1/$2'));
  const numbers = tokens.filter((t) => PAGE_NUMBER.test(t)).length;
  return tokens.length >= 2 && numbers > 0 && (numbers < tokens.length || numbers >= MIN_PAGE_NUMBERS) && tokens.every((t) => PAGE_NUMBER.test(t) || PAGER_WORDS.has(matchKey(t)));
};
const MIN_PAGE_NUMBERS = 3;
/** `2`, or `1/2`: a page, or a page of so many. */
const PAGE_NUMBER = /^\d+(?:\/\d+)?$/;
/**
 * `A-` / `A` / `A+`, `Tiếng Việt` / `English`, `Trang 1/2` / `Tiếp`: a widget whose items a copy
 * printed one a line; a line is one item of it beside another.
 */
const SPLIT_WIDGETS: { item(text: string): boolean; why: string }[] = [
  { item: (text) => FONT_SIZE_TOKENS.has(text.toLowerCase()) && /a/iu.test(text), why: 'the text size buttons (A- A A+), one a line' },
  { item: (text) => LANGUAGES.equals(text), why: "the site's language switch, one language a line" },
  { item: (text) => isPager(text) || PAGER_WORDS.has(matchKey(text)), why: 'a pager, one page or word a line' },
];
/** An item of a split widget is a word or two (`Tiếng Việt`, `Trang 1/2`): longer lines are not asked. */
const MAX_SPLIT_ITEM_LENGTH = 12;
function splitWidget(doc: Document, line: Line): string | null {
  if (line.text.length > MAX_SPLIT_ITEM_LENGTH) return null;
  const [above, below] = [doc.lines[line.index - 1], doc.lines[line.index + 1]];
  const widget = SPLIT_WIDGETS.find((w) => w.item(line.text) && [above, below].some((l) => l && w.item(l.text)));
  return widget?.why ?? null;
}
/**
 * `Đang online` over `25`: a statistics label and its number (see COUNTER),
 * which the copy printed a line each. A number alone is asked of the line
 * above it, a label alone of the line below it. Under the article's prose,
 * with more of it right under the number, the pair is a table's last row
 * copied a cell a line (`Tổng cộng` over `318`), the text's.
 */
function splitCounter(doc: Document, line: Line, decided: Classification, proseAbove: (index: number) => boolean): string | null {
  const [above, below] = [doc.lines[line.index - 1], doc.lines[line.index + 1]];
  const bare = (l: Line | undefined) => !!l && parseCount(l.text) !== null;
  const pair = bare(line) ? (above && !bare(above) ? [above, line] : null) : bare(below) ? [line, below!] : null;
  if (!pair || !COUNTER.test(matchKey(`${pair[0]!.text} ${pair[1]!.text}`))) return null;
  const after = doc.lines[pair[1]!.index + 1];
  return proseAbove(pair[0]!.index) && after && decided.isArticleProse(after) ? null : 'a counter: a statistics label and its number, a line each';
}
/** `--- Hết ---`, `(HẾT)`: the mark under a text's last paragraph, with its dashes, stars or brackets. */
const END_MARK = new RegExp(`^[\\s\\-–—*.()[\\]]*(?:${keyAlternatives(chrome.endMarks.phrases)})[\\s\\-–—*.()[\\]]*$`, 'u');
const SITE_ADDRESS = new RegExp(`^(?:https?://)?(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:${chrome.siteAddress.topLevelDomains.join('|')})/?$`, 'iu');
/** `phantram@baohatinh.vn` on a line of its own. */
const EMAIL_ALONE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
export const isEmailAlone = (text: string) => EMAIL_ALONE.test(text);
/**
 * The line above `line`, or the one above that when the line between is an
 * email address alone: `Minh Anh` over `minhanh@baoxyz.vn`, the writer's
 * name over the address to write to them, is one credit.
 */
export function aboveEmail(doc: Document, line: Line): Line | undefined {
  const above = doc.lines[line.index - 1];
  return above && isEmailAlone(above.text) ? doc.lines[line.index - 2] : above;
}
/** A page's full address alone: its scheme, its site and a path. */
const PAGE_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/iu;
/** A web address alone, the scheme and `www.` optional. */
export const isSiteAddress = (text: string) => SITE_ADDRESS.test(text);
/** `KH-45-UBND.pdf`, `Phu-luc.docx (245 KB)`: an attached document's file name, maybe with its size. */
const ATTACHMENT = new RegExp(`^[\\p{L}\\p{N}_\\-.()~ ]{1,150}\\.(?:${chrome.attachments.extensions.join('|')})(?:\\s*[(\\[-]?\\s*\\d+(?:[.,]\\d+)?\\s*[kmg]?b\\s*[)\\]]?)?$`, 'iu');
const FILE_KINDS = chrome.attachments.extensions.join('|');
/** `Tải xuống (PDF, 245 KB)`, `Download [DOCX - 1,2 MB]`: a download button with its file's kind or size (folded). */
const DOWNLOAD = new RegExp(`^(?:${keyAlternatives(chrome.attachments.downloads.labels)})\\s*[(\\[]\\s*(?:(?:${FILE_KINDS})\\b[\\s,;–—-]*)?(?:\\d+(?:[.,]\\d+)?\\s*[kmg]?b)?\\s*[)\\]]$`, 'u');
/** `Xem chi tiết tại đây`, `Tải văn bản tại đây.`: a link's words pointing at what the copy lost (folded). */
const LINK_HERE = new RegExp(`^(?:${keyAlternatives(chrome.linkHere.opens)})\\s.*?\\s?(?:${keyAlternatives(chrome.linkHere.ends)})\\s*[.!:…>»]*$`, 'u');
const NOT_LINK_OPENS = new PhraseList(chrome.linkHere.notOpens);
const isLinkHere = (text: string, key: string) => wordCount(text) <= chrome.linkHere.maxWords && LINK_HERE.test(key) && !NOT_LINK_OPENS.prefixOf(text);
const EMBED_HOSTS = chrome.embeds.hosts.names.map(escapeRegExp).join('|');
/** `https://www.youtube.com/watch?v=…`, `fb.watch/abc`: an embedded video's or post's address, left alone where it stood. */
const EMBED_ADDRESS = new RegExp(`^(?:https?://)?(?:[\\w-]+\\.)*(?:${EMBED_HOSTS})/\\S+$`, 'iu');
const DURATION_UNITS = keyAlternatives(chrome.durations.units);
/** `Thời lượng: 3 phút 20 giây`, `Duration: 03:20`: a video's length under its label (folded). */
const DURATION = new RegExp(`^(?:${keyAlternatives(chrome.durations.labels)})\\s*[:：]?\\s*(?:(?:\\d+\\s*(?:${DURATION_UNITS})\\s*)+|\\d{1,2}:\\d{2}(?::\\d{2})?)$`, 'u');
/** A media player's clock: the position and the length (`0:00 / 3:42`), left where a read-aloud or video player was. */
const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u;
const RATE = String.raw`(?:x\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?x)`;
/** `Tốc độ: 1x`, `0.75x 1x 1.25x`: a player's speed, under its label or as a row of choices (folded). */
const PLAYBACK_SPEED = new RegExp(`^(?:(?:${keyAlternatives(chrome.playbackSpeeds.labels)})\\s*:?\\s*)?${RATE}(?:\\s+${RATE})*$`, 'u');
/** `- 1 -`, `— 12 —`: a printed page's number between dashes, left in a copy from a document or a PDF (asked with its first dash taken as a bullet). */
const PAGE_NUMBER_MARK = /^(?:[-–—]\s*)?\d{1,3}\s*[-–—]$/u;
/** `BẢN TIN CÔNG AN NGHỆ AN - SỐ 48/2026`: a publication's name, then its issue's number (folded). */
const PUBLICATION_ISSUE = new RegExp(`^(?:${keyAlternatives(chrome.publicationIssues.kinds)})\\s.*?[\\s,–—-](?:${keyAlternatives(dateWords.issueLabels.phrases)})\\s*[:.]?\\s*\\d+(?:\\s*/\\s*\\d{2,4})?$`, 'u');
const isPublicationIssue = (text: string, key: string) => wordCount(text) <= chrome.publicationIssues.maxWords && PUBLICATION_ISSUE.test(key);
/** `03:12`, `00:00`: a time alone on its line. */
const LONE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
/**
 * `10:15` over `Lực lượng đặc nhiệm đã khống chế …`, `09:40` over the entry
 * before it: a live report's entries, each under the time it was posted,
 * among the text's paragraphs. Two at least, each over a paragraph.
 */
function entryTime(doc: Document, line: Line): boolean {
  const overProse = (l: Line) => LONE_CLOCK.test(l.text) && !!doc.lines[l.index + 1] && isProse(doc.lines[l.index + 1]!);
  return overProse(line) && doc.lines.some((l) => l !== line && overProse(l)) && doc.lines.slice(0, line.index).some(isProse);
}

/** The line right above or right under is a day's date without its time: a time alone beside it is the date's (see the dateline rule). */
const besideDay = (doc: Document, line: Line) =>
  [doc.lines[line.index - 1], doc.lines[line.index + 1]].some((l) => {
    const date = l && readDateline(l.text)?.published;
    return !!date && date.hour === undefined;
  });

/**
 * The site's widgets, each told by its own shape: short lines all. A line of
 * prose is never one of them, and is not asked (these are asked of every line).
 */
/** `Tin nóng`, `Cập nhật liên tục`: the page's flag on the article, on a line of its own. */
const BADGES = new PhraseList(chrome.badges.phrases);

const WIDGETS: { is(text: string, key: string): boolean; why: string }[] = [
  { is: (_, key) => COUNTER.test(key), why: 'a counter: a statistics label and a number' },
  { is: (_, key) => postedAgo(key), why: "how long ago the page was posted ('3 giờ trước'), printed beside its date" },
  { is: isFontSizeControls, why: 'the text size buttons (A- A A+)' },
  { is: isSiteAddress, why: "the site's address alone: its masthead or footer" },
  { is: isEmailAlone, why: "an email address alone: the writer's or the site's, to write to" },
  { is: (text) => ATTACHMENT.test(text), why: "an attached document's file name" },
  { is: (_, key) => DOWNLOAD.test(key), why: "a download button with its file's kind or size" },
  { is: isLinkHere, why: "a link's words pointing at what the copy lost ('Xem chi tiết tại đây')" },
  { is: (text) => EMBED_ADDRESS.test(text), why: "an embedded video's or social post's address, left where it stood" },
  { is: isCountersOnly, why: 'likes, shares and comment counts, or the reading time, and nothing else' },
  { is: isLanguageSwitch, why: "the site's language switch" },
  { is: (text) => PLAYER_CLOCK.test(text), why: "a media player's clock (position / length)" },
  { is: (_, key) => DURATION.test(key), why: "a video's length under its label" },
  { is: (_, key) => PLAYBACK_SPEED.test(key), why: "a player's speed, under its label or as a row of choices" },
  { is: (_, key) => END_MARK.test(key), why: "the mark that ends the text ('--- Hết ---')" },
  { is: isPager, why: 'a pager: page numbers and next or previous' },
  { is: isPublicationIssue, why: "a publication's name and its issue's number: its masthead" },
  { is: (text) => PAGE_NUMBER_MARK.test(text), why: "a printed page's number between dashes" },
  { is: isSearchBox, why: "the search box's placeholder" },
  { is: isPrompt, why: 'the site asks the reader to scan its code, install its app or follow it' },
  { is: (_, key) => SHARE_ON_PLATFORM.test(key), why: 'a share button with its platform' },
  { is: isButtons, why: "a button's label, or buttons' between bars" },
  { is: isBackToSection, why: "a link back to the article's section ('Trở lại Thời sự')" },
  { is: (text) => EMBED_LINES.equals(text), why: "an embedded video's, map's or photo viewer's own words" },
  { is: isEmptyField, why: "a comment form's field, left empty" },
];

/** `3 phút đọc`, `Theo dõi trên Google News`, `0 bình luận`: one of the site's widgets, told by its own shape (a line of prose is none). */
export const isSiteWidget = (text: string) => WIDGETS.some((w) => w.is(text, matchKey(text)));

/** Words of a sentence, at the least. */
const SENTENCE_WORDS = 6;

/** A statement: words enough and its full stop (a headline after `Xem thêm:` has none; a widget asks questions). */
function readsAsSentence(text: string): boolean {
  return wordCount(text) >= SENTENCE_WORDS && /[.…]["”’)]?$/u.test(text);
}

/** Menus, share and print links, visitor statistics, login notices, copyright lines. */
export const siteChrome: Rule = {
  name: 'site-chrome',
  description: "A line of the site's own text: share and print links, statistics, login notices, copyright.",
  classify(doc, decided) {
    const free = decided.free();
    const [top] = free;
    const firstProse = doc.lines.find((l) => decided.isArticleProse(l))?.index ?? -1;
    /** Lines this pass found to be the site's, above the one it reads (a button over the page's address: both at the top). */
    const found = new Set<number>();
    const siteLine = (l: Line) => found.has(l.index) || decided.kindOf(l.index) === 'chrome';
    // What this pass finds only makes more lines the site's: each question below may be read once from the top.
    const everyAbove = (holds: (l: Line) => boolean) => everyLineAbove(doc.lines, holds);
    const atTop = everyAbove(siteLine);
    /** Only the site's lines above the line, or the browser's tab (the title and the site's name: `… - Công an tỉnh Phú Thọ`). */
    const underSiteLines = everyAbove((l) => siteLine(l) || withoutSiteSuffix(l.text) !== l.text);
    /** The article's prose above the line: not a notice this pass found to be the site's (a cookie banner over the page). */
    const noProseAbove = everyAbove((l) => found.has(l.index) || !decided.isArticleProse(l));
    const proseAbove = (index: number) => !noProseAbove(index);
    return free.flatMap((line) => {
      const decisions = readLine(line);
      if (decisions.length > 0) found.add(line.index);
      return decisions;
    });

    function readLine(line: Line): Decision[] {
      const text = stripBullet(line.text);
      if (!/[\p{L}\p{N}]/u.test(text)) return [decide(line, 'chrome', siteChrome.name, 'has no words, only symbols')];
      // The article's own readers, counted beside its date (see view-counter).
      if (articleVisits(doc, line) !== null) return [];
      if (LONE_CLOCK.test(text) && !besideDay(doc, line) && !entryTime(doc, line)) return [decide(line, 'chrome', siteChrome.name, "a media player's time (its position or the video's length)")];
      if (!isProse(line)) {
        const key = matchKey(text);
        const widget = WIDGETS.find((w) => w.is(text, key))?.why ?? splitWidget(doc, line) ?? splitCounter(doc, line, decided, proseAbove);
        if (widget) return [decide(line, 'chrome', siteChrome.name, widget)];
        // `156` over `12 bình luận`: a social post's reactions, a bare count over its comments' and shares'.
        const below = doc.lines[line.index + 1];
        // A number over the reading time alone (`3 phút đọc`), or with the views' icon (`👁 1.250`), counts the article's readers (see view-counter).
        if (below && parseCount(withoutLeadingIcons(text)) !== null && isCountersOnly(below.text) && findReadingTimes(below.text).length === 0 && !findViewCounter(text)) return [decide(line, 'chrome', siteChrome.name, "a social post's reactions, counted over its comments and shares")];
      }
      // `https://congan.vinhphuc.gov.vn/tin-tuc/…` heading the page: the address a print view prints (a photo's is its trace, see image-token).
      if (PAGE_ADDRESS.test(text) && !readImageToken(text) && atTop(line.index)) return [decide(line, 'chrome', siteChrome.name, "the page's address at the top of the page")];
      const contact = CONTACTS.prefixOf(text);
      if (contact && text.length <= chrome.lineStarts.maxLength) {
        if (inFooter(doc, line)) return [decide(line, 'chrome', siteChrome.name, `a contact line ('${contact}') among the site's footer lines`)];
        // `Điện thoại: 069.2924.xxx | Email: …`, `Đường dây nóng: …` over the article: the header's; under its prose, the article's.
        return proseAbove(line.index) ? [] : [decide(line, 'chrome', siteChrome.name, `a contact line ('${contact}') above the article`)];
      }
      if (isLogo(text)) return [decide(line, 'chrome', siteChrome.name, "a logo's or a banner's alternative text, or its file's name")];
      // `Mời quý độc giả theo dõi … trên TV Online!` under the text, none of it below: the site's prompt, though a sentence.
      if (PROMPTS.prefixOf(text) && text.length <= chrome.prompts.maxSentenceLength && proseAbove(line.index) && !decided.proseBelow(line.index)) {
        return [decide(line, 'chrome', siteChrome.name, 'the site asks the reader to watch or read more of it, under the article')];
      }
      // `Cập nhật liên tục` under the title, over the text: the page's flag on the article. Under the page's lines only (its name,
      // menu, cookie banner, or the browser's tab), it is the section (`Tin nổi bật`: see section-label).
      if (BADGES.equals(withoutLeadingIcons(text)) && !underSiteLines(line.index) && !proseAbove(line.index)) return [decide(line, 'chrome', siteChrome.name, "the page's flag on the article ('Tin nóng', 'Cập nhật liên tục'), under its title")];
      // `Video` heads a sidebar block, but at the top of the article (under the site's lines only, its name and menu, maybe,
      // or a cookie banner, over any date) it is the section (see section-label).
      const sectionOnTop = () => isSectionName(text) && (line === top || underSiteLines(line.index) || (line.index < firstProse && !doc.lines.slice(0, line.index).some((l) => readDateline(l.text))));
      if (HEADERS.equals(withoutColon(text)) && !sectionOnTop()) return [decide(line, 'chrome', siteChrome.name, 'a heading of a site block')];
      for (const { phrases, maxLength, what, inText } of OPENINGS) {
        // As printed: `Phòng Tổ chức cán bộ` is a unit, not the `Phóng to` button.
        const phrase = phrases.prefixAsPrinted(text);
        // A comment form's `Nội dung:` field, not an e-magazine's `Nội dung: Hữu Nghị - Ảnh: …` credit; nor
        // `Lượt truy cập bài viết: 321`, the article's own counter (see view-counter).
        if (!phrase || text.length > maxLength || isLabelledByline(text) || isViewCounter(text)) continue;
        // `Giấy phép lái xe hạng A1 được cấp cho …`, `Đăng nhập ứng dụng VNeID bằng …`: a sentence of the article,
        // between its paragraphs, that opens with the site's words.
        if (inText && readsAsSentence(text) && proseAbove(line.index) && decided.proseBelow(line.index)) continue;
        return [decide(line, 'chrome', siteChrome.name, `${what} '${phrase}'`)];
      }
      return [];
    }
  },
};
