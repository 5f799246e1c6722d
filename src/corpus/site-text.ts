import type { ArticleRecord } from '../record.ts';
import { matchKey } from '../vietnamese/fold.ts';
import { siteTextCandidates, type Fingerprint } from './fingerprint.ts';

/** Printed in at least this many files (of as many articles), and in this share of them, a paragraph is the site's. */
const MIN_FILES = 3;
const MIN_SHARE = 0.005;

export interface SiteTextLine {
  text: string;
  files: number;
}

/**
 * Paragraphs that recur across the archive's articles: a site's description,
 * its standing notices. Counted once per file, over the body paragraphs and
 * captions extraction kept, by their keys (see fingerprint.ts); the
 * threshold counts articles, by their titles, so that one article saved in
 * several files (duplicates, merged later) does not lose its own text as
 * the site's. A text is read of the first record that prints it, once it is
 * known to be the site's: a record read back from the cache reads its text
 * from disk (see RecordCache), and reading every record's took a rebuild of
 * 10,000 articles a quarter of a second.
 */
export function findSiteText(records: readonly { record: ArticleRecord; fingerprint: Fingerprint }[]): SiteTextLine[] {
  // The titles printing a key: one held as a string, a set from the second on (most keys are printed once).
  const counts = new Map<string, { first: number; at: number; files: number; titles: string | Set<string> }>();
  records.forEach(({ record, fingerprint }, r) => {
    const title = matchKey(record.title);
    const keys = new Set<string>();
    fingerprint.texts.forEach((key, at) => {
      if (!key || keys.has(key)) return;
      keys.add(key);
      const seen = counts.get(key);
      if (!seen) counts.set(key, { first: r, at, files: 1, titles: title });
      else {
        seen.files++;
        if (typeof seen.titles !== 'string') seen.titles.add(title);
        else if (seen.titles !== title) seen.titles = new Set([seen.titles, title]);
      }
    });
  });
  const threshold = Math.max(MIN_FILES, Math.ceil(records.length * MIN_SHARE));
  const articles = (titles: string | Set<string>) => (typeof titles === 'string' ? 1 : titles.size);
  return [...counts.values()]
    .filter((c) => c.files >= threshold && articles(c.titles) >= MIN_FILES)
    .map((c) => ({ text: siteTextCandidates(records[c.first]!.record)[c.at]!, files: c.files }))
    .sort((a, b) => b.files - a.files || (a.text < b.text ? -1 : 1));
}

/** Whether a record prints any of the site's text (by `textKey`), and needs extracting again with it known. */
export function printsSiteText(fingerprint: Fingerprint, keys: ReadonlySet<string>): boolean {
  return fingerprint.texts.some((key) => key !== '' && keys.has(key));
}
