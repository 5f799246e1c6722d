import { createHash } from 'node:crypto';
import { contentDigest } from '../content-digest.ts';
import { fnv1a } from '../fnv.ts';
import type { SearchDocument } from './index.ts';
import { indexChunkSize } from './pagefind.ts';

/**
 * The search index is written in parts, each a Pagefind index of its own,
 * which the browser merges (`mergeIndex`). Pagefind holds a whole index in
 * memory while it writes it, so parts bound its memory; and a part whose
 * documents did not change is kept from the previous build.
 *
 * Parts are cut over the documents in date order (oldest first), where the
 * content decides: once a part holds half the target, it ends after a
 * document whose URL hash hits the mark, and at one and a half times the
 * target at most. An article added, edited or deleted changes its own part
 * only (and, rarely, the next one); new articles go to the newest part.
 * The bounds matter: re-indexing a part after one edit costs time in
 * proportion to its size, and indexing it costs memory in proportion too.
 *
 * The target trades those against a first search's download: every part
 * adds an index chunk per query word. Measured on 10,000 articles of 5 KB
 * (docs/scale.md): at 2,500 articles a part, two parts at a time, the index
 * stage peaked at 2.4 GB and a first query fetched 1.33 MB; at 1,000, mostly
 * one part at a time (see index-parts.ts), it peaks near 1.3 GB, the newest
 * part (500 articles on average) is re-indexed in a third of the time, and
 * a first query fetches 1.83 MB (1.27 MB since the index chunks are smaller:
 * see INDEX_CHUNK_SIZE).
 */
export const TARGET_PART = 1000;

export interface IndexPart {
  /** Stable name: the hash of its first document's URL. Part 0 (the newest) is the primary index, at /pagefind/; the others are at /pagefind-parts/<id>/. */
  id: string;
  documents: SearchDocument[];
  digest: string;
}

/** Newest part first. Parts hold about `target` documents, from half to one and a half times that (the newest may hold fewer). */
export function splitIntoParts(documents: readonly SearchDocument[], target = TARGET_PART): IndexPart[] {
  const ordered = [...documents].sort((a, b) => (a.sort.date! < b.sort.date! ? -1 : a.sort.date! > b.sort.date! ? 1 : a.url < b.url ? -1 : 1));
  const { least, most, mark } = partBounds(target);
  const parts: SearchDocument[][] = [];
  let current: SearchDocument[] = [];
  for (const d of ordered) {
    current.push(d);
    if (current.length >= most || (current.length >= least && fnv1a(d.url) % mark === 0)) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 0) parts.push(current);
  return parts.reverse().map((docs) => ({
    id: (fnv1a(docs[0]!.url) >>> 0).toString(36),
    documents: docs,
    digest: partDigest(docs),
  }));
}

/**
 * The documents in order, each by its digest (a search document's is made
 * from its record's: see searchDocument), and how Pagefind is set to write
 * them: a kept part is one a full build would write the same.
 */
function partDigest(documents: readonly SearchDocument[]): string {
  const hash = createHash('sha1');
  hash.update(`chunk size ${indexChunkSize(documents.length)}\n`);
  for (const d of documents) hash.update(contentDigest(d));
  return hash.digest('hex');
}

/** Past `least` documents, a part ends with a chance of 1 in `mark` per document: `target` on average. */
export function partBounds(target: number): { least: number; most: number; mark: number } {
  const least = Math.max(1, Math.floor(target / 2));
  return { least, most: Math.max(least, Math.ceil(1.5 * target)), mark: Math.max(1, target - least) };
}

/** Where a part's files go, relative to the site's root. */
export function partPath(index: number, part: IndexPart): string {
  return index === 0 ? 'pagefind' : `pagefind-parts/${part.id}`;
}
