import { compareDates, daysBetween, findClosingDate, findDates, findDayMonthDates, findLeadDate, isValidDay, weekdayOf, type DateMatch, type DateValue, type DayMonth } from '../dates.ts';
import type { FieldNote } from './note.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { keyAlternatives } from '../phrases.ts';
import dateWords from '../data/date-words.json' with { type: 'json' };
import { endsLikeSentence, PROSE_MIN_LENGTH } from '../document.ts';

export interface ResolvedDate {
  date: DateValue | null;
  updated: DateValue | null;
  inferred: boolean;
  note: FieldNote | null;
}

export interface DatedParagraph {
  text: string;
  line: number;
}

/** A dated reference counts towards a year when it falls within this many days before the article, */
const REFERENCE_WINDOW_DAYS = 366;
/** or within this many after it: what the article announces for the weeks to come (`… tiêm chủng vào ngày 10/12/2026`). */
const UPCOMING_DAYS = 31;

/**
 * The publication date, in order of trust: a dateline; then a dateline with
 * day and month only, the date a lead opens with (`Ngày 24-9, …`), or the
 * date a brief closes with in brackets (`… tẩu thoát. (04/12)`), their year
 * inferred from dates in the body (or the captions) when they print none,
 * or else from the header's date of today; then nothing (the caller
 * reports `no-date`).
 */
export function resolveDate(published: DateValue | undefined, updated: DateValue | undefined, paragraphs: DatedParagraph[], { dayMonth, captions = [], today }: DateContext = {}): ResolvedDate {
  if (published) {
    const later = updated && compareDates(updated, published) > 0 ? updated : null;
    return { date: published, updated: later, inferred: false, note: null };
  }
  // A page that prints only "Cập nhật …" gives no other date: that one is the article's.
  if (updated) return { date: updated, updated: null, inferred: false, note: null };
  // The photos' captions are the article's text too: a year they print fits as the paragraphs' would.
  const body = [...paragraphs.map((p) => p.text), ...captions].join('\n');
  if (dayMonth) {
    const { weekday, ...day } = dayMonth;
    const year = inferYear(day, body, weekday, today);
    if (!year) return none();
    return {
      date: { year: year.year, ...day },
      updated: null,
      inferred: true,
      note: { field: 'date', rule: 'dateline-day-month', line: paragraphs[0]?.line ?? null, reason: `the dateline prints day and month only; the year ${year.year} fits ${year.evidence}` },
    };
  }
  const [lead, next] = leadOf(paragraphs);
  return (
    datedParagraph(lead, findLeadDate, 'lead-date', 'the lead opens with', body, today) ??
    datedParagraph(next, findLeadDate, 'lead-date', 'the paragraph under the deck opens with', body, today) ??
    datedParagraph(paragraphs.at(-1), findClosingDate, 'closing-date', 'the last paragraph closes with', body, today) ??
    none()
  );
}

/**
 * The lead: the first paragraph that reads as text, a sentence or a long
 * line, and the one under it, which opens the text when the lead is a
 * deck (`Giả danh đại lý vé máy bay, …` over `Ngày 7/12/2026, Công an …`).
 * A short line over them that no rule knew (a button's words) does not open
 * the article's text, and dates nothing.
 */
function leadOf(paragraphs: readonly DatedParagraph[]): [DatedParagraph | undefined, DatedParagraph | undefined] {
  const at = paragraphs.findIndex((p) => p.text.length >= PROSE_MIN_LENGTH || endsLikeSentence(p.text));
  return at === -1 ? [paragraphs[0], undefined] : [paragraphs[at], paragraphs[at + 1]];
}

/** What dates a page beside its datelines: a dateline's day and month, the photos' captions (the article's text too), the header's date of today. */
export interface DateContext {
  dayMonth?: DayMonth;
  captions?: readonly string[];
  /** The header's date of today (see header-widget): the day the page was copied, the latest the article can be. */
  today?: DateValue;
}

const none = (): ResolvedDate => ({ date: null, updated: null, inferred: false, note: null });

/**
 * The date a paragraph gives where papers print it (a lead's opening words,
 * a brief's closing bracket), its year inferred from the body when it prints
 * none; null when it gives none, or no year fits.
 */
