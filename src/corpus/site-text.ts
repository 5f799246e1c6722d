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
 * captions extraction kept, by their keys (see fingerprint.ts).
 */
export function findSiteText(records: readonly { record: ArticleRecord; fingerprint: Fingerprint }[]): SiteTextLine[] {
  const counts = new Map<string, { text: string; files: number }>();
  for (const { record, fingerprint } of records) {
    const texts = siteTextCandidates(record);
    const keys = new Set<string>();
    fingerprint.texts.forEach((key, i) => {
      if (!key || keys.has(key)) return;
      keys.add(key);
      const seen = counts.get(key);
      if (seen) seen.files++;
      else counts.set(key, { text: texts[i]!, files: 1 });
    });
  }
  const threshold = Math.max(MIN_FILES, Math.ceil(records.length * MIN_SHARE));
  return [...counts.values()].filter((c) => c.files >= threshold).sort((a, b) => b.files - a.files || (a.text < b.text ? -1 : 1));
}

/** Whether a record prints any of the site's text (by `textKey`), and needs extracting again with it known. */
export function printsSiteText(fingerprint: Fingerprint, keys: ReadonlySet<string>): boolean {
  return fingerprint.texts.some((key) => key !== '' && keys.has(key));
}
