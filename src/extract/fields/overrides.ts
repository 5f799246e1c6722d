import { warning, type Diagnostic } from '../../diagnostics.ts';
import type { ArticleRecord, Figure } from '../../record.ts';
import { slugify } from '../../vietnamese/slug.ts';
import { findDates, formatDate, isValidDate, VIETNAM_ZONE, type DateValue } from '../dates.ts';

/** The record fields an editor can set in front matter. */
export type Overrides = Partial<Pick<ArticleRecord, 'title' | 'slug' | 'lang' | 'date' | 'updated' | 'author' | 'source' | 'section' | 'views' | 'tags' | 'figures' | 'people' | 'places'>>;

type Check = (value: unknown, zone: string) => { ok: true; value: unknown } | { ok: false; expected: string };

const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? { ok: true, value: v.trim() } : { ok: false, expected: 'a text' });
const textOrNull: Check = (v) => (v === null ? { ok: true, value: null } : text(v, ''));
const list: Check = (v) => {
  if (typeof v === 'string') return { ok: true, value: v.split(',').map((s) => s.trim()).filter(Boolean) };
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return { ok: true, value: v.map((s: string) => s.trim()).filter(Boolean) };
  return { ok: false, expected: 'a list of texts' };
};
const date: Check = (v, zone) => {
  const parsed = typeof v === 'string' ? parseDateInput(v) : null;
  return parsed ? { ok: true, value: formatDate(parsed, zone) } : { ok: false, expected: 'a date such as 2022-10-17 or 2022-10-17 04:44' };
};
const CHECKS: Record<keyof Overrides, Check> = {
  title: text,
  slug: (v) => {
    const slug = typeof v === 'string' || typeof v === 'number' ? slugify(String(v)) : '';
    return slug ? { ok: true, value: slug } : { ok: false, expected: 'a text with letters or digits' };
  },
  lang: (v) => (typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? { ok: true, value: v } : { ok: false, expected: 'a language tag such as vi or en' }),
  date,
  updated: (v, zone) => (v === null ? { ok: true, value: null } : date(v, zone)),
  author: textOrNull,
  source: textOrNull,
  section: textOrNull,
  views: (v) => (v === null || (Number.isInteger(v) && (v as number) >= 0) ? { ok: true, value: v } : { ok: false, expected: 'a whole number, 0 or more' }),
  tags: list,
  people: list,
  places: list,
  figures: (v) => {
    const ok = Array.isArray(v) && v.every((f) => f && typeof f === 'object' && typeof (f as Figure).caption === 'string');
    if (!ok) return { ok: false, expected: 'a list of figures with src, caption and credit' };
    const figures = (v as Partial<Figure>[]).map((f) => ({ src: typeof f.src === 'string' ? f.src : null, caption: f.caption!, credit: typeof f.credit === 'string' ? f.credit : null }));
    return { ok: true, value: figures };
  },
};

/** Validates the editor's front matter field by field: a wrong value is reported and skipped, the others still apply. */
export function readOverrides(frontMatter: Record<string, unknown>, keyLines: Record<string, number>, zone = VIETNAM_ZONE): { overrides: Overrides; diagnostics: Diagnostic[] } {
  const overrides: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(frontMatter)) {
    const check = CHECKS[key as keyof Overrides];
    const line = keyLines[key] ?? null;
    if (!check) {
      diagnostics.push(warning('front-matter-unknown', `Unknown front-matter field '${key}'; it was ignored. Known fields: ${Object.keys(CHECKS).join(', ')}.`, line));
      continue;
    }
    const result = check(value, zone);
    if (result.ok) overrides[key] = result.value;
    else diagnostics.push(warning('front-matter-type', `Front-matter field '${key}' should be ${result.expected}, not ${JSON.stringify(value)}; it was ignored.`, line));
  }
  return { overrides: overrides as Overrides, diagnostics };
}

/** `2022-10-17`, `2022-10-17T04:44:00+07:00`, `2022-10-17 04:44`, `17/10/2022 04:44`, `17/10/2022 04:44:10`. */
export function parseDateInput(input: string): DateValue | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(input.trim());
  const found = iso ? { year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, ...(iso[4] ? { hour: +iso[4], minute: +iso[5]!, ...(iso[6] ? { second: +iso[6] } : {}) } : {}) } : null;
  if (found) return isValidDate(found) ? found : null;
  const [first] = findDates(input);
  if (!first) return null;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(input.slice(first.end));
  const value: DateValue = { year: first.year!, month: first.month, day: first.day, ...(time ? { hour: +time[1]!, minute: +time[2]!, ...(time[3] ? { second: +time[3] } : {}) } : {}) };
  return isValidDate(value) ? value : null;
}
