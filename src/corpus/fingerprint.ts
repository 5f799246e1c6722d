import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../record.ts';
import { matchKey } from '../vietnamese/fold.ts';
import { sha1 } from '../content-digest.ts';
import { signature } from './near-duplicates.ts';

/** Shorter lines are caught by the phrase rules; longer ones repeated across files are the site's text. */
export const SITE_TEXT_MIN_LENGTH = 40;

/**
 * What the corpus stage compares records by. It is made once per record,
 * where the record is extracted (on a worker thread), and cached with it:
 * folding and hashing every paragraph of the archive on each build would cost
 * more than everything else a rebuild does with unchanged files.
 */
export interface Fingerprint {
  /** The paragraphs, whitespace aside: equal for the same article saved twice. */
  content: string;
  /** The near-duplicate signature (near-duplicates.ts); null for an article too short to compare. */
  signature: number[] | null;
  /** `textKey` of each of `siteTextCandidates`, in order; '' for those too short to be site text. */
  texts: string[];
}

export function fingerprint(record: ArticleRecord): Fingerprint {
  const sig = signature(record.paragraphs);
  return {
    content: createHash('sha256').update(record.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n')).digest('base64url'),
    signature: sig ? [...sig] : null,
    texts: siteTextCandidates(record).map((t) => (t.length >= SITE_TEXT_MIN_LENGTH ? textKey(t) : '')),
  };
}

/** The texts of a record that may be the site's rather than the article's: its paragraphs and captions. */
export function siteTextCandidates(record: ArticleRecord): string[] {
  return [...record.paragraphs, ...record.figures.map((f) => f.caption)];
}

/** A short, case- and diacritic-insensitive key of a text (96 bits: no two of an archive's paragraphs share one). */
export function textKey(text: string): string {
  return sha1(matchKey(text)).slice(0, 16);
}
