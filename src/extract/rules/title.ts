import { decide, type Rule } from '../decision.ts';
import { continuesFilledLine, FILLED_SHARE, MAX_TITLE_LENGTH, isLongProse, isProse, printedLines, sentenceCount, wordCount, wordGoesOn, type Document, type Line } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { departmentFieldAt, isOutletName, namesOrganisation, readByline } from '../bylines.ts';
import { blank, PhraseList, withoutIcons } from '../phrases.ts';
import { isSiteAddress } from './site-chrome.ts';
import { withDocumentKind } from './document-heading.ts';
import { dateAlone, readDateline } from './dateline.ts';
import { readImageToken } from '../figures.ts';
import { isPlaceName } from '../places.ts';
import { isSectionName, sectionCase } from '../sections.ts';
import { findDates, findLeadDate, findRelativeTimes, findTimes, type DateValue } from '../dates.ts';
import { findOtherCounters, findViewCounter } from '../counters.ts';
import chrome from '../data/chrome.json' with { type: 'json' };
import sections from '../data/sections.json' with { type: 'json' };
import { isPartNumber } from '../series.ts';

const TITLE_LABELS = new PhraseList(chrome.titleLabels.phrases);
/** Sites print the title again (page heading, then article heading) within a few lines. */
const REPEAT_WINDOW = 3;
/** Or further down, under the page's header of short lines (a browser tab's title over the site's name, menu and section). */
const HEADER_WINDOW = 8;

/**
 * The title is the first line left once labels, datelines and counters are
 * set aside. An editor's front-matter title is looked for first, so that its
 * printed copy (or the printed title it fixes) is not mistaken for body text.
 */
export const title: Rule = {
  name: 'title',
  description: 'The first remaining line is the title; copies of it right after are repeats.',
  classify(doc, decided, hints) {
    const free = decided.free();
    const wanted = hints.title ? key(hints.title) : null;
    // `[ Ảnh ]`, `IMG_2041.jpg` over the title: where a photo was, left to the figure rules.
    const head = free.slice(0, 5);
    const first = wanted ? (head.find((l) => key(l.text) === wanted) ?? head.find((l) => editedCopy(l.text, hints.title!))) : free.find((l) => !readImageToken(l.text));
    if (!first) return [];
    // `Bài 2` on a line of its own over the title, or under it: the part's number, which opens the title (`Bài 2: …`).
    const partOver = !wanted && isPartNumber(first.text) ? free.find((l) => l.index === first.index + 1 && !isProse(l)) : undefined;
    const found = partOver ?? first;
    const part = partOver ? first : wanted ? undefined : free.find((l) => l.index === found.index + 1 && isPartNumber(l.text));
    // A paragraph of several sentences is the lead of an article whose title was not copied; so is a sentence
    // that opens with the day it tells of (`Ngày 5/12, Công an thành phố … thu giữ nhiều tang vật.`), or any
    // sentence where the page's trail names the page (see breadcrumb).
    const trailTitle = decided.all().some((d) => d.fields?.pageTitle);
    if (!wanted && (found.text.length > MAX_TITLE_LENGTH || (isLongProse(found) && sentenceCount(found.text) > 1) || readsAsLead(found) || (trailTitle && endsParagraph(found)))) return [];
    const reason = !wanted ? 'the first line left after labels, datelines and counters' : key(found.text) === wanted ? 'matches the title given in front matter' : 'the printed title that the title given in front matter fixes';
    const foundKey = copyKey(found.text);
    // The line under a photo's file name is its caption, though it says what the title says.
    const after = free.filter((l) => l.index > found.index);
    const header = after.slice(0, HEADER_WINDOW).findIndex(isProse);
    const repeats = after
      .slice(0, Math.max(REPEAT_WINDOW, header === -1 ? HEADER_WINDOW : header))
      .filter((l) => copyKey(l.text) === foundKey && !readImageToken(doc.lines[l.index - 1]?.text ?? ''));
    const wrapped = wanted ? undefined : wrappedTitleEnd(doc, found, free, repeats);
    // A page heading in capitals over the article's own heading: the title reads as the latter prints it (the site's name
    // after either, as a browser's tab prints it, is no part of its case).
    const capitals = (text: string) => isAllCaps(withoutSiteSuffix(text));
    const normalCase = capitals(found.text) ? repeats.find((l) => !capitals(l.text)) : undefined;
    const whole = wrapped ? `${found.text} ${wrapped.text}` : found.text;
    // `THÔNG BÁO` over `Về việc …`: a document's subject, titled with its kind.
    const printed = normalCase?.text ?? withDocumentKind(doc, found, whole);
    // `Tiêu đề: …`: a CMS export's label before the title.
    const unlabelled = TITLE_LABELS.labelled(printed)?.value ?? printed;
    const sited = withoutSiteSuffix(unlabelled);
    // `[Pháp luật] Khởi tố …`, `Khởi tố … - Pháp luật - Báo Hà Tĩnh`: the section a listing or a browser's tab prints with the title.
    const sectioned = sectionWithTitle(sited, sited !== unlabelled);
    const named = sectioned?.title ?? sited;
    const counted = countedTitle(named);
    const dated = datedTitle(counted?.title ?? named);
    // `🔴 TRỰC TIẾP: …`, `🌟 … 🌟`: icons around the title are the site's decoration.
    const text = (part ? `${part.text}: ` : '') + withoutIcons(dated?.title ?? counted?.title ?? named);
    // The date a listing prints after a title is the article's, unless a dateline tells it more fully.
    const published = dated && !decided.first('dateline') ? dated.published : undefined;
    const how =
      (normalCase ? `, as its copy at line ${normalCase.number} prints it in normal case` : '') +
      (wrapped ? `, wrapped onto line ${wrapped.number}` : '') +
      (part ? `, opened by the part's number on line ${part.number}` : '') +
      (!normalCase && printed !== whole ? `, after the kind of document over it at line ${doc.lines[found.index - 1]!.number}` : '') +
      (unlabelled !== printed ? ', after its label' : '') +
      (sited !== unlabelled ? ", without the site's name after it" : '') +
      (sectioned ? `, without its section ('${sectioned.section}') beside it` : '') +
      (text !== (dated?.title ?? counted?.title ?? named) ? ', without the icons around it' : '') +
      (counted ? `, without the ${counted.views === undefined ? 'comment count' : 'view counter'} in brackets after it` : '') +
      (dated ? `, without the date in brackets beside it${published ? ', which is the publication date' : ''}` : '');
    return [
      decide(found, 'title', this.name, reason + how, { title: text, ...(sectioned ? { section: sectioned.section } : {}), ...(published ? { published } : {}), ...(counted?.views !== undefined ? { views: counted.views } : {}) }),
      ...(wrapped ? [decide(wrapped, 'title', this.name, `the end of the title at line ${found.number}, wrapped onto this line`)] : []),
      ...(part ? [decide(part, 'title', this.name, `the number of the part the title at line ${found.number} names`)] : []),
      ...repeats.map((l) => decide(l, 'title-repeat', this.name, `repeats the title printed at line ${found.number}`)),
    ];
  },
};

