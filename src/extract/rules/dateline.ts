import { decide, type Classification, type Decision, type LineFields, type Rule } from '../decision.ts';
import { wordCount, type Document, type Line } from '../document.ts';
import { findDates, findDayMonthDates, findRelativeTimes, findTimes, WEEKDAY_NAMES, type DateMatch, type DateValue, type TimeMatch } from '../dates.ts';
import { findOtherCounters, findReadingTimes, findViewCounter, findVisitCounter } from '../counters.ts';
import { creditFields, isLabelledByline, MAX_BYLINE_LENGTH, readByline } from '../bylines.ts';
import { blank, blankMatches, eraseWords, escapeRegExp, keyAlternatives, matchSpans, PhraseList, unblanked, withoutLeadingIcons, type Span } from '../phrases.ts';
import { accountKind, isSectionName, posterLabelled, sectionLabelled } from '../sections.ts';
import { isPlaceName } from '../places.ts';
import { isLabelShaped } from './section-label.ts';
import { inSiteBlock } from './related-block.ts';
import { isGalleryPosition } from '../figures.ts';
import { foldInPlace, matchKey } from '../../vietnamese/fold.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import words from '../data/date-words.json' with { type: 'json' };
import chrome from '../data/chrome.json' with { type: 'json' };
import sections from '../data/sections.json' with { type: 'json' };
import { withoutPostStatus } from './social-embed.ts';

const WEEKDAYS = new PhraseList(WEEKDAY_NAMES);
const PAGE_ACTIONS = new PhraseList(chrome.pageActions.phrases);
const ASKED_LABELS = new PhraseList(words.askedLabels.phrases);
/**
 * `T5, 14/03`, `Thu 21 Aug`: an abbreviated weekday, in folded text, before
 * what a dateline goes on with. A numbered one (`T3`, `T.3`) names nothing
 * else, and stands before anything, even a space (`T3 05/03/2024`); a word
 * (`Thu`) may open a name.
 */
