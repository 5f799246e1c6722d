import { foldInPlace } from '../vietnamese/fold.ts';
import data from './data/counters.json' with { type: 'json' };
import { blank, keyAlternatives, matchSpans, type Span } from './phrases.ts';

/** Words that multiply a rounded count, by their folded form. */
const MULTIPLIERS = new Map(Object.entries(data.multipliers.words).map(([word, times]) => [foldInPlace(word), times]));
const MULTIPLIER = keyAlternatives(Object.keys(data.multipliers.words));

/**
 * A number as CMS counters print it: `280`, `12.405` and `12,405` (Vietnamese
 * and English thousands separators), `1 234`, `1,2K`, `2,5 nghìn`.
 */
const NUMBER = String.raw`(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?\s?(?:${MULTIPLIER})(?![\p{L}])|\d+)`;

/** `1,2k`, `2,5 nghin`: a rounded count and its multiplier, folded. */
const ROUNDED = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s?(${MULTIPLIER})$`, 'u');

export function parseCount(printed: string): number | null {
  const text = foldInPlace(printed.trim());
  const rounded = ROUNDED.exec(text);
  if (rounded) return Math.round(parseFloat(rounded[1]!.replace(',', '.')) * MULTIPLIERS.get(rounded[2]!)!);
  if (!/^\d{1,3}(?:[.,\u00a0 ]\d{3})+$|^\d+$/.test(text)) return null;
  return Number(text.replace(/[.,\u00a0 ]/g, ''));
}

/** `286`, `(354)`: a count alone on its line, maybe in brackets, with no label: what a page prints under its title for its views. */
export function bareCount(text: string): number | null {
  return parseCount(text.replace(/^[(\[]|[)\]]$/g, ''));
}

const VIEW = keyAlternatives(data.viewLabels);
const NOT_VIEW = keyAlternatives(data.notViewLabels);
const VIEW_UNITS = keyAlternatives(data.viewUnits.units);
// "Lượt xem: 280", "Lượt xem (280)", "👁 1.532 lượt", "280 lượt xem", "(280 lượt xem)"
/** `phút`, `min`: a reading time's units; `Đọc: 5 phút` is no counter (see readingTime). */
const MINUTES = keyAlternatives(data.readingTime.units);
const LABEL_FIRST = new RegExp(String.raw`(?<![\p{L}])(${VIEW})\uFE0F?\s*[:：]?\s*[(\[]?\s*${NUMBER}(?:\s+(?:${VIEW_UNITS})(?![\p{L}]))?\s*[)\]]?(?![\p{L}\d])(?!\s*(?:${MINUTES})(?![\p{L}]))`, 'gu');
const NUMBER_FIRST = new RegExp(String.raw`[(\[]?(?<![\d.,])${NUMBER}\s+(${VIEW})(?![\p{L}])\s*[)\]]?`, 'gu');
// "Bài viết đã được xem 1.234 lần"
const SENTENCE = new RegExp(String.raw`(?<![\p{L}])(?:${keyAlternatives(data.viewSentence.openers)})\s+${NUMBER}\s+(?:${VIEW_UNITS})(?![\p{L}])\.?`, 'gu');
const OTHER_COUNTER = new RegExp(String.raw`(?<![\p{L}])(${NOT_VIEW})\s*[:：]?\s*[(\[]?\s*\d|\d\s*(${NOT_VIEW})(?![\p{L}])`, 'u');

/** Every like, share or comment count, labelled either side (`Bình luận: 0`, `12 lượt chia sẻ`) or both (`💬 34 bình luận`). */
const OTHER_COUNTERS = new RegExp(String.raw`(?<![\p{L}])(?:${NOT_VIEW})\s*[:：]?\s*[(\[]?\s*${NUMBER}(?:\s+(?=\p{L})(?:${NOT_VIEW})(?![\p{L}]))?\s*[)\]]?|[(\[]?(?<![\d.,])${NUMBER}\s+(?:${NOT_VIEW})(?![\p{L}])\s*[)\]]?`, 'gu');

const { labels: READING_LABELS, units: READING_UNITS, after: READING_AFTER } = data.readingTime;
/** `Thời gian đọc: 3 phút`, `3 phút đọc`, `3–4 phút` (a reader view's estimate, a range): in folded text, never inside a date's or another number's digits. */
const READING_TIME = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,])(?:(?:${keyAlternatives(READING_LABELS)})\s*[:：]?\s*\d{1,3}\s*(?:${keyAlternatives(READING_UNITS)})|\d{1,3}\s*(?:${keyAlternatives(READING_UNITS)})\s+(?:${keyAlternatives(READING_AFTER)})|\d{1,3}\s*[-–—]\s*\d{1,3}\s*(?:${keyAlternatives(READING_UNITS)}))(?![\p{L}])`,
  'gu',
);

export interface CounterMatch {
  count: number;
  start: number;
  end: number;
  /** The counter as printed. */
  printed: string;
}

/**
 * The ways a counter is printed, each with the group that holds its number.
 * The sentence comes first: its verb ends in a label (`xem`) that would take
 * the number without the sentence.
 */
const VIEW_COUNTERS: [RegExp, number][] = [
  [SENTENCE, 1],
  [LABEL_FIRST, 2],
  [NUMBER_FIRST, 1],
];

const VISIT = keyAlternatives(data.visitLabels.labels);
/** `Lượt truy cập: 1.024`, alone on its line: the site's visitors, or beside the date the article's (see counters.json). */
const VISITS = new RegExp(String.raw`^(?:${VISIT})\s*[:：]?\s*${NUMBER}$`, 'u');
/** The same counter within a line. */
const VISIT_COUNTER = new RegExp(String.raw`(?<![\p{L}])(?:${VISIT})\s*[:：]?\s*${NUMBER}(?![\p{L}\d])`, 'gu');

/** The count of a line that is a visit counter and nothing else; null for any other line. */
export function visitCount(text: string): number | null {
  // Asked of every line at the top: only one that ends in a number can be a counter.
  if (!/\d\s*$/.test(text)) return null;
  const m = VISITS.exec(foldInPlace(text.trim()));
  return m ? parseCount(m[1]!) : null;
}

/** A labelled view counter anywhere in the text. */
export function findViewCounter(text: string): CounterMatch | null {
  return firstCounter(text, VIEW_COUNTERS);
}

/** A visit counter within a line (`Ngày đăng: 02/02/2024 | Lượt truy cập: 1.024`): beside the date, the article's readers. */
export function findVisitCounter(text: string): CounterMatch | null {
  return firstCounter(text, [[VISIT_COUNTER, 1]]);
}

/** The first counter of the text printed one of these ways. */
function firstCounter(text: string, counters: readonly [RegExp, number][]): CounterMatch | null {
  const folded = foldInPlace(text);
  for (const [counter, group] of counters) {
    for (const m of folded.matchAll(counter)) {
      const count = parseCount(m[group]!);
      if (count !== null) return { count, start: m.index, end: m.index + m[0].length, printed: text.slice(m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/** Likes, shares, comments: counters that are not views. */
export function hasOtherCounter(text: string): boolean {
  return OTHER_COUNTER.test(foldInPlace(text));
}

/** Where the text prints likes, shares and comment counts (`Bình luận: 0`, `12 lượt chia sẻ`). */
export function findOtherCounters(text: string): Span[] {
  return matchSpans(foldInPlace(text), OTHER_COUNTERS);
}

/** The text without its likes, shares and comment counts (`Lượt xem: 1234 | Bình luận: 0` keeps the views). */
export function withoutOtherCounters(text: string): string {
  return blank(text, findOtherCounters(text));
}

/** Where the text says how long the article takes to read (`3 phút đọc`, `Thời gian đọc: 3 phút`). */
export function findReadingTimes(text: string): Span[] {
  return matchSpans(foldInPlace(text), READING_TIME);
}