/** Sections that name the kind of piece (`Video`, `Ảnh`): see sections.json. */
const FORMATS = new PhraseList(sections.formats.phrases);

/**
 * `[Pháp luật] Khởi tố …`, `Pháp luật | Khởi tố …`: a known section in
 * brackets or before a bar, opening the title, as a listing prints it, or
 * after a bar closing it (`Khởi tố … | Pháp luật`); or, where the site's name
 * was after the title (a browser's tab), the section between them (`Khởi tố
 * … - Pháp luật`). A section that names the kind of piece (`[Video] …`)
 * stays part of the title.
 */
function sectionWithTitle(title: string, tab: boolean): { title: string; section: string } | null {
  const before = /^(?:[[【]\s*([^\]】]{2,40}?)\s*[\]】]\s*|([^|]{2,40}?)\s+\|\s+)(\S.{9,})$/u.exec(title);
  // After a bar, a known section is the section with no site's name after it too (`Khởi tố … | Pháp luật`); after a dash only
  // on a tab, where the site's name was (`Hà Nội - Thời sự` may be a title's own words).
  const after = tab ? /^(.{10,}?)\s+[-–—|]\s+([^-–—|]{2,40})$/u.exec(title) : /^(.{10,}?)\s+\|\s+([^|]{2,40})$/u.exec(title);
  const [text, section] = before ? [before[3]!, (before[1] ?? before[2])!.trim()] : after ? [after[1]!, after[2]!.trim()] : [null, null];
  return text && section && isSectionName(section) && !FORMATS.equals(section) ? { title: text.trim(), section: sectionCase(section) } : null;
}

/** A paragraph's sentence that opens with the day it tells of, as a news lead does: no title ends with a stop so. */
function readsAsLead(line: Line): boolean {
  return endsParagraph(line) && findLeadDate(line.text) !== null;
}

