import { DateTime } from 'luxon';
import type { Strings } from './strings.ts';

/** Whether the record's date carries a time (`…T04:44:00+07:00`) or is a day (`2022-10-17`). */
export function hasTime(date: string): boolean {
  return date.includes('T');
}

export function parseRecordDate(date: string, zone: string): DateTime {
  return hasTime(date) ? DateTime.fromISO(date, { setZone: true }) : DateTime.fromISO(date, { zone });
}

/**
 * The dateline as Vietnamese newspapers print it:
 * `Thứ Hai, 17/10/2022, 04:44 (GMT+7)`, or `Thứ Hai, 17/10/2022` when the
 * article gives only a day.
 */
export function formatDateline(date: string, zone: string, strings: Strings): string {
  const dt = parseRecordDate(date, zone);
  const day = `${strings.weekdays[dt.weekday - 1]}, ${dt.toFormat('dd/MM/yyyy')}`;
  if (!hasTime(date)) return day;
  const hours = dt.offset / 60;
  const offset = `GMT${hours >= 0 ? '+' : '-'}${Math.abs(hours)}`;
  return `${day}, ${dt.toFormat('HH:mm')} (${offset})`;
}

/** `17/10/2022`: dates in lists. */
export function formatShortDate(date: string, zone: string): string {
  return parseRecordDate(date, zone).toFormat('dd/MM/yyyy');
}

/** ISO 8601 with an offset, for `<time datetime>`, feeds and JSON-LD. */
export function isoDateTime(date: string, zone: string): string {
  return parseRecordDate(date, zone).toISO({ suppressMilliseconds: true })!;
}
