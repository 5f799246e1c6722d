import { DateTime, FixedOffsetZone } from 'luxon';
import { foldInPlace, matchKey } from '../vietnamese/fold.ts';
import words from './data/date-words.json' with { type: 'json' };
import { escapeRegExp, keyAlternatives, matchSpans, PhraseList, type Span } from './phrases.ts';

/** A calendar date, with a wall-clock time in the site's zone when one is printed. */
export interface DateValue {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  /** Printed by some CMSs (`14:32:10`); most print minutes only. */
  second?: number;
  /** The offset from UTC the time was printed in, in minutes, when printed (`Z`, `+07:00`); else the time is the zone's. */
  offset?: number;
}

/** A date printed without its year (`Thứ Hai, 15/4`), with the weekday when the line names one (ISO: Monday 1 … Sunday 7). */
export type DayMonth = Omit<DateValue, 'year'> & { weekday?: number };

/** A date found in a line: where it stands, and what it says. `year` is absent for day-month dates. */
export interface DateMatch {
  start: number;
  end: number;
  year?: number;
  month: number;
  day: number;
  /** A time printed inside the same expression (ISO 8601), maybe with its offset. */
  hour?: number;
  minute?: number;
  second?: number;
  offset?: number;
}

export interface TimeMatch {
  start: number;
  end: number;
  hour: number;
  minute: number;
  second?: number;
}

export const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';

const ABBREVIATED_WEEKDAYS = new Set(words.weekdayAbbreviations.map(matchKey));
/** The weekdays' names in full (`Thứ Hai`, `Chủ nhật`, `Monday`), not their abbreviations (`T2`, which names other things alone). */
export const WEEKDAY_NAMES = Object.keys(words.weekdays).filter((w) => !ABBREVIATED_WEEKDAYS.has(matchKey(w)));
const WEEKDAYS = new PhraseList(WEEKDAY_NAMES);
/** `Thứ Tư`, `Chủ nhật,`: a weekday's name alone, as a page that sets its dateline's parts apart prints it. */
export const isWeekdayAlone = (text: string) => text.length <= MAX_WEEKDAY_LENGTH && WEEKDAYS.equals(text.replace(/[,:]$/u, ''));
/** `Chủ nhật,`, `Wednesday:`: longer lines are not asked (every line of every page is). */
const MAX_WEEKDAY_LENGTH = 12;

