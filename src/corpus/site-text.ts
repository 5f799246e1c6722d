import type { ArticleRecord } from '../record.ts';
import { siteTextCandidates, type Fingerprint } from './fingerprint.ts';

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
 * captions extraction kept, by their keys (see fingerprint.ts). A text is
 * read of the first record that prints it, once it is known to be the
 * site's: a record read back from the cache reads its text from disk (see
 * RecordCache), and reading every record's took a rebuild of 10,000
 * articles a quarter of a second.
 */
export function findSiteText(records: readonly { record: ArticleRecord; fingerprint: Fingerprint }[]): SiteTextLine[] {
  const counts = new Map<string, { first: number; at: number; files: number }>();
  records.forEach(({ fingerprint }, r) => {
    const keys = new Set<string>();
    fingerprint.texts.forEach((key, at) => {
      if (!key || keys.has(key)) return;
      keys.add(key);
      const seen = counts.get(key);
      if (seen) seen.files++;
      else counts.set(key, { first: r, at, files: 1 });
    });
  });
  const threshold = Math.max(MIN_FILES, Math.ceil(records.length * MIN_SHARE));
  return [...counts.values()]
    .filter((c) => c.files >= threshold)
    .map((c) => ({ text: siteTextCandidates(records[c.first]!.record)[c.at]!, files: c.files }))
    .sort((a, b) => b.files - a.files || (a.text < b.text ? -1 : 1));
}

/** Whether a record prints any of the site's text (by `textKey`), and needs extracting again with it known. */
export function printsSiteText(fingerprint: Fingerprint, keys: ReadonlySet<string>): boolean {
  return fingerprint.texts.some((key) => key !== '' && keys.has(key));
}
