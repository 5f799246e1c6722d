import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { mergeDuplicates, type Duplicate } from './duplicates.ts';
import type { Fingerprint } from './fingerprint.ts';
import { uniqueSlugs } from './slugs.ts';

/** All records together, once the facts that need every file are settled. */
export interface Corpus {
  /** Newest first, then by file. */
  records: ArticleRecord[];
  /** Files not published because another file holds the same article. */
  duplicates: Duplicate[];
  diagnostics: Diagnostic[];
}

/**
 * Records → corpus: duplicates merged, slugs made unique, records in a
 * stable order. `fingerprints`: those already made (cached with the
 * records), by file; the others are made here.
 */
export function buildCorpus(records: readonly ArticleRecord[], fingerprints: ReadonlyMap<string, Fingerprint> = new Map()): Corpus {
  const merged = mergeDuplicates(records, fingerprints);
  const { records: unique, diagnostics } = uniqueSlugs(merged.records);
  const ordered = [...unique].sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
  return { records: ordered, duplicates: merged.duplicates, diagnostics: [...merged.diagnostics, ...diagnostics] };
}
