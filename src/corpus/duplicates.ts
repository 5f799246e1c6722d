import { warning, type Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';
import { CLOSEST_ESTIMATE, nearDuplicatePairs } from './near-duplicates.ts';

export interface Duplicate {
  file: string;
  /** The file whose record is published instead. */
  of: string;
  /** 1 for the same paragraphs; below for a near duplicate (estimated share of shared phrases). */
  similarity: number;
}

/**
 * The same article saved twice: the same paragraphs, whatever the layout
 * around them (the first file in name order is published), or nearly the
 * same (the longer is published, as the more complete). Each other copy is
 * reported as merged into the one published. `fingerprints`: those already
 * made, by file; the others are made here.
 */
export function mergeDuplicates(records: readonly ArticleRecord[], fingerprints: ReadonlyMap<string, Fingerprint> = new Map()): { records: ArticleRecord[]; duplicates: Duplicate[]; diagnostics: Diagnostic[] } {
  const fingerprintOf = (r: ArticleRecord) => fingerprints.get(r.file) ?? fingerprint(r);
  const seen = new Map<string, ArticleRecord>();
  const kept: ArticleRecord[] = [];
  const copies: { file: string; of: string }[] = [];
  for (const r of [...records].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const key = fingerprintOf(r).content;
    const first = seen.get(key);
    if (first) {
      copies.push({ file: r.file, of: first.file });
      continue;
    }
    seen.set(key, r);
    kept.push(r);
  }
  const near = mergeNearDuplicates(kept, fingerprintOf);
  // A copy of a file that is itself a near copy of another is reported against the one published.
  const mergedInto = new Map(near.duplicates.map((d) => [d.file, d]));
  const duplicates: Duplicate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, of } of copies) {
    const merged = mergedInto.get(of);
    duplicates.push({ file, of: merged?.of ?? of, similarity: merged?.similarity ?? 1 });
    const message = merged
      ? `The same article as ${of}, which is nearly the same as ${merged.of}, published instead; neither copy was. Delete this one.`
      : `The same article as ${of}, which is published; this copy was not. Delete one of the two files.`;
    diagnostics.push({ ...warning('duplicate', message), file });
  }
  return { records: near.records, duplicates: [...duplicates, ...near.duplicates], diagnostics: [...diagnostics, ...near.diagnostics] };
}

function mergeNearDuplicates(records: ArticleRecord[], fingerprintOf: (r: ArticleRecord) => Fingerprint): { records: ArticleRecord[]; duplicates: Duplicate[]; diagnostics: Diagnostic[] } {
  const pairs = nearDuplicatePairs(records.map((r) => {
    const sig = fingerprintOf(r).signature;
    return sig && Uint32Array.from(sig);
  }));
  // Copies of copies are one cluster (union-find); the longest article of each is published.
  const parent = records.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [a, b] of pairs) parent[root(a)] = root(b);
  const length = (i: number) => records[i]!.paragraphs.join(' ').length;
  const keeper = new Map<number, number>();
  records.forEach((_, i) => {
    const r = root(i);
    const best = keeper.get(r);
    if (best === undefined || length(i) > length(best)) keeper.set(r, i);
  });
  const best = new Map(pairs.flatMap(([a, b, s]) => [[`${a},${b}`, s], [`${b},${a}`, s]] as [string, number][]));
  const duplicates: Duplicate[] = [];
  const diagnostics: Diagnostic[] = [];
  records.forEach((r, i) => {
    const kept = keeper.get(root(i))!;
    if (kept === i) return;
    const estimate = best.get(`${i},${kept}`) ?? Math.min(...pairs.filter(([a, b]) => a === i || b === i).map(([, , s]) => s));
    // The paragraphs differ (their content hashes do), so an estimate of 1 only means more alike than the signature can tell apart.
    const similarity = Math.min(estimate, CLOSEST_ESTIMATE);
    const original = records[kept]!.file;
    duplicates.push({ file: r.file, of: original, similarity });
    diagnostics.push({ ...warning('duplicate', `Nearly the same article as ${original} (about ${Math.round(similarity * 100)}% of its phrases), which is published; this copy was not. Keep the better one.`), file: r.file });
  });
  return { records: records.filter((_, i) => keeper.get(root(i)) === i), duplicates, diagnostics };
}