/** Month names as the patterns see them: folded (`tháng ba` is `thang ba`). */
const MONTHS: Record<string, number> = Object.fromEntries(Object.entries(words.months).map(([name, month]) => [foldInPlace(name), month]));
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** `15/8/24`: day, month and a year of two digits, the separator the same twice. */
const SHORT_DATE = String.raw`(?<![\d.\/-])(\d{1,2})([\/.-])(\d{1,2})\2(\d{2})(?![\d.\/-])`;
const TIME_AFTER = String.raw`\s*(?:[-|,]\s*)?\d{1,2}[:h]\d{2}`;
const TIME_BEFORE = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[-|,]\s*)?`;

/**
 * What a dateline prints before its date: a label (`Ngày đăng:`, `Cập nhật`)
 * or the weekday (`Thứ Hai,`, `T2 -`), folded as the patterns see them.
 */
const DATE_HERALDS = keyAlternatives([...words.publishedLabels, ...words.updatedLabels, ...Object.keys(words.weekdays)]);

/** Sites that print two digits began in the late 1990s: `98` is 1998, `24` is 2024. */
function twoDigitYear(yy: number): number {
  return yy >= 90 ? 1900 + yy : 2000 + yy;
}

/**
 * Date layouts, matched on the folded, lower-cased line (so `thang`, `tháng`
 * and `THÁNG` are one). Each yields day, month and year positions.
 */
const FULL_DATE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => Omit<DateMatch, 'start' | 'end'> }[] = [
  {
    // 2022-10-17, 2022-10-17T04:44:00+07:00
    re: /(?<![\d.\/-])(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}:?\d{2})?)?(?![\d.\/-])/g,
    parts: (m) => ({
      year: +m[1]!,
      month: +m[2]!,
      day: +m[3]!,
      ...(m[4] ? { hour: +m[4], minute: +m[5]!, ...(m[6] ? { second: +m[6] } : {}), ...(m[7] ? { offset: offsetMinutes(m[7]) } : {}) } : {}),
    }),
  },
  {
    // 17/10/2022, 17-10-2022, 17.10.2022, 17 / 10 / 2022
    re: /(?<![\d.\/-])(\d{1,2}) ?([\/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?![\d])/g,
    parts: (m) => ({ day: +m[1]!, month: +m[3]!, year: +m[4]! }),
  },
  {
    // 15/8/24 22:40, 22:40 - 15/08/24: a two-digit year, read as a date only beside a time
    re: new RegExp(`${SHORT_DATE}(?=${TIME_AFTER})|(?<=${TIME_BEFORE})${SHORT_DATE.replace('\\2', '\\6')}`, 'g'),
    parts: (m) => {
      const [day, month, year] = m[1] ? [m[1], m[3]!, m[4]!] : [m[5]!, m[7]!, m[8]!];
      return { day: +day, month: +month, year: twoDigitYear(+year) };
    },
  },
  {
    // Ngày đăng: 15/8/24, Cập nhật 15-08-24, Thứ Hai, 07/12/26: a two-digit year after a date's label or its weekday is a date too
    // The cheap look ahead first: the heralds are looked behind for only where a short date starts.
    re: new RegExp(`(?=\\d{1,2}[\\/.-]\\d{1,2}[\\/.-]\\d{2}(?!\\d))(?<=(?:^|[^a-z\\d])(?:${DATE_HERALDS})\\s*[:：,|–-]?\\s*)${SHORT_DATE}`, 'g'),
    parts: (m) => ({ day: +m[1]!, month: +m[3]!, year: twoDigitYear(+m[4]!) }),
  },
  {
    // 07/12/26 on a line of its own: nothing else there reads as a day, a month and a year.
    re: new RegExp(`^${SHORT_DATE}$`, 'g'),
    parts: (m) => ({ day: +m[1]!, month: +m[3]!, year: twoDigitYear(+m[4]!) }),
  },
  {
    // 2022/10/17, 2022.10.17
    re: /(?<![\d.\/-])(\d{4})([\/.])(\d{1,2})\2(\d{1,2})(?![\d.\/])/g,
    parts: (m) => ({ year: +m[1]!, month: +m[3]!, day: +m[4]! }),
  },
  {
    // ngày 17 tháng 10 năm 2022, ngày mùng 7 tháng 3 năm 2024, 17 tháng 10, 2022, 17 thg 10, 2022 (Google's and Facebook's Vietnamese),
    // 05 Thg 01 2026 (Moment.js's), 05 Th12 2026
    re: /(?:ngay\s+)?(?:m[uo]ng\s+)?(\d{1,2})\s+th(?:an)?g?\s*(\d{1,2})\s*(?:,\s*|\s+nam\s+|\/|\s)\s*(?:nam\s+)?(\d{4})(?!\d)/g,
    parts: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }),
  },
  {
    // December, 05/2026 (Viet Nam News's dateline: the month's name, then the day and the year)
    re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s*,\\s*(\\d{1,2})\\s*\\/\\s*(\\d{4})(?!\\d)`, 'g'),
    parts: (m) => ({ month: MONTHS[m[1]!]!, day: +m[2]!, year: +m[3]! }),
  },
  {
    // October 17, 2022; Oct. 17th 2022; Tháng Ba 17, 2022
    re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)`, 'g'),
    parts: (m) => ({ month: MONTHS[m[1]!]!, day: +m[2]!, year: +m[3]! }),
  },
  {
    // 17 October 2022; 17th Oct, 2022; 07 tháng Ba năm 2024
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?\\s*,?\\s+(?:nam\\s+)?(\\d{4})(?!\\d)`, 'g'),
    parts: (m) => ({ day: +m[1]!, month: MONTHS[m[2]!]!, year: +m[3]! }),
  },
];