/** A sentence of a paragraph's length, with its stop. */
const endsParagraph = (line: Line) => isProse(line) && /[.…]$/u.test(line.text);

/**
 * `CÔNG AN TỈNH LÀO CAI TỔ CHỨC HỘI NGHỊ SƠ KẾT` / `CÔNG TÁC 6 THÁNG ĐẦU NĂM
 * 2024`: a title in capitals, copied as the page wrapped it, goes on on the
 * next line, in capitals too. Not when the title ends a sentence, when the
 * next line is its repeat, or when it reads as a byline (`MINH ĐỨC - HOÀNG
 * LAN`, a caps byline under a caps title). A title that ends with a colon goes
 * on on the next line in any case, unless that is a paragraph, a dateline or a
 * byline. So does a title whose next line goes on with its words (a word in
 * lower case, or after a word that joins: see wordGoesOn), where that line is
 * no paragraph (a wrapped line); and, on a hard-wrapped copy, a title that
 * filled the copy's width (see endsFilledTitle).
 */
function wrappedTitleEnd(doc: Document, found: Line, free: readonly Line[], repeats: readonly Line[]): Line | undefined {
  const next = free.find((l) => l.index === found.index + 1);
  if (!next || repeats.includes(next)) return undefined;
  if (endsFilledTitle(doc, found, next)) return next;
  // `Vụ cháy quán karaoke ở Bình Dương:` over `Khởi tố vụ án hình sự, …`: a kicker whose colon the headline completes.
  if (/[:：]$/u.test(found.text) && !isLongProse(next) && !readDateline(next.text) && !readByline(next.text) && found.text.length + next.text.length <= MAX_TITLE_LENGTH) return next;
  // `… tổng kết công tác năm 2026` over `và triển khai nhiệm vụ năm 2027`: the title goes on in lower case, as a wrapped line does.
  const fits = found.text.length + next.text.length <= MAX_TITLE_LENGTH;
  const goesOn = /[\p{L}\p{N},]$/u.test(found.text) && wordGoesOn(found.text, next.text);
  if (fits && goesOn && !isProse(next) && !readDateline(next.text) && !readByline(next.text)) return next;
  if (!isAllCaps(found.text) || !isAllCaps(next.text)) return undefined;
  if (/[.!?]$/.test(found.text) || !fits || readByline(next.text)) return undefined;
  return next;
}

/**
 * `Công an tỉnh Ninh Bình tổng kết … dịp` over `Tết Nguyên đán Giáp Thìn
 * 2024`: on a hard-wrapped copy (an email's), a title that filled the width
 * goes on onto the next line, though that opens with a capital, when the
 * line is short and ends no sentence, and is none of the lines a page prints
 * under its title: a date or a time, a label's colon, a writer's name, a
 * counter or a number alone, how long ago it was posted, the title's copy.
 */
