import { DateTime } from 'luxon';
import type { Strings } from './strings.ts';

/** Whether the record's date carries a time (`…T04:44:00+07:00`) or is a day (`2022-10-17`). */
export function hasTime(date: string): boolean {
  return date.includes('T');
}

const PARSED = new Map<string, DateTime>();
const MAX_PARSED = 250_000;

/**
 * A record's date as a DateTime. The site model reads each record's date
 * several times (summary, page, archives), and parsing is most of what that
 * costs: parsed dates (immutable) are kept, up to a bound.
 */
export function parseRecordDate(date: string, zone: string): DateTime {
  const key = `${zone} ${date}`;
  let parsed = PARSED.get(key);
  if (!parsed) {
    parsed = hasTime(date) ? DateTime.fromISO(date, { setZone: true }) : DateTime.fromISO(date, { zone });
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(key, parsed);
  }
  return parsed;
}

/**
 * The dateline as Vietnamese newspapers print it:
 * `Thứ Hai, 17/10/2022, 04:44 (GMT+7)`, or `Thứ Hai, 17/10/2022` when the
 * article gives only a day.
 */
export function formatDateline(date: string, zone: string, strings: Strings): string {
  const dt = parseRecordDate(date, zone);
  const day = `${strings.weekdays[dt.weekday - 1]}, ${dayMonthYear(dt)}`;
  if (!hasTime(date)) return day;
  const hours = dt.offset / 60;
  const offset = `GMT${hours >= 0 ? '+' : '-'}${Math.abs(hours)}`;
  return `${day}, ${twoDigits(dt.hour)}:${twoDigits(dt.minute)} (${offset})`;
}

/** `17/10/2022`: dates in lists. */
export function formatShortDate(date: string, zone: string): string {
  return dayMonthYear(parseRecordDate(date, zone));
}

/**
 * `17/10/2022`. Made from the date's fields rather than with Luxon's
 * `toFormat`, which parses its pattern on every call: the site model
 * formats every article's date several times.
 */
function dayMonthYear(dt: DateTime): string {
  return `${twoDigits(dt.day)}/${twoDigits(dt.month)}/${String(dt.year).padStart(4, '0')}`;
}

/** `07`: months in URLs, days, hours and minutes in datelines. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 with an offset, for `<time datetime>`, feeds and JSON-LD. */
export function isoDateTime(date: string, zone: string): string {
  return parseRecordDate(date, zone).toISO({ suppressMilliseconds: true })!;
}