const DAY_MONTH_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => { day: number; month: number } }[] = [
  // 24-9, 07/9: not followed by a year (`24-9-2024`, `24/9 - 2024`) or other numbers (`2-1 3-0`); a time may follow (`28/12 08:30`, `28/12 - 8h30`)
  { re: /(?<![\d.\/-])(\d{1,2}) ?([\/-]) ?(\d{1,2})(?![\/.-]?\d)(?! ?[\/.-]? ?\d(?!\d? ?[:hg]))/g, parts: (m) => ({ day: +m[1]!, month: +m[3]! }) },
  // ngày 24 tháng 9, 24 thg 9
  { re: /(?:ngay\s+)?(\d{1,2})\s+th(?:an)?g\s+(\d{1,2})(?!\s*(?:,|nam|\/)\s*\d)(?!\d)/g, parts: (m) => ({ day: +m[1]!, month: +m[2]! }) },
];

const AM = new Set(words.amMarkers.map((w) => foldInPlace(w)));
const PM = new Set(words.pmMarkers.map((w) => foldInPlace(w)));
const DAY_PARTS = [...AM, ...PM].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// 04:44, 14:32:10, 10h30, 10g30, 10 giờ 30, with SA/CH/AM/PM or the part of the day (`8:30 tối`) after it;
// and the hour alone in words, `3 giờ chiều`, `15h`.
const TIME_PATTERN = new RegExp(`(?<![\\d:.,\\/])(\\d{1,2}) ?(?:(?::|h|g|gio) ?(\\d{2})(?::(\\d{2}))?(?!\\d)(?: ?phut)?|(?:gio|h)(?![\\d:a-z]))(?:\\s*(${DAY_PARTS})(?![a-z]))?`, 'g');

