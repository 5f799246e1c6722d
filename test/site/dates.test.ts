import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatDateline, formatShortDate, isoDateTime, parseRecordDate } from '../../src/render/dates.ts';
import type { Strings } from '../../src/render/strings.ts';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const strings = { weekdays: WEEKDAYS } as unknown as Strings;

test('datelines read as Vietnamese newspapers print them', () => {
  assert.equal(formatDateline('2022-10-17T04:44:00+07:00', 'Asia/Ho_Chi_Minh', strings), 'Thứ Hai, 17/10/2022, 04:44 (GMT+7)');
  assert.equal(formatDateline('2024-03-05', 'Asia/Ho_Chi_Minh', strings), 'Thứ Ba, 05/03/2024');
  assert.equal(formatShortDate('2024-03-05T23:59:00+07:00', 'Asia/Ho_Chi_Minh'), '05/03/2024');
  assert.equal(isoDateTime('2024-03-05T23:59:00+07:00', 'Asia/Ho_Chi_Minh'), '2024-03-05T23:59:00+07:00');
});

test("dates are formatted as Luxon's patterns would, for any day, time and offset", () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.integer({ min: -11, max: 14 }), (when, hours) => {
      const dt = DateTime.fromJSDate(when).setZone(`UTC${hours >= 0 ? '+' : ''}${hours}`);
      const iso = dt.toISO({ suppressMilliseconds: true })!;
      const offset = `GMT${hours >= 0 ? '+' : '-'}${Math.abs(hours)}`;
      assert.equal(formatShortDate(iso, 'Asia/Ho_Chi_Minh'), dt.toFormat('dd/MM/yyyy'));
      assert.equal(formatDateline(iso, 'Asia/Ho_Chi_Minh', strings), `${WEEKDAYS[dt.weekday - 1]}, ${dt.toFormat('dd/MM/yyyy')}, ${dt.toFormat('HH:mm')} (${offset})`);
    }),
  );
});

// Zones whose clocks changed at midnight (Beirut, Santiago), twice a year (Paris), never (UTC), or by seconds (Hồ Chí Minh before 1906).
const ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Beirut', 'America/Santiago', 'Europe/Paris', 'UTC'];

test('a date is read as Luxon reads it, whether it has a time and an offset or is a day in the zone', () => {
  const fields = (d: { year: number; month: number; day: number; weekday: number; hour: number; minute: number; offset: number }) => [d.year, d.month, d.day, d.weekday, d.hour, d.minute, d.offset];
  fc.assert(
    fc.property(fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), fc.constantFrom('', ':ss', 'day'), fc.constantFrom(...ZONES), (when, minutes, shape, zone) => {
      const dt = DateTime.fromJSDate(when).setZone(`UTC${minutes >= 0 ? '+' : '-'}${Math.floor(Math.abs(minutes) / 60)}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`);
      const written = shape === 'day' ? dt.toISODate()! : `${dt.toFormat(shape === '' ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss")}${dt.toFormat('ZZ')}`;
      const luxon = shape === 'day' ? DateTime.fromISO(written, { zone }) : DateTime.fromISO(written, { setZone: true });
      const read = parseRecordDate(written, zone);
      assert.deepEqual(fields(read), fields(luxon), written);
      assert.equal(read.iso, luxon.toISO({ suppressMilliseconds: true }), written);
    }),
    { numRuns: 2000 },
  );
});
