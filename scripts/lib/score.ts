/**
 * Scores extracted records against a labelled set in the golden file's format,
 * field by field, under the golden file's comparison rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import type { ArticleRecord, Figure } from '../../src/record.ts';

export interface Expected {
  file: string;
  title: string;
  date: string;
  dateInferred: boolean;
  updated?: string | null;
  author: string | null;
  source: string | null;
  section: string | null;
  views: number | null;
  lang?: string;
  figures: Figure[];
  lead: string;
  paragraphs: string[];
  people: string[];
  places: string[];
  tagsInclude?: string[];
  mustNotContain?: string[];
}

export const FIELDS = ['title', 'date', 'dateInferred', 'updated', 'author', 'source', 'section', 'views', 'lang', 'figures', 'lead', 'paragraphs', 'people', 'places', 'tags', 'mustNotContain'] as const;
export type Field = (typeof FIELDS)[number];

/** NFC, non-breaking spaces as spaces, white space collapsed. */
export const norm = (s: string | null | undefined) => (typeof s === 'string' ? s.normalize('NFC').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim() : s ?? null);
const caption = (s: string) => norm(s)!.replace(/\.$/, '');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which fields of one record match the expectation; a field the expectation leaves out is not scored. */
export function scoreRecord(expected: Expected, actual: ArticleRecord | null): Partial<Record<Field, boolean>> {
  const result: Partial<Record<Field, boolean>> = {};
  const a = actual;
  result.title = !!a && norm(a.title) === norm(expected.title);
  result.date = !!a && a.date === expected.date;
  result.dateInferred = !!a && a.dateInferred === expected.dateInferred;
  if ('updated' in expected) result.updated = !!a && a.updated === (expected.updated ?? null);
  result.author = !!a && norm(a.author) === norm(expected.author);
  result.source = !!a && norm(a.source) === norm(expected.source);
  result.section = !!a && (norm(a.section)?.toLowerCase() ?? null) === (norm(expected.section)?.toLowerCase() ?? null);
  result.views = !!a && a.views === expected.views;
  if (expected.lang) result.lang = !!a && a.lang === expected.lang;
  const figures = (fs: Figure[]) => fs.map((f) => ({ src: f.src, caption: caption(f.caption), credit: norm(f.credit) }));
  result.figures = !!a && same(figures(a.figures), figures(expected.figures));
  result.lead = !!a && norm(a.lead) === norm(expected.lead);
  result.paragraphs = !!a && same(a.paragraphs.map(norm), expected.paragraphs.map(norm));
  result.people = !!a && expected.people.every((p) => a.people.includes(p));
  result.places = !!a && expected.places.every((p) => a.places.includes(p));
  if (expected.tagsInclude) result.tags = !!a && expected.tagsInclude.every((t) => a.tags.includes(t));
  if (expected.mustNotContain) {
    const text = norm(`${a?.body ?? ''}\n${a?.paragraphs.join('\n') ?? ''}`)!;
    result.mustNotContain = !!a && expected.mustNotContain.every((s) => !text.includes(norm(s)!));
  }
  return result;
}

export interface SetScore {
  /** Share of articles whose field is right, per field scored. */
  accuracy: Partial<Record<Field, number>>;
  /** For each article, the fields that came out wrong. */
  misses: { file: string; fields: Field[]; actual: ArticleRecord | null }[];
}

/** Extracts every file of a labelled set (its golden JSON beside the files) and scores it. */
export function scoreSet(goldenPath: string): SetScore {
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as { articles: Expected[] };
  const dir = path.dirname(goldenPath);
  const totals: Partial<Record<Field, { right: number; scored: number }>> = {};
  const misses: SetScore['misses'] = [];
  for (const expected of golden.articles) {
    const actual = extractRecord(readSource(expected.file, readFileSync(path.join(dir, expected.file)))).record;
    const result = scoreRecord(expected, actual);
    const wrong: Field[] = [];
    for (const [field, ok] of Object.entries(result) as [Field, boolean][]) {
      const t = (totals[field] ??= { right: 0, scored: 0 });
      t.scored++;
      if (ok) t.right++;
      else wrong.push(field);
    }
    if (wrong.length > 0) misses.push({ file: expected.file, fields: wrong, actual });
  }
  const accuracy = Object.fromEntries(Object.entries(totals).map(([f, t]) => [f, t.right / t.scored])) as SetScore['accuracy'];
  return { accuracy, misses };
}
