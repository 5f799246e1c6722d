import { createHash } from 'node:crypto';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';

export interface Duplicate {
  file: string;
  /** The file whose record is published instead. */
  of: string;
}

/**
 * The same article saved twice: the same paragraphs, whatever the layout
 * around them. The first file (in name order) is published; each other is
 * reported as merged into it.
 */
export function mergeDuplicates(records: readonly ArticleRecord[]): { records: ArticleRecord[]; duplicates: Duplicate[]; diagnostics: Diagnostic[] } {
  const seen = new Map<string, ArticleRecord>();
  const kept: ArticleRecord[] = [];
  const duplicates: Duplicate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const r of [...records].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const key = createHash('sha256').update(r.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n')).digest('hex');
    const first = seen.get(key);
    if (first) {
      duplicates.push({ file: r.file, of: first.file });
      diagnostics.push({ ...warning('duplicate', `The same article as ${first.file}, which is published; this copy was not. Delete one of the two files.`), file: r.file });
      continue;
    }
    seen.set(key, r);
    kept.push(r);
  }
  return { records: kept, duplicates, diagnostics };
}
