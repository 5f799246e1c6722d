import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { uniqueSlugs } from './slugs.ts';

/** All records together, once the facts that need every file are settled. */
export interface Corpus {
  records: ArticleRecord[];
  diagnostics: Diagnostic[];
}

/** Records → corpus: slugs made unique, records in a stable order (newest first, then by file). */
export function buildCorpus(records: readonly ArticleRecord[]): Corpus {
  const { records: unique, diagnostics } = uniqueSlugs(records);
  const ordered = [...unique].sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
  return { records: ordered, diagnostics };
}