function endsFilledTitle(doc: Document, found: Line, next: Line): boolean {
  const width = doc.wrapWidth;
  const last = printedLines(doc, found).at(-1)!;
  if (width === null || !continuesFilledLine(last, next.text, width) || next.text.length >= width * FILLED_SHARE || found.text.length + next.text.length > MAX_TITLE_LENGTH) return false;
  if (/[.!?…:]["”’)]?$|:\s/u.test(next.text) || /^[\d.,\s]+$/u.test(next.text) || findDates(next.text).length > 0 || findTimes(next.text).length > 0 || findRelativeTimes(next.text).length > 0) return false;
  return !readByline(next.text) && !findViewCounter(next.text) && !matchKey(found.text).startsWith(matchKey(next.text));
}

/**
 * `Trao 200 suất quà cho học sinh nghèo (125 lượt xem)`: a title as a listing
 * prints it, with its view counter in brackets after it; or its comment or
 * like count (`(12 bình luận)`), which is no view count.
 */
function countedTitle(title: string): { title: string; views?: number } | null {
  const m = /^(.{10,}?)\s*[(\[]([^()\[\]]{3,30})[)\]]$/u.exec(title);
  if (!m) return null;
  const counter = findViewCounter(m[2]!);
  if (counter && counter.printed.trim() === m[2]!.trim()) return { title: m[1]!, views: counter.count };
  const others = findOtherCounters(m[2]!);
  return others.length > 0 && !/[\p{L}\p{N}]/u.test(blank(m[2]!, others)) ? { title: m[1]! } : null;
}

/**
 * `Tập huấn kỹ năng cứu nạn (15/03/2024)`: a title as a listing prints it, with its date in brackets after it (or
 * before it); or the dateline run onto the title's line, a time after the date or a bar before it
 * (`Xét xử lưu động vụ án trộm cắp 07/12/2026 08:30`, `… | 07/12/2026`). A date the title names (`Lịch tiếp công
 * dân ngày 15/12/2026`) has a word of its own before it, and neither.
 */
function datedTitle(title: string): { title: string; published: DateValue } | null {
  const after = /^(.{10,}?)\s*[(\[]([^()\[\]]{6,40})[)\]]$/u.exec(title);
  // `[05/12/2026] Hội nghị giao ban …`: or before it, as a list of the day's news prints it.
  const before = after ? null : /^[(\[]([^()\[\]]{6,40})[)\]]\s*(.{10,})$/u.exec(title);
  const glued = after || before ? null : GLUED_DATELINE.exec(title);
  const [text, printed] = after ? [after[1]!, after[2]!] : before ? [before[2]!, before[1]!] : glued ? [glued[1]!, glued[2]!] : [null, null];
  const published = printed ? dateAlone(printed) : undefined;
  return text && published ? { title: text, published } : null;
}
const GLUED_DATELINE = /^(.{10,}?[\p{L}\d"”?!])(?:\s*[|–—-]\s*|\s+)(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})(?::\d{2})?|(?<=[|–—-]\s*)\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/u;

const { committees, committeeBodies } = chrome.titleSuffix;
/** `Ban Tuyên giáo Tỉnh ủy`: a body of a Party committee, which names its site alone. */
const bodies = committeeBodies.flatMap((body) => committees.map((committee) => `${body} ${committee}`));
const COMMITTEE_BODIES = new PhraseList(bodies);
/** Words no place's name holds: `TRỰC THUỘC THÀNH ỦY` after `ĐẢNG ỦY` names no place. */
const NOT_IN_NAMES = new PhraseList(chrome.titleSuffix.notInNames);
const COMMITTEES = new PhraseList(committees);
const SITE_NAME_STARTS = new PhraseList([...chrome.titleSuffix.siteNameStarts, ...committees, ...bodies]);
/** Papers known by their brand (`… - VnExpress`), as printed: `thanh niên` in lower case is a word. */
const OUTLETS = new Set(chrome.titleSuffix.outlets);
const UNIT_WORDS = new PhraseList(chrome.titleSuffix.unitWords);
/** The title, a separator a tab prints between it and the site's name (a dash, a bar, guillemets, a double colon), then the name. */
const SITE_SUFFIX = /^(.{10,}?)\s+(?:[-–—|«»]|::)\s+((?:(?!\s(?:[-–—|«»]|::)\s).)+)$/u;

/**
 * `… - Công an tỉnh Lào Cai`, `… | baonghean.vn`, `… « Công an tỉnh Nghệ
 * An`, `… :: Công an Hà Tĩnh`: the title as a browser's tab shows it,
 * without the site's name.
 */
export function withoutSiteSuffix(title: string): string {
  const m = SITE_SUFFIX.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim();
  return isSiteAddress(suffix) || isSiteName(suffix) ? m[1]!.trim() : title;
}

/** `Công an tỉnh Lào Cai`, `Báo Nghệ An`: a site's name goes on with a proper name (`Báo động …` does not); a committee's body names its committee's site alone (`Ban Tuyên giáo Tỉnh ủy`). */
export function isSiteName(text: string): boolean {
  // `BIÊN PHÒNG ONLINE`, `Quang Ninh Police`: a paper's name as its web edition prints it; `VnExpress`: a brand, as printed.
  if (isOutletName(text) || OUTLETS.has(text.trim())) return true;
  const proper = siteNameProper(text);
  // In capitals a headline that opens with a unit reads as one (`CÔNG AN HUYỆN KRÔNG PẮC TẶNG QUÀ …`): the proper name is
  // a place's few words, or a unit's name itself (`CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH …`).
  if (proper === null || !isAllCaps(text)) return proper !== null;
  return wordCount(proper) <= MAX_CAPS_PROPER_WORDS || isSiteName(proper) || (wordCount(proper) <= MAX_CAPS_FIELD_WORDS && endsWithProvince(proper)) || isDepartmentOfPlace(proper);
}

/** `GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH` (after `SỞ`): a department's field, then its place, maybe after the word for its kind, and nothing else. */
function isDepartmentOfPlace(name: string): boolean {
  const field = departmentFieldAt(name);
  const rest = field ? name.slice(field.length).trim() : '';
  const unit = UNIT_WORDS.prefixOf(rest);
  return !!field && rest !== '' && isPlaceName(unit ? rest.slice(unit.length).trim() : rest);
}
/** A place's name, or an outlet's, in words (`BÀ RỊA - VŨNG TÀU`, `VĂN HÓA VÀ ĐỜI SỐNG`). */
const MAX_CAPS_PROPER_WORDS = 5;
/** A department's fields and its province (`VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH BÌNH`). */
const MAX_CAPS_FIELD_WORDS = 12;

/** `… TỈNH NINH BÌNH`: the name ends with a province's, after the word for its kind. */
function endsWithProvince(name: string): boolean {
  const words = name.split(/\s+/);
  for (let i = words.length - 2; i >= 1; i--) {
    const unit = UNIT_WORDS.prefixOf(words.slice(i).join(' '));
    if (unit && isPlaceName(words.slice(i + unit.split(' ').length).join(' '))) return true;
  }
  return false;
}

/**
 * The proper name in a site's name (`Lào Cai` in `Công an tỉnh Lào Cai`,
 * `Tân Lập` in `Cổng thông tin điện tử xã Tân Lập`; empty for a committee's
 * body), or null when the text is no site's name.
 */
export function siteNameProper(text: string): string | null {
  const start = SITE_NAME_STARTS.prefixOf(text);
  const after = start ? /^\s+(.*)$/su.exec(text.slice(start.length))?.[1] : undefined;
  if (!after) return COMMITTEE_BODIES.equals(text) ? '' : forceOfPlace(text);
  // The kind of place may come before its name: `Cổng thông tin điện tử xã Tân Lập`.
  const unit = UNIT_WORDS.prefixAsPrinted(after);
  const name = unit ? after.slice(unit.length).replace(/^[\s.]+/, '') : after;
  // `Đảng ủy Công an tỉnh`: the committee of another unit, a category on the unit's site; with the unit's place
  // (`Đảng ủy Công an tỉnh Bắc Ninh`), the committee's own site.
  const unitsCommittee = COMMITTEES.equals(start!) && SITE_NAME_STARTS.prefixOf(name) !== null && !siteNameProper(name);
  return /^[\p{Lu}\d]/u.test(name) && !NOT_IN_NAMES.foundIn(name) && !unitsCommittee && namesOrganisation(text) ? name : null;
}

const FORCES_OF_PLACE = new PhraseList(chrome.titleSuffix.forcesOfPlace);
/** `Công an Hà Tĩnh`: a force and the place it serves, nothing else: the place, its proper name; null for anything more. */
function forceOfPlace(text: string): string | null {
  const force = FORCES_OF_PLACE.prefixAsPrinted(text);
  const place = force ? text.slice(force.length).trim() : '';
  return force && isPlaceName(place) ? place : null;
}

/**
 * A copy of the title compares without what one copy adds to it: the site's
 * name after it, icons around it, a counter or a date in brackets after it
 * (`🔴 … (12 bình luận)` over `…`).
 */
function copyKey(text: string): string {
  const named = withoutSiteSuffix(text);
  const counted = countedTitle(named)?.title ?? named;
  return key(withoutIcons(datedTitle(counted)?.title ?? counted));
}

/**
 * Whether two lines print one title, as a page prints it twice: the same
 * words but for the site's name, a count or date in brackets, and icons
 * around them (`🔴 … 🔴`, `… (12 bình luận)`).
 */
export function sameTitle(a: string, b: string): boolean {
  return copyKey(a) === copyKey(b);
}

/** Words an editor's title shares with the printed one it fixed, of all the words of both, at the least. */
const EDITED_TITLE_OVERLAP = 0.75;

/**
 * The printed title that an editor's front-matter title fixes (a word or
 * two: a typo, a name's spelling): most of their words are the same. A lead
 * that repeats the title's words has many more of its own.
 */
function editedCopy(printed: string, given: string): boolean {
  const words = (text: string) => new Set(key(text).split(/\s+/u));
  const [a, b] = [words(printed), words(given)];
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared) >= EDITED_TITLE_OVERLAP;
}

/** Titles compare without case, diacritic or final punctuation differences. */
function key(text: string): string {
  return matchKey(text).replace(/[.!?:\s]+$/, '');
}