/** `z` → 0, `+07:00` or `-0530` → minutes east of UTC (text folded, so `Z` is lower case). */
function offsetMinutes(printed: string): number {
  if (printed === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(printed)!;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}

/** Dates with a year, in the order they appear. */
export function findDates(text: string): DateMatch[] {
  const folded = foldInPlace(text);
  const found: DateMatch[] = [];
  for (const { re, parts } of FULL_DATE_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const value = parts(m as RegExpExecArray);
      const match = { start: m.index, end: m.index + m[0].length, ...value };
      if (isValidDay(match) && !overlaps(found, match)) found.push(match);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Dates printed with day and month only (`24-9`, `ngày 24 tháng 9`); `full` are the text's dates with a year, when already found. */
export function findDayMonthDates(text: string, full = findDates(text)): DateMatch[] {
  const folded = foldInPlace(text);
  const found: DateMatch[] = [];
  for (const { re, parts } of DAY_MONTH_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const match = { start: m.index, end: m.index + m[0].length, ...parts(m as RegExpExecArray) };
      if (isValidDay({ ...match, year: 2000 }) && !overlaps(full, match) && !overlaps(found, match)) found.push(match);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findTimes(text: string): TimeMatch[] {
  const folded = foldInPlace(text);
  const found: TimeMatch[] = [];
  for (const m of folded.matchAll(TIME_PATTERN)) {
    let hour = +m[1]!;
    const minute = m[2] === undefined ? 0 : +m[2];
    const second = m[3] === undefined ? undefined : +m[3];
    const marker = m[4];
    if (marker && PM.has(marker) && hour < 12) hour += 12;
    if (marker && AM.has(marker) && hour === 12) hour = 0;
    if (hour > 23 || minute > 59 || (second ?? 0) > 59) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hour, minute, ...(second === undefined ? {} : { second }) });
  }
  return found;
}

function overlaps(found: { start: number; end: number }[], m: { start: number; end: number }): boolean {
  return found.some((f) => m.start < f.end && f.start < m.end);
}

/** Years a news archive can hold; anything else is a number that looks like a date. */
const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;

export function isValidDay(d: { year?: number; month: number; day: number }): boolean {
  if (d.year === undefined || d.year < FIRST_YEAR || d.year > LAST_YEAR) return false;
  return DateTime.fromObject({ year: d.year, month: d.month, day: d.day }).isValid;
}

export function isValidDate(v: DateValue): boolean {
  if (!isValidDay(v)) return false;
  return v.hour === undefined || (v.hour >= 0 && v.hour < 24 && (v.minute ?? 0) >= 0 && (v.minute ?? 0) < 60 && (v.second ?? 0) >= 0 && (v.second ?? 0) < 60);
}

/** `2022-10-17` for a day; `2022-10-17T04:44:00+07:00` when a time is known. */
export function formatDate(v: DateValue, zone = VIETNAM_ZONE): string {
  if (v.hour === undefined) {
    return `${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
  }
  // A time printed with its offset (`2024-03-07T08:20:00Z`) is that instant, told in the zone.
  const printedIn = v.offset === undefined ? zone : FixedOffsetZone.instance(v.offset);
  const dt = DateTime.fromObject({ year: v.year, month: v.month, day: v.day, hour: v.hour, minute: v.minute ?? 0, second: v.second ?? 0 }, { zone: printedIn }).setZone(zone);
  return dt.toISO({ suppressMilliseconds: true })!;
}

/** Orders dates; a date without a time counts as its start. */
export function compareDates(a: DateValue, b: DateValue): number {
  return a.year - b.year || a.month - b.month || a.day - b.day || (a.hour ?? 0) - (b.hour ?? 0) || (a.minute ?? 0) - (b.minute ?? 0) || (a.second ?? 0) - (b.second ?? 0);
}

/** The ISO weekday (Monday 1 … Sunday 7) a date falls on. */
export function weekdayOf(v: DateValue): number {
  return DateTime.fromObject({ year: v.year, month: v.month, day: v.day }, { zone: 'utc' }).weekday;
}

/** Days from a to b (positive when b is later), ignoring times. */
export function daysBetween(a: DateValue, b: DateValue): number {
  const da = DateTime.fromObject({ year: a.year, month: a.month, day: a.day }, { zone: 'utc' });
  const db = DateTime.fromObject({ year: b.year, month: b.month, day: b.day }, { zone: 'utc' });
  return Math.round(db.diff(da, 'days').days);
}

/**
 * The date a news lead opens with: `Sáng 22/6, …`, `Ngày 24-9, …`,
 * `Chiều 14/10/2022, …`. Leads put it in their first few words.
 */
export function findLeadDate(text: string): DateMatch | null {
  // `(Dân trí) - Ngày 5/12, …`, `CAND - Sáng 7/3, …`: the paper's signature before the lead's opening words.
  const signed = LEAD_SIGNATURE.exec(text)?.[0].length ?? 0;
  const lead = text.slice(signed);
  const dayOpener = LEAD_OPENERS.prefixOf(lead);
  const opener = dayOpener ?? LEAD_TIME_OPENERS.prefixOf(lead) ?? '';
  // `Khoảng 2 giờ sáng 7/12`, `Lúc 20h ngày 6/12`, `20h30 ngày 6/12`: the time of day between the opener and the date.
  const time = findTimes(lead).find((t) => t.start <= opener.length + 1);
  if (!dayOpener && !time) return null;
  const from = time?.end ?? opener.length;
  const window = lead.slice(0, from + LEAD_DATE_WINDOW);
  const full = findDates(window);
  const dates = [...full, ...findDayMonthDates(window, full)].sort((a, b) => a.start - b.start);
  const first = dates[0];
  return first && first.start >= from && first.start <= from + LEAD_DATE_GAP ? { ...first, start: first.start + signed, end: first.end + signed } : null;
}
/** The words between the opener (or the time) and the date, at the most: `ngày`, `, ngày`, `sáng`. */
const LEAD_DATE_GAP = 8;
/** A paper's signature opening its lead: its name in brackets, or a few capitalised words (`CAND`, `VTV.vn`, `HÀ NỘI`), then a dash. */
const LEAD_SIGNATURE = /^(?:\([^()]{2,30}\)|\p{Lu}[\p{L}\d.]{1,14}(?:\s\p{Lu}[\p{L}\d.]{0,14}){0,2})\s*[-–—]\s+/u;

/**
 * The date a news brief closes with, in brackets after its last sentence
 * (`… rồi tẩu thoát. (04/12)`), as papers print their short items.
 */
export function findClosingDate(text: string): DateMatch | null {
  const m = CLOSING_BRACKET.exec(text);
  if (!m) return null;
  const inside = m[1]!;
  const start = m.index + m[0].indexOf(inside);
  const full = findDates(inside);
  const [date] = full.length > 0 ? full : findDayMonthDates(inside, full);
  return date && date.end - date.start === inside.trim().length ? { ...date, start: start + date.start, end: start + date.end } : null;
}
/** A bracket after the last sentence's stop, ending the text. */
const CLOSING_BRACKET = /[.!?…]\s*\(\s*([^()]{3,12}?)\s*\)\s*$/u;

/** How far after the opener word a lead's date may start: `Chiều tối qua (ngày 14/10)`. */
const LEAD_DATE_WINDOW = 24;
const LEAD_OPENERS = new PhraseList(words.leadOpeners);
const LEAD_TIME_OPENERS = new PhraseList(words.leadTimeOpeners.phrases);

const { units: AGO_UNITS, ago: AGO_WORDS, phrases: AGO_PHRASES, recentDays: RECENT_DAYS } = words.relativeTimes;
/** `Hôm qua lúc 20:15`, `Hôm nay, 08:30`: a time of a day told by how recent it is, in folded text. */
const RECENT_DAY_TIME = `(?:${keyAlternatives(RECENT_DAYS)}),?(?:\\s+(?:${keyAlternatives(words.fillers)}))?\\s+\\d{1,2}[:h]\\d{2}`;
/** `3 giờ trước`, `vừa xong`, `Hôm qua lúc 08:30`: how long ago the page was posted, in folded text (a pattern's source, to build on). */
export const RELATIVE_TIME_SOURCE = `(?:\\d+\\s*(?:${keyAlternatives(AGO_UNITS)})\\s+(?:${keyAlternatives(AGO_WORDS)})|${keyAlternatives(AGO_PHRASES)}|${RECENT_DAY_TIME})`;
const RELATIVE_TIME = new RegExp(`(?<![\\p{L}\\p{N}])${RELATIVE_TIME_SOURCE}(?![\\p{L}])`, 'gu');

/**
 * `5 giờ`, `3 ngày ·`, `Hôm qua lúc 20:15`, `Vừa xong`: a social network's
 * post dated by its age alone, on a line of its own under its poster. The
 * network leaves out the word for 'ago', and the day is the copy's, unknown
 * here.
 */
export function isPostAge(text: string): boolean {
  return POST_AGE.test(foldInPlace(text).replace(/[\s·.]+$/u, '').trim());
}
const POST_AGE = new RegExp(`^(?:\\d+\\s*(?:${keyAlternatives(AGO_UNITS)})(?:\\s+(?:${keyAlternatives(AGO_WORDS)}))?|${keyAlternatives(AGO_PHRASES)}|${RECENT_DAY_TIME})$`, 'u');

/** Where the text says how long ago the page was posted (`22/07/2024, 10:15 · 3 giờ trước`). */
export function findRelativeTimes(text: string): Span[] {
  return matchSpans(foldInPlace(text), RELATIVE_TIME);
}