function datedParagraph(paragraph: DatedParagraph | undefined, find: (text: string) => DateMatch | null, rule: string, where: string, body: string, today?: DateValue): ResolvedDate | null {
  const found = paragraph ? find(paragraph.text) : null;
  if (!paragraph || !found) return null;
  const printed = paragraph.text.slice(found.start, found.end);
  if (found.year !== undefined) {
    return { date: { year: found.year, month: found.month, day: found.day }, updated: null, inferred: false, note: { field: 'date', rule, line: paragraph.line, reason: `no dateline; ${where} the date '${printed}'` } };
  }
  const year = inferYear(found, body, undefined, today);
  if (!year) return null;
  return {
    date: { year: year.year, month: found.month, day: found.day },
    updated: null,
    inferred: true,
    note: { field: 'date', rule, line: paragraph.line, reason: `no dateline; ${where} '${printed}', and the year ${year.year} fits ${year.evidence}` },
  };
}

/** English months by their full names, as an English text prints them, capitalised (`May` alone, in lower case, is a verb). */
const ENGLISH_MONTHS = new Map(Object.entries(dateWords.months).filter(([name]) => /^[a-z]{4,}$/u.test(name) || name === 'may').map(([name, month]) => [name[0]!.toUpperCase() + name.slice(1), month]));
const MONTH_NAME = new RegExp(`\\b(?:${[...ENGLISH_MONTHS.keys()].join('|')})\\b`, 'gu');

/**
 * `Updated: 12/05/2026 16:20` on an English page whose text names December
 * and never May: the date printed in digits month first, as an American
 * CMS prints it. Read day first, as Vietnam prints dates, it is 12 May; the
 * months the text names say it is 5 December. Null when the printed date
 * reads one way only, or the text names neither month, or both.
 */
export function monthFirstDate(date: DateValue, printed: string, body: string): DateValue | null {
  if (date.day > 12 || date.day === date.month) return null;
  const digits = new RegExp(`(?<!\\d)0?${date.day}(?<sep>[/.-])0?${date.month}\\k<sep>${date.year}(?!\\d)`, 'u');
  if (!digits.test(printed)) return null;
  const named = new Set([...body.matchAll(MONTH_NAME)].map((m) => ENGLISH_MONTHS.get(m[0])));
  const swapped = { ...date, day: date.month, month: date.day };
  return named.has(swapped.month) && !named.has(date.month) && isValidDay(swapped) ? swapped : null;
}

/** `2024-03-07-bat-giu.txt`, `2024/03/07/bat-giu.txt`, `20240307_tin.txt`: a day in the file's path, as static-site generators name posts. */
const PATH_DATE = /(?:^|[/_.-])((?:19|20)\d{2})([-_./]?)(\d{2})\2(\d{2})(?=[/_.-]|$)/u;

/**
 * When the text gives no date at all, the day the file's path names
 * (`2024-03-07-bat-giu.txt`), the way editors who name their files by date
 * expect; null when it names none.
 */
export function dateFromPath(file: string): ResolvedDate | null {
  const m = PATH_DATE.exec(file.replace(/\.[^./]+$/u, ''));
  const date = m ? { year: +m[1]!, month: +m[3]!, day: +m[4]! } : null;
  if (!date || !isValidDay(date)) return null;
  return { date, updated: null, inferred: true, note: { field: 'date', rule: 'file-name-date', line: null, reason: `the text gives no date; the file's name gives ${m![0].replace(/^[/_.-]/u, '')}` } };
}

/** How many days before a bulletin's day the news it reports may be: a week's. */
const BULLETIN_NEWS_DAYS = 7;

/**
 * When the text gives no date at all, the day a bulletin's title names
 * (`Bản tin truyền thanh ngày 7/12/2026`): one date with its year, and no
 * other (`tuần từ 30/11 đến 6/12/2026` is a week, not a day), which the text
 * bears out: it reports a day of the week before, or the day itself
 * (`Ngày 5/12, UBND xã …`). A title that recalls a day long past (`Chiến
 * thắng Điện Biên Phủ 7/5/1954`) over today's news dates nothing.
 */
export function dateFromTitle(title: { text: string; line: number | null }, paragraphs: DatedParagraph[]): ResolvedDate | null {
  const dates = findDates(title.text);
  const [found] = dates;
  if (!found || dates.length > 1 || findDayMonthDates(title.text, dates).length > 0) return null;
  const date = { year: found.year!, month: found.month, day: found.day };
  const body = paragraphs.map((p) => p.text).join('\n');
  const full = findDates(body);
  const reported = [...full, ...findDayMonthDates(body, full)].map((d) => ({ year: d.year ?? date.year, month: d.month, day: d.day }));
  if (!reported.some((d) => daysBetween(d, date) >= 0 && daysBetween(d, date) <= BULLETIN_NEWS_DAYS)) return null;
  const printed = title.text.slice(found.start, found.end);
  return { date, updated: null, inferred: true, note: { field: 'date', rule: 'title-date', line: title.line, reason: `the text gives no date line; the title names the day '${printed}'` } };
}