const NUMBERED_WEEKDAYS = words.weekdayAbbreviations.filter((w) => /\d/.test(w));
const WORD_WEEKDAYS = words.weekdayAbbreviations.filter((w) => !/\d/.test(w));
const WEEKDAY_ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${keyAlternatives(NUMBERED_WEEKDAYS)})(?![\\p{L}\\p{N}])|(${keyAlternatives(WORD_WEEKDAYS)})(?=\\s*[,.|/\\-–—]|\\s*\\d))`,
  'gu',
);
const FIRST_WEEKDAY_ABBREVIATION = new RegExp(WEEKDAY_ABBREVIATION.source, 'u');
/** Each weekday's ISO number, by its match key. */
const WEEKDAY_NUMBERS = new Map(Object.entries(words.weekdays).map(([name, n]) => [matchKey(name), n]));
/** Besides the time zones, which are erased first (see readDateline). */
/**
 * A date's own words beside it (weekdays, labels, fillers, the part of the day), as printed (in lower case) or in an
 * unaccented copy's letters. Folded, they are other words too, which name what stands beside the date: `tối` is
 * `tội` (`Phòng chống tội phạm | 06/12/2026`), `hồi` is `hội` and `hỏi` (`Hỏi đáp | …`), `đăng` is `Đặng`.
 */
const META_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set([...WEEKDAY_NAMES, ...words.publishedLabels, ...words.updatedLabels, ...words.fillers, ...words.amMarkers, ...words.pmMarkers].flatMap((w) => [w.toLowerCase(), foldInPlace(w)]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A capitalised word right after another: `Hải ` before `Đăng`. */
const NAME_WORD_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}*[^\S\n]$/u;

/**
 * `Hải Đăng`, `Văn Sáng`: a date's word of one word, capitalised right after
 * a capitalised word that is no date's word itself (`Thứ Hai Ngày …`), is a
 * name's (a writer's beside the date).
 */
function withinName(text: string, span: Span, metas: readonly Span[]): boolean {
  const word = text.slice(span.start, span.end);
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, span.start - MAX_NAME_WORD_LENGTH), span.start));
  const at = span.start - (before?.[0].length ?? 0);
  return !/\s/u.test(word) && /^\p{Lu}/u.test(word) && !!before && !metas.some((m) => m.start <= at && at < m.end);
}
/** Vietnamese words are short: `Nghiêng`, `Khuyến`. */
const MAX_NAME_WORD_LENGTH = 10;

/** A unit's name in capitals beside a day and month (`CÔNG AN TỈNH NGHỆ AN - 7/12`), at most. */
const MAX_CAPS_UNIT_WORDS = 6;
const UPDATED_KEYS = words.updatedLabels.map(matchKey).sort((a, b) => b.length - a.length);
const HAS_DIGIT = /\d/;
/**
 * Longer than any dateline: the longest in the labelled set (two labelled
 * dates with their times and two page actions) has 86 characters. A longer
 * line is a paragraph that mentions a date.
 */
const MAX_DATELINE_LENGTH = 240;
const ACCOUNT_LINKS = new PhraseList(words.accountLinks);
const ISSUE_LABELS = new PhraseList(words.issueLabels.phrases);
const { labels: LUNAR_LABELS, stems, branches } = words.lunarDates;
const LUNAR_MARK = `(?:${keyAlternatives(LUNAR_LABELS)}|(?:${keyAlternatives(stems)})\\s+(?:${keyAlternatives(branches)}))`;
/**
 * `(nhằm ngày 14 tháng Giêng năm Giáp Thìn)`, `(15/8 âm lịch)`: a lunar date
 * in brackets; or between the bars of a line (`Thứ Hai, 07/12/2026 | Âm
 * lịch: 27/10 Bính Ngọ`), a segment that opens with its label. In text
 * folded in place.
 */
const LUNAR_DATE = new RegExp(`\\([^()]*\\b${LUNAR_MARK}\\b[^()]*\\)|(?<=^|[|•·])\\s*(?:${keyAlternatives(LUNAR_LABELS)})\\b[^|•·]*`, 'gu');

/** The text with its lunar dates blanked (same length): the solar date beside them is the dateline's. */
function withoutLunarDates(text: string): string {
  return blank(text, matchSpans(foldInPlace(text), LUNAR_DATE));
}

/**
 * `Thứ hai - 17/10/2022 04:44`, `Cập nhật lúc 06:59 ngày 07/09/2021`,
 * `Ngày đăng: 01/02/2024 | Cập nhật: 03/02/2024 10:15 (GMT+7)`: a line made
 * only of dates, times, weekday names and date labels, and maybe a view
 * counter or the byline (`Nguyễn Văn An - 17/10/2022 04:44`, `By Hoang
 * Phong | October 17, 2022`). `Thứ Năm, 1/6` is a dateline too, its year
 * to be inferred. A date inside a sentence is not a dateline.
 */
export const dateline: Rule = {
  name: 'dateline',
  description: 'A line made only of dates, times, weekdays and date labels.',
  classify(doc, decided) {
    let dated = false;
    // The site's or a copying tool's sentences (a cache's notice over the page) are no paragraphs of the article.
    const prose = doc.lines.filter((l) => decided.isArticleProse(l));
    const [firstProse, lastProse] = [prose[0]?.index ?? -1, prose[prose.length - 1]?.index ?? -1];
    /** The layouts of the date lines between the article's paragraphs (a schedule's days), read when a second date line is met. */
    let innerLayouts: Set<string> | undefined;
    const innerLayout = (line: Line) =>
      (innerLayouts ??= new Set(doc.lines.filter((l) => l.index > firstProse && l.index < lastProse && decided.isFree(l.index) && readDateline(l.text)?.published).map((l) => layoutOf(l.text)))).has(layoutOf(line.text));
    return decided.free().flatMap((line) => {
      // `Ngày hỏi: 01/12/2026` under the asker: when the question was sent, not when the page was.
      const asked = ASKED_LABELS.labelled(line.text);
      if (asked && readDateline(asked.value)) return [decide(line, 'chrome', this.name, "the date a reader's question was sent, not the page's")];
      const fields = readDateline(line.text);
      if (!fields) return [];
      // `Hương Sơn, ngày 05 tháng 3 năm 2024` inside a letter the article quotes: dated already, with
      // its paragraphs on both sides, the line is the article's text.
      if (dated && line.index > firstProse && line.index < lastProse) return [];
      // `1/5`, `Thứ Năm, 1/6` between the article's paragraphs: a slide's position or a timeline's day, no dateline; a page dates
      // itself over its text or under it, and a dateline with no year has little else to tell it.
      if (fields.dayMonth && line.index > firstProse && line.index < lastProse) return [];
      // `Nguyễn Văn Hải - 27/04/2024 11:20` under `Bình luận (2)`: a reader's comment, dated; the article is dated already.
      if (dated && line.index > firstProse && inSiteBlock(doc, line)) return [];
      // `Thứ Hai, ngày 07/12/2026` under `Ngày đăng: 05/12/2026`, over `Sáng: …`, and `Thứ Ba, ngày 08/12/2026` further down
      // between the paragraphs: the first day of a schedule the text sets out by days, under the page's dateline.
      if (dated && fields.published && line.index < firstProse && innerLayout(line)) return [];
      dated = true;
      const what = fields.dayMonth ? 'a day and month' : fields.updated && !fields.published ? 'an update date' : fields.updated ? 'publication and update dates' : 'a date';
      const byline = fields.author || fields.source ? ', with the byline' : fields.section ? ', with the section' : '';
      return [decide(line, 'dateline', this.name, `the line is ${what}${byline} and nothing else`, fields), ...splitDateline(doc, decided, line, fields, this.name)];
    });
  },
};

/**
 * `06/03/2024` / `14:30`: a page that sets the date and the time apart
 * copies them on lines of their own (the weekday over the date is joined to
 * it when the text is read: see toDocument). The time alone right under a
 * day's date (or over it) is the dateline's, and makes the date precise.
 */
function splitDateline(doc: Document, decided: Classification, line: Line, fields: LineFields, rule: string): Decision[] {
  const date = fields.published ?? fields.updated;
  if (!date || date.hour !== undefined) return [];
  // The time under the date, or over it where the page prints it first (`09:12` / `07/12/2026`).
  const [above, below] = [doc.lines[line.index - 1], doc.lines[line.index + 1]];
  const [timeLine, where] = below && decided.isFree(below.index) && timeAlone(below.text) ? [below, 'above'] : [above, 'under'];
  const time = timeLine && decided.isFree(timeLine.index) ? timeAlone(timeLine.text) : null;
  if (!time) return [];
  Object.assign(date, { hour: time.hour, minute: time.minute, ...(time.second === undefined ? {} : { second: time.second }) });
  return [decide(timeLine!, 'dateline', rule, `the time of the date on the line ${where} it (line ${line.number})`)];
}

/** `14:30`, `08:15 SA`, `08:00 (GMT+7)`: a time of day and nothing else, but for its time zone. */
function timeAlone(text: string): TimeMatch | null {
  const zoneless = eraseWords(foldInPlace(text), words.timeZones);
  const times = findTimes(text);
  return times.length === 1 && zoneless.replace(/[\s()]/gu, '').length === text.slice(times[0]!.start, times[0]!.end).replace(/\s/gu, '').length ? times[0]! : null;
}

/** `Thứ Hai, ngày 07/12/2026` → `, ngay`: the words a date line prints besides its dates, times and weekday, by which its layout is told. */
function layoutOf(text: string): string {
  const dated = blank(foldInPlace(text), [...findDates(text), ...findTimes(text)]);
  return eraseWords(dated, WEEKDAY_NAMES).replace(/\s+/gu, ' ').trim();
}

/** `15/03/2024`, `Hà Giang, ngày 15/03/2024`: the publication date a line states, when it states nothing else but where it was written. */
export function dateAlone(line: string): DateValue | undefined {
  const fields = readDateline(line);
  return fields?.published && Object.keys(fields).every((k) => k === 'published' || k === 'place') ? fields.published : undefined;
}

/** The dates a dateline states, or null when the line is more than a dateline. */
export function readDateline(line: string): LineFields | null {
  // Every date layout has digits, and a dateline is short: most body lines end here.
  // `Thứ Sáu, 08/03/2024:` introduces what follows it, as a timeline's heading in the text does.
  if (line.length > MAX_DATELINE_LENGTH || !HAS_DIGIT.test(line) || isGalleryPosition(line) || /[:：]$/u.test(line)) return null;
  // `· Đã chỉnh sửa` after a post's time: the network's word on the post, no field of the date's.
  const text = withoutPostStatus(withoutLunarDates(line));
  const full = findDates(text);
  const dates = full.length > 0 ? full : findDayMonthDates(text, full);
  if (dates.length === 0) return null;
  // A zone's offset (`GMT+07:00`) is written like a time: it is erased first, and is no time of the date.
  let rest = eraseWords(foldInPlace(text), words.timeZones);
  // `· 3 giờ trước` beside the date says how long ago it was: no time of the date.
  const ago = findRelativeTimes(text);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const times = findTimes(text).filter((t) => !dates.some((d) => overlaps(t, d)) && !ago.some((a) => overlaps(t, a)) && rest.slice(t.start, t.end).trim() !== '');
  const counter = findViewCounter(text) ?? findVisitCounter(text);
  // A counter beside the date says how the page was read, not what it is: views (or visits, the article's
  // readers there), and comments or shares beside them; so does how long it takes to read.
  rest = blank(rest, [...dates, ...times, ...ago, ...(counter ? [counter] : []), ...findOtherCounters(text), ...findReadingTimes(text), ...posters(text), ...pageActions(text)]);
  const metas = matchSpans(text.toLowerCase(), META_WORDS);
  rest = blankMatches(blank(rest, metas.filter((span) => !withinName(text, span, metas))), WEEKDAY_ABBREVIATION);
  // Only letters and digits count: punctuation, and symbols like a clock (`🕒 10:30 | 12/09/2024`),
  // say nothing more than the date.
  const left = rest.replace(/[^\p{L}\p{N}]/gu, '').length;
  // What is left must be one piece (a byline, a section, an account). Every character counted in
  // `left` falls inside it, so more of them than a byline may hold means a sentence with a date in it.
  if (left > MAX_BYLINE_LENGTH) return null;
  const other = left === 0 ? null : otherFieldIn(text, rest);
  if (left !== 0 && !other) return null;
  // `HUYỆN ỦY ĐÔNG ANH TRAO HUY HIỆU ĐẢNG ĐỢT 3/2`, `CÔNG AN HÀ NỘI THẮNG … 2-1`: in capitals a headline reads as a unit's
  // name, and its day and month (or a score) as a date; a unit's name beside a day and month is a few words.
  if (full.length === 0 && isAllCaps(text) && other?.source && wordCount(other.source) > MAX_CAPS_UNIT_WORDS) return null;

  const fields: LineFields = { ...other };
  if (full.length === 0) {
    // Day and month only: the first date, with its time and weekday, waits for its year.
    const [first] = dates;
    const time = times[0];
    const abbreviated = FIRST_WEEKDAY_ABBREVIATION.exec(foldInPlace(text));
    const weekday = WEEKDAYS.foundIn(text) ?? abbreviated?.[1] ?? abbreviated?.[2];
    fields.dayMonth = {
      month: first!.month,
      day: first!.day,
      ...(time ? { hour: time.hour, minute: time.minute, ...(time.second === undefined ? {} : { second: time.second }) } : {}),
      ...(weekday ? { weekday: WEEKDAY_NUMBERS.get(matchKey(weekday)) } : {}),
    };
    if (counter) fields.views = counter.count;
    return fields;
  }
  for (const [date, segment] of segments(text, dates)) {
    const time = times.find((t) => t.start >= segment.start && t.end <= segment.end);
    const value: DateValue = { year: date.year!, month: date.month, day: date.day };
    const hour = date.hour ?? time?.hour;
    if (hour !== undefined) {
      const second = date.hour !== undefined ? date.second : time?.second;
      const offset = date.hour !== undefined ? date.offset : undefined;
      Object.assign(value, { hour, minute: date.minute ?? time?.minute ?? 0, ...(second === undefined ? {} : { second }), ...(offset === undefined ? {} : { offset }) });
    }
    const isUpdate = UPDATED_KEYS.some((k) => matchKey(text.slice(segment.start, segment.end)).includes(k));
    if (isUpdate) fields.updated ??= value;
    else fields.published ??= value;
  }
  if (counter) fields.views = counter.count;
  return fields;
}

/** The line is a date line that dates the article: when it was published, or only when it was updated. */
export function datesArticle(line: string): boolean {
  const fields = readDateline(line);
  return !!(fields?.published ?? fields?.updated);
}

/** `Người đăng: Ban biên tập - Ngày đăng: 04/12/2026`: a spaced dash before a date's label parts a meta line as a bar does (on folded text). */
const DASH_BEFORE_DATE_LABEL = new RegExp(`\\s[-–—]\\s+(?=(?:${keyAlternatives([...words.publishedLabels, ...words.updatedLabels])})(?![\\p{L}]))`, 'gu');

/** ` Đăng bởi: …` after the date with no bar between: the poster's label and its colon open a piece of the line. */
const POSTER_LABEL_AFTER = new RegExp(`\\s(?=(?:${keyAlternatives(sections.accountLabels)})\\s*[:：])`, 'gu');

/** The stretches of the line between bars or bullets (or a dash before a date's label, a space before a poster's) whose text (trimmed) is one that `keep` wants. */
function piecesBetweenBars(text: string, keep: (piece: string) => boolean): Span[] {
  const parted = foldInPlace(text).replace(DASH_BEFORE_DATE_LABEL, (dash) => '|'.padEnd(dash.length, ' ')).replace(POSTER_LABEL_AFTER, '|');
  return matchSpans(parted, /[^|•·]+/g).filter(({ start, end }) => keep(text.slice(start, end).trim()));
}

/**
 * `Ngày đăng: 12/03/2024 | Người đăng: Văn phòng UBND tỉnh`: the labelled
 * poster beside the date, whoever it is, credits nobody (see posterLabelled).
 * Its stretch between bars (or after the date, from its label on), without
 * the date or a time (a unit's code may hold digits: `Phòng PV01`), is found
 * before the date's words are erased (`đăng`).
 */
const posters = (text: string) => piecesBetweenBars(text, (piece) => !!posterLabelled(piece) && findDates(piece).length === 0 && findTimes(piece).length === 0);

/** `In bài`, `🖨 In bài`, `Gửi email`: a link beside the date, with its icon. */
export const isPageAction = (piece: string) => PAGE_ACTIONS.equals(withoutLeadingIcons(piece));
/** `| In bài viết | Gửi email`: the page's links between bars beside the date (see chrome.json, pageActions). */
const pageActions = (text: string) => piecesBetweenBars(text, isPageAction);

/**
 * What is left of a dateline once its dates, times and words are blanked
 * (`rest`, aligned with `text`): one piece, either a known section name
 * (`An ninh trật tự | Thứ hai, 05/08/2024 07:30`), the account that posted it
 * (`Đăng ngày 12/09/2024 bởi admin`, which credits nobody), the place it
 * was written in (`Hà Giang, ngày 12 tháng 3 năm 2024`) or a byline.
 * Anything else, and the line is not a dateline.
 */
function otherFieldIn(text: string, rest: string): OtherField | null {
  // `Công an tỉnh Hà Tĩnh, [05.12.26 08:15]`: a messaging app's copy of a post, its sender then its time in square brackets.
  if (SENDER_THEN_TIME.test(text)) return {};
  const kept = unblanked(text, rest);
  const bars = /[|•·]/u.test(kept);
  // Between bars, a dash is a piece's own (`Chuyên mục: Tin tức - Sự kiện | Tác giả: admin`).
  const pieces = kept
    .split(bars ? /\s{2,}|[|•·]/ : /\s{2,}|\s[-–—]\s|^\s*[-–—]|[-–—]\s*$/)
    .map(trimSeparators)
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (pieces.length === 1) return fieldOf(text, pieces[0]!);
  // `07/12/2026 10:30 - Hải Yến - Báo Hà Tĩnh`: the dash after the date parts it from a byline whose own dash parts the
  // writer from the source; the date at one end, the rest is one piece.
  const whole = trimSeparators(kept);
  const byline = !bars && !/\s{2,}/u.test(whole) ? readByline(whole) : null;
  if (byline?.author || byline?.source) return creditFields(byline);
  // `Chuyên mục: Tin hoạt động | Ngày: 05/03/2024 | Tác giả: Hồng Duyên`: labelled fields between bars, each one of them;
  // with no bars, a blog's fields parted by the date (`Posted in Pháp luật on 07/12/2026 by Hồng Quân`), each under its
  // word, or fields each under its label (`07/12/2026 - Chuyên mục: Pháp luật - Tác giả: Hải Yến`).
  if (pieces.length > MAX_FIELDS_BESIDE_DATE || (!bars && !pieces.every((p) => isBlogField(p) || sectionLabelled(p) || isLabelledByline(p)))) return null;
  const fields = pieces.map((piece) => fieldOf(text, piece) ?? filedAlone(piece));
  const twice = (key: keyof OtherField) => fields.filter((f) => f?.[key]).length > 1;
  if (fields.some((f) => f === null) || twice('section') || twice('author') || twice('source')) return null;
  return Object.assign({}, ...fields) as OtherField;
}

/** A piece without the marks that part it from the others (`[An ninh trật tự] -`). */
const trimSeparators = (piece: string) => piece.replace(/^[\s,;:()[\]–—-]+|[\s,;:()[\]–—-]+$/g, '');

/** The sender, a comma, then only the time in square brackets. */
const SENDER_THEN_TIME = /^[^,[\]]+,\s*\[[\d\s.:/-]+\]$/u;

type OtherField = Pick<LineFields, 'author' | 'source' | 'section' | 'place'>;
/** A meta line names the section, the writer and the source beside the date at the most. */
const MAX_FIELDS_BESIDE_DATE = 3;

/** One piece of a dateline besides its dates: see otherFieldIn. */
function fieldOf(text: string, piece: string): OtherField | null {
  // `Số 2845`, `Số 5.123`: the printed issue's number beside its date.
  const issue = ISSUE_LABELS.prefixOf(piece);
  if (issue && /^\s*\d{1,3}(?:[.,]?\d{3})*$/u.test(piece.slice(issue.length))) return {};
  if (isSectionName(piece)) return setApart(text, piece) ? { section: piece } : null;
  const labelled = sectionLabelled(piece);
  if (labelled) return { section: labelled.section };
  // `Hà Giang, ngày 12 tháng 3 năm 2024`, `Hương Sơn, ngày 05 tháng 3 năm 2024`: where it was written, as official
  // papers and letters date themselves: a known place, or any name right before `, ngày`.
  if (isPlaceName(piece) || writtenAt(text, piece)) return { place: piece };
  const link = ACCOUNT_LINKS.prefixOf(piece);
  if (link && accountKind(piece.slice(link.length).replace(/^\s*[:：]?\s*/u, ''))) return {};
  // `07/12/2026 | admin | Tin tức`: the CMS account that posted it, set apart beside the date, credits nobody.
  if (accountKind(piece) === 'known' && setApart(text, piece)) return {};
  // `Đăng ngày 07/12/2026 trong mục Pháp luật`: the category the post was filed in, after the date.
  const category = FILED_ALONE.exec(piece)?.[1];
  if (category && isLabelShaped(category)) return { section: category };
  const found = readByline(piece);
  if (found) return creditFields(found);
  // `Posted by Công an xã Tân Hòa in Hướng dẫn on 18/04/2024`: a blog's poster, then the category it filed the post in.
  const filed = FILED_IN.exec(piece);
  const poster = filed && isLabelShaped(filed[2]!) ? fieldOf(text, filed[1]!) : null;
  return poster && !poster.section ? { ...poster, section: filed![2]! } : null;
}

/** `in Pháp luật`, `trong Pháp luật`, `by Hồng Quân`, `bởi admin`: a blog's field under its word, the date beside it. */
function isBlogField(piece: string): boolean {
  return filedAlone(piece) !== null || /^(?:posted\s+)?(?:by|bởi)\s/iu.test(piece);
}

/** `in Pháp luật`, `trong Pháp luật`: the category alone under its word (the date parts it from the poster), as a section. */
function filedAlone(piece: string): OtherField | null {
  const category = FILED_WORD.exec(piece)?.[1];
  return category && isLabelShaped(category) ? { section: category } : null;
}

/** `… in Hướng dẫn`, `… trong mục Tin tức`, `bởi Admin trong Tin tức`: who posted, then the category. */
/** `in`, `trong mục`: the words before a category; bare `trong` (`in`) only after a poster or beside the date, for it opens phrases too. */
const FILED = String.raw`in|trong(?: chuyên| danh)? mục`;
const FILED_IN = new RegExp(String.raw`^(.+?)\s+(?:${FILED}|trong)\s+(\p{Lu}.*)$`, 'u');
/** `trong mục Tin tức`: the category alone, no poster before it. */
const FILED_ALONE = new RegExp(String.raw`^(?:${FILED})\s+(\p{Lu}.*)$`, 'u');
/** `trong Pháp luật`: the category under its word, parted from the poster by the date. */
const FILED_WORD = new RegExp(String.raw`^(?:${FILED}|trong)\s+(\p{Lu}.*)$`, 'u');

/** `Hương Sơn, ngày …`: the name the line opens with, then a comma and the date's `ngày`. */
function writtenAt(text: string, piece: string): boolean {
  const m = PLACE_THEN_DAY.exec(text);
  return !!m && m[1]!.trim() === piece && /^\p{Lu}/u.test(piece);
}
const PLACE_THEN_DAY = /^([^,\d]+),\s*ngày\s/iu;

/** Marks that set a section apart from the date beside it (`Thời sự | 12/03/2024`, `12-03-2024 - Pháp luật`). */
const SECTION_SEPARATOR = /[|•·,;:()[\]/–—-]/u;

/**
 * Whether a piece stands apart from the rest of the line: a separator, or the
 * line's end, on each side. `Bản tin an ninh trật tự ngày 12/3/2024` names a
 * section in a title, joined to its date by words: it is no dateline.
 */
function setApart(text: string, piece: string): boolean {
  const at = text.indexOf(piece);
  if (at === -1) return false;
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + piece.length).trimStart();
  return (before === '' || SECTION_SEPARATOR.test(before.slice(-1))) && (after === '' || SECTION_SEPARATOR.test(after[0]!));
}

/**
 * Each date with the stretch of the line that belongs to it. The last bar,
 * spaced dash or bullet between two dates ends the first one's stretch;
 * without one, the stretch runs to the next date.
 */
function segments(text: string, dates: DateMatch[]): [DateMatch, { start: number; end: number }][] {
  const ends = dates.map((d, i) => {
    const next = dates[i + 1];
    if (!next) return text.length;
    // `05/12/2026 - 10:30 | Cập nhật: 06/12/2026`: the first date's time may follow a dash of its own.
    const bar = [...text.slice(d.end, next.start).matchAll(/\||\s[-–—]\s|[•·]/g)].at(-1);
    return bar === undefined ? next.start : d.end + bar.index;
  });
  return dates.map((d, i) => [d, { start: i === 0 ? 0 : ends[i - 1]!, end: ends[i]! }]);
}
