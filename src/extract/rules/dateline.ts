import { decide, type LineFields, type Rule } from '../decision.ts';
import { findDates, findDayMonthDates, findTimes, type DateMatch, type DateValue } from '../dates.ts';
import { findViewCounter } from '../counters.ts';
import { MAX_BYLINE_LENGTH, readByline } from '../bylines.ts';
import { eraseWords } from '../phrases.ts';
import { foldInPlace, matchKey } from '../../vietnamese/fold.ts';
import words from '../data/date-words.json' with { type: 'json' };

const META_WORDS = [...words.weekdays, ...words.publishedLabels, ...words.updatedLabels, ...words.fillers, ...words.timeZones, ...words.amMarkers, ...words.pmMarkers];
const UPDATED_KEYS = words.updatedLabels.map(matchKey).sort((a, b) => b.length - a.length);
/** What may stand between the parts of a dateline. */
const PUNCTUATION = /[\s|,;:()[\]\-–—\/.•·+]/g;
const HAS_DIGIT = /\d/;

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
    return decided.free().flatMap((line) => {
      const fields = readDateline(line.text);
      if (!fields) return [];
      const what = fields.dayMonth ? 'a day and month' : fields.updated && !fields.published ? 'an update date' : fields.updated ? 'publication and update dates' : 'a date';
      const byline = fields.author || fields.source ? ', with the byline' : '';
      return [decide(line, 'dateline', this.name, `the line is ${what}${byline} and nothing else`, fields)];
    });
  },
};

/** The dates a dateline states, or null when the line is more than a dateline. */
export function readDateline(text: string): LineFields | null {
  // Every date layout has digits: most body lines end here.
  if (!HAS_DIGIT.test(text)) return null;
  const full = findDates(text);
  const dates = full.length > 0 ? full : findDayMonthDates(text, full);
  if (dates.length === 0) return null;
  const times = findTimes(text).filter((t) => !dates.some((d) => t.start < d.end && d.start < t.end));
  const counter = findViewCounter(text);
  let rest = foldInPlace(text);
  for (const span of [...dates, ...times, ...(counter ? [counter] : [])]) {
    rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
  }
  rest = eraseWords(rest, META_WORDS);
  const left = rest.replace(PUNCTUATION, '').length;
  // What is left must be one byline. Every character counted in `left` falls inside that one
  // piece, so more of them than a byline may hold means a sentence with a date in it.
  if (left > MAX_BYLINE_LENGTH) return null;
  const byline = left === 0 ? null : bylineIn(text, rest);
  if (left !== 0 && !byline) return null;

  const fields: LineFields = { ...byline };
  if (full.length === 0) {
    // Day and month only: the first date, with its time, waits for its year.
    const [first] = dates;
    const time = times[0];
    fields.dayMonth = { month: first!.month, day: first!.day, ...(time ? { hour: time.hour, minute: time.minute } : {}) };
    if (counter) fields.views = counter.count;
    return fields;
  }
  for (const [date, segment] of segments(text, dates)) {
    const time = times.find((t) => t.start >= segment.start && t.end <= segment.end);
    const value: DateValue = { year: date.year!, month: date.month, day: date.day };
    const hour = date.hour ?? time?.hour;
    if (hour !== undefined) Object.assign(value, { hour, minute: date.minute ?? time?.minute ?? 0 });
    const isUpdate = UPDATED_KEYS.some((k) => matchKey(text.slice(segment.start, segment.end)).includes(k));
    if (isUpdate) fields.updated ??= value;
    else fields.published ??= value;
  }
  if (counter) fields.views = counter.count;
  return fields;
}

/**
 * What is left of a dateline once its dates, times and words are blanked
 * (`rest`, aligned with `text`), read as a byline: every leftover piece must
 * be one, or the line is not a dateline.
 */
function bylineIn(text: string, rest: string): { author?: string; source?: string } | null {
  const kept = [...text].map((ch, i) => (rest[i] === ' ' ? ' ' : ch)).join('');
  const pieces = kept.split(/\s{2,}|[|•·]|\s[-–—]\s|^\s*[-–—]|[-–—]\s*$/).map((p) => p.replace(/^[\s,;:()–—-]+|[\s,;:()–—-]+$/g, '')).filter(Boolean);
  if (pieces.length !== 1) return null;
  const found = readByline(pieces[0]!);
  if (!found) return null;
  return { ...(found.author ? { author: found.author } : {}), ...(found.source ? { source: found.source } : {}) };
}

/**
 * Each date with the stretch of the line that belongs to it. A bar, a spaced
 * dash or a bullet between two dates ends the first one's stretch; without
 * one, the stretch runs to the next date.
 */
function segments(text: string, dates: DateMatch[]): [DateMatch, { start: number; end: number }][] {
  const ends = dates.map((d, i) => {
    const next = dates[i + 1];
    if (!next) return text.length;
    const bar = text.slice(d.end, next.start).search(/\||\s[-–—]\s|[•·]/);
    return bar === -1 ? next.start : d.end + bar;
  });
  return dates.map((d, i) => [d, { start: i === 0 ? 0 : ends[i - 1]!, end: ends[i]! }]);
}