/** A web address printed with the copy. */
const ADDRESS = /https?:\/\/[^\s"'<>]+/giu;
/** `…/2026/12/07/bat-giu-…`: a blog's permalink, the day it was posted in its path. */
const PERMALINK_DATE = /\/(20\d{2})\/(\d{1,2})\/(\d{1,2})\//u;
/** `…-20261207102034567.htm`: a paper's article number, which opens with the minute it was published. */
const NUMBERED_DATE = /[-/](20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{3,8}\.html?(?![\w])/u;

/**
 * When the text gives no date at all, the day the page's own address names,
 * printed with the copy (a print view's address at the top, `Nguồn:
 * https://…` at the end): a permalink's date, or the minute a paper's article
 * number opens with. The lines are the page's, not the article's text, whose
 * links are other pages'. Null when none names one.
 */
export function dateFromAddress(lines: readonly { text: string; number: number }[]): ResolvedDate | null {
  for (const line of lines) {
    for (const [address] of line.text.matchAll(ADDRESS)) {
      const date = addressDate(address);
      if (date) return { date, updated: null, inferred: true, note: { field: 'date', rule: 'address-date', line: line.number, reason: `the text gives no date; the page's address gives one (${address})` } };
    }
  }
  return null;
}

function addressDate(address: string): DateValue | null {
  const numbered = NUMBERED_DATE.exec(address);
  if (numbered) {
    const [hour, minute] = [+numbered[4]!, +numbered[5]!];
    const date = { year: +numbered[1]!, month: +numbered[2]!, day: +numbered[3]! };
    return isValidDay(date) && hour < 24 && minute < 60 ? { ...date, hour, minute } : null;
  }
  const permalink = PERMALINK_DATE.exec(address);
  const date = permalink ? { year: +permalink[1]!, month: +permalink[2]!, day: +permalink[3]! } : null;
  return date && isValidDay(date) ? date : null;
}

/**
 * The year that puts the most of the body's dated references in the year
 * before the article, or in the month after it (what it announces); as many
 * either way, the year that puts one nearest. Year ranges (`2020-2025`) are
 * not dates and are never read; a deadline further in the future of the
 * article does not count for it. A weekday printed with the date rules out
 * the years it does not fall on; with no dated reference left, the year is
 * the first one on that weekday from the latest year the body names.
 */
function inferYear(dayMonth: { day: number; month: number }, body: string, weekday?: number, today?: DateValue): { year: number; evidence: string } | null {
  const references = findDates(body).map((d) => ({ year: d.year!, month: d.month, day: d.day, printed: body.slice(d.start, d.end) }));
  const onWeekday = (year: number) => weekday === undefined || weekdayOf({ year, ...dayMonth }) === weekday;
  const candidates = [...new Set(references.flatMap((r) => [r.year, r.year + 1]))].filter(onWeekday).sort((a, b) => a - b);
  let best: { year: number; evidence: string; score: number; nearest: number } | null = null;
  for (const year of candidates) {
    const candidate = { year, ...dayMonth };
    const supporting = references.filter((r) => {
      const days = daysBetween(r, candidate);
      return days >= -UPCOMING_DAYS && days <= REFERENCE_WINDOW_DAYS;
    });
    // As many references either way: the year that puts one of them nearest the article.
    const nearest = Math.min(...supporting.map((r) => Math.abs(daysBetween(r, candidate))));
    if (supporting.length > 0 && (!best || supporting.length > best.score || (supporting.length === best.score && nearest < best.nearest))) {
      best = { year, score: supporting.length, nearest, evidence: `the dates in the body (${supporting.map((r) => `'${r.printed}'`).join(', ')})` };
    }
  }
  return best ?? (weekday === undefined ? yearMostNamed(body, dayMonth.month) : yearFromWeekday(dayMonth, body, weekday)) ?? (today ? yearUpTo(dayMonth, today, weekday) : null);
}

/**
 * The year that puts the day no later than the header's date of today and
 * nearest it (the page was copied on that day, or after the article): on
 * the printed weekday, when there is one, within a few years.
 */
function yearUpTo(dayMonth: { day: number; month: number }, today: DateValue, weekday?: number): { year: number; evidence: string } | null {
  const first = dayMonth.month < today.month || (dayMonth.month === today.month && dayMonth.day <= today.day) ? today.year : today.year - 1;
  for (let year = first; year > first - WEEKDAY_CYCLE_YEARS; year--) {
    if (weekday === undefined || weekdayOf({ year, ...dayMonth }) === weekday) {
      return { year, evidence: `the header's date of today (${today.day}/${today.month}/${today.year}), the nearest year no later${weekday === undefined ? '' : ' on the printed weekday'}` };
    }
  }
  return null;
}

const NAMED_YEARS = dateWords.namedYears;
/** `đến năm 2030`, `tầm nhìn 2045`, `giai đoạn 2021 - 2025`: a target or a span, not the year the article tells of. */
const TARGET_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${keyAlternatives(NAMED_YEARS.targets)})(?:\\s+nam)?\\s*$`, 'u');
/** How a year named after each kind of words stands to the article's year, by the article's month (see date-words.json namedYears). */
const YEAR_SHIFTS: readonly { words: RegExp; shift: (month: number) => number }[] = [
  { words: wordsIn(NAMED_YEARS.reviews), shift: (month) => (month <= 2 ? 1 : 0) },
  { words: wordsIn(NAMED_YEARS.plans), shift: (month) => (month >= 11 ? -1 : 0) },
  { words: wordsIn(NAMED_YEARS.comparisons), shift: () => 1 },
];
/** How far back from a year its clause is read, at most. */
const CLAUSE_REACH = 80;

function wordsIn(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${keyAlternatives(words)})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The article's year a named year stands for: moved by the last review, plan or comparison words in its clause, if any. */
function yearMeant(year: number, clause: string, month: number): number {
  let last = { at: -1, shift: 0 };
  for (const { words, shift } of YEAR_SHIFTS) {
    for (const m of clause.matchAll(words)) if (m.index > last.at) last = { at: m.index, shift: shift(month) };
  }
  return year + last.shift;
}

/**
 * With no dated reference at all, the year the body names most (`công tác
 * năm 2024`, `từ tháng 1/2024`), each as the article's year it stands for in
 * a month of the article's (see yearMeant), the latest of those named as
 * often; years named as a target or a span do not count.
 */
function yearMostNamed(body: string, month: number): { year: number; evidence: string } | null {
  const counts = new Map<number, { times: number; moved: string[] }>();
  const named = [...body.matchAll(NAMED_YEAR), ...body.matchAll(MONTH_YEAR)].sort((a, b) => a.index - b.index);
  let clauseStart = 0;
  for (const m of named) {
    const before = matchKey(body.slice(Math.max(clauseStart, m.index - CLAUSE_REACH), m.index));
    // `2021 - 2025`: a span's end, only a dash after the year named before it.
    const spanEnd = clauseStart > 0 && /^\s*[-–—]\s*$/u.test(before);
    clauseStart = m.index + m[0].length;
    if (spanEnd || TARGET_BEFORE.test(before)) continue;
    const printed = Number(m[1] ?? m[0]);
    const year = yearMeant(printed, before.slice(before.search(/[^.;!?]*$/u)), month);
    const count = counts.get(year) ?? { times: 0, moved: [] };
    count.times++;
    if (year !== printed) count.moved.push(`'${printed}'`);
    counts.set(year, count);
  }
  const most = [...counts].sort((a, b) => b[1].times - a[1].times || b[0] - a[0])[0];
  if (!most) return null;
  const [year, { times, moved }] = most;
  const read = moved.length > 0 ? `, ${moved.join(', ')} read as a review, a plan or a comparison in month ${month}` : '';
  return { year, evidence: `the year the body names most ('${year}', ${times} time${times === 1 ? '' : 's'}${read})` };
}

/** A weekday recurs on a date every 5 to 11 years. */
const WEEKDAY_CYCLE_YEARS = 11;
/** A year printed on its own (`năm 2023`), not part of a number, a date or a range. */
const NAMED_YEAR = /(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]?\d)/g;
/** `tháng 1/2024`, `tháng 12-2023`: a month of a year, which names the year as well. */
const MONTH_YEAR = /tháng\s+(?:0?[1-9]|1[0-2])\s*[/-]\s*((?:19|20)\d\d)(?![\d/-])/giu;

function yearFromWeekday(dayMonth: { day: number; month: number }, body: string, weekday: number): { year: number; evidence: string } | null {
  const named = [...body.matchAll(NAMED_YEAR)].map((m) => Number(m[0]));
  if (named.length === 0) return null;
  const latest = Math.max(...named);
  for (let year = latest; year <= latest + WEEKDAY_CYCLE_YEARS; year++) {
    if (weekdayOf({ year, ...dayMonth }) === weekday) return { year, evidence: `the printed weekday, in the first such year from ${latest}, the latest year the body names` };
  }
  return null;
}
