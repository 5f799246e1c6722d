import type { ArticleRecord } from '../record.ts';
import { matchKey } from '../vietnamese/fold.ts';

/** Shorter lines are caught by the phrase rules; long ones repeated across files are what this finds. */
const MIN_LENGTH = 40;
/** Printed in at least this many files, and in this share of them, a paragraph is the site's. */
const MIN_FILES = 3;
const MIN_SHARE = 0.005;

export interface SiteTextLine {
  text: string;
  files: number;
}

/**
 * Paragraphs that recur across the archive's files: a site's description,
 * its standing notices. Counted once per file, over the body paragraphs and
 * captions extraction kept.
 */
export function findSiteText(records: readonly ArticleRecord[]): SiteTextLine[] {
  const counts = new Map<string, { text: string; files: number }>();
  for (const r of records) {
    const keys = new Set<string>();
    for (const text of [...r.paragraphs, ...r.figures.map((f) => f.caption)]) {
      if (text.length < MIN_LENGTH) continue;
      const key = matchKey(text);
      if (keys.has(key)) continue;
      keys.add(key);
      const seen = counts.get(key);
      if (seen) seen.files++;
      else counts.set(key, { text, files: 1 });
    }
  }
  const threshold = Math.max(MIN_FILES, Math.ceil(records.length * MIN_SHARE));
  return [...counts.values()].filter((c) => c.files >= threshold).sort((a, b) => b.files - a.files || (a.text < b.text ? -1 : 1));
}

/** Whether a record prints any of the site's text (and needs extracting again with it known). */
export function printsSiteText(record: ArticleRecord, keys: ReadonlySet<string>): boolean {
  return [...record.paragraphs, ...record.figures.map((f) => f.caption)].some((t) => t.length >= MIN_LENGTH && keys.has(matchKey(t)));
}
