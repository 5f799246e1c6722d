import { DateTime } from 'luxon';
import type { Strings } from './strings.ts';

/** Whether the record's date carries a time (`…T04:44:00+07:00`) or is a day (`2022-10-17`). */
export function hasTime(date: string): boolean {
  return date.includes('T');
}

/** A record's date, read once: its calendar fields where it was written, its offset from UTC and its ISO form. */
export interface RecordDate {
  year: number;
  month: number;
  day: number;
  /** 1 for Monday to 7 for Sunday, as Luxon counts. */
  weekday: number;
  hour: number;
  minute: number;
  /** Minutes east of UTC. */
  offset: number;
  /** ISO 8601 with the offset and without milliseconds, as Luxon's `toISO({ suppressMilliseconds: true })` writes it. */
  iso: string;
}

const PARSED = new Map<string, RecordDate>();
const MAX_PARSED = 250_000;
/** What extraction writes of a date with a time (`2022-10-17T04:44:00+07:00`): read without Luxon. */
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-])(\d{2}):?(\d{2})$/;
/** What extraction writes of a day alone (`2022-10-17`). */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A record's date. The site model reads each record's date several times
 * (summary, page, archives), and parsing is most of what that costs: parsed
 * dates are kept, up to a bound. What extraction writes is read from its
 * digits: Luxon took 20 µs a date with a time, and 30 µs a day alone
 * (whose offset it looks up in the zone), a fifth of a second of every
 * build of 10,000 articles each. Anything unusual goes through Luxon.
 */
export function parseRecordDate(date: string, zone: string): RecordDate {
  const key = `${zone} ${date}`;
  let parsed = PARSED.get(key);
  if (!parsed) {
    parsed = withOffset(date) ?? dayInZone(date, zone) ?? fromLuxon(hasTime(date) ? DateTime.fromISO(date, { setZone: true }) : DateTime.fromISO(date, { zone }));
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(key, parsed);
  }
  return parsed;
}

function withOffset(date: string): RecordDate | null {
  const m = WITH_OFFSET.exec(date);
  if (!m) return null;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number, number, number];
  if (offsetMinutes > 59) return null;
  return fromFields(year, month, day, hour, minute, second, (m[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes));
}

/** A day alone is its midnight in the zone, at the zone's offset that month, when the month has one offset only. */
function dayInZone(date: string, zone: string): RecordDate | null {
  const m = DAY.exec(date);
  if (!m) return null;
  const [year, month, day] = [1, 2, 3].map((i) => Number(m[i])) as [number, number, number];
  const offset = month >= 1 && month <= 12 ? monthOffset(zone, year, month) : null;
  return offset === null ? null : fromFields(year, month, day, 0, 0, 0, offset);
}

/** Offsets by zone and month; null for a month in which the zone's clocks change (then each day is left to Luxon). */
const MONTH_OFFSETS = new Map<string, number | null>();

function monthOffset(zone: string, year: number, month: number): number | null {
  const key = `${zone} ${year} ${month}`;
  let offset = MONTH_OFFSETS.get(key);
  if (offset === undefined) {
    // The instant before the month too: clocks changed at its first midnight make that midnight another hour.
    const first = DateTime.fromObject({ year, month, day: 1 }, { zone });
    const offsets = [first.minus({ milliseconds: 1 }), first, first.endOf('month')].map((dt) => dt.offset);
    // Local mean times before standard time had offsets in seconds (Hà Nội's until 1906 was +07:06:40): left to Luxon.
    offset = first.isValid && Number.isInteger(first.offset) && offsets.every((o) => o === first.offset) ? first.offset : null;
    MONTH_OFFSETS.set(key, offset);
  }
  return offset;
}

/** The date from its fields; null where Luxon's answer could differ: a zero offset (Luxon writes `Z`), a year before 1000, a field out of range. */
function fromFields(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): RecordDate | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (offset === 0 || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return null;
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  const sign = offset < 0 ? '-' : '+';
  const iso = `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(second)}${sign}${twoDigits(Math.floor(Math.abs(offset) / 60))}:${twoDigits(Math.abs(offset) % 60)}`;
  return { year, month, day, weekday, hour, minute, offset, iso };
}

function fromLuxon(dt: DateTime): RecordDate {
  return { year: dt.year, month: dt.month, day: dt.day, weekday: dt.weekday, hour: dt.hour, minute: dt.minute, offset: dt.offset, iso: dt.toISO({ suppressMilliseconds: true })! };
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
function dayMonthYear(dt: RecordDate): string {
  return `${twoDigits(dt.day)}/${twoDigits(dt.month)}/${String(dt.year).padStart(4, '0')}`;
}

/** `07`: months in URLs, days, hours and minutes in datelines. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 with an offset, for `<time datetime>`, feeds and JSON-LD. */
export function isoDateTime(date: string, zone: string): string {
  return parseRecordDate(date, zone).iso;
}
