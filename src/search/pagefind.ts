import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { spellWords } from './exact-words.ts';
import { documentContent, type SearchDocument } from './index.ts';

/** Records are sent to Pagefind's service in batches, so a large archive never queues all at once. */
const BATCH = 200;
/**
 * Postings (a page, or a word's place in a page) per chunk of a part's word
 * index. A query word loads, from every part, the chunk that holds it, and
 * with it the chunk's other words. Pagefind's default (20,000) suits a single
 * index, where a common word fills chunks of its own; with the index in
 * parts, a word's chunk in each part came with up to 20,000 of its
 * neighbours' postings. Measured on 10,000 articles (11 parts), KB a first
 * and a second query download (scripts/bench): 1,833 and 1,277 at 20,000;
 * 1,456 and 646 at 8,000; 1,315 and 375 at 3,000; 1,274 and 200 at 1,000;
 * 1,271 and 186 at 400, in a fifth more files. Pagefind 1.6 reads it from its
 * environment only, under a name it calls unstable: the package is pinned to
 * that version.
 */
export const INDEX_CHUNK_SIZE = 1000;
/**
 * A rare query word loads one chunk from every part, however few documents
 * the part holds: a part of fewer than 1,000 (the newest holds 500 on
 * average) would cost a query what a full part's chunk does. Chunks are cut
 * at a posting per document of the part instead, the ratio the size above
 * was measured at, and at no fewer than this, so that a small part is not
 * written as thousands of tiny files. Measured on 10,000 articles: a second
 * query downloads 188 KB instead of 200 KB, a first one the same.
 */
const SMALLEST_CHUNK = 250;

/** Postings per chunk of the word index of a part of `documents` documents. */
export function indexChunkSize(documents: number): number {
  return Math.min(INDEX_CHUNK_SIZE, Math.max(SMALLEST_CHUNK, documents));
}

/** What a merged part needs; the scripts, styles and WebAssembly come from the primary index. */
export const PART_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/;

/**
 * Indexes the documents with Pagefind's Node API and writes the bundle. Each
 * call runs its own Pagefind service, closed at the end, so the memory of
 * one index is given back before the next. Pagefind reports indexing
 * problems in `errors` on resolved calls; every answer is checked.
 * `primary: false` leaves only the files a merged index is read from.
 * `alongside` runs on this thread while Pagefind writes the files in its
 * own process (a second or so per thousand documents), and its value is
 * returned.
 */
export async function writePagefindIndex<T = undefined>(documents: readonly SearchDocument[], outputPath: string, language: string, primary = true, alongside?: () => T): Promise<{ pages: number; alongside: T | undefined }> {
  let done: T | undefined;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize(documents.length));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (let i = 0; i < documents.length; i += BATCH) {
      const answers = await Promise.all(documents.slice(i, i + BATCH).map((d) => index.addCustomRecord({ url: d.url, content: spellWords(documentContent(d)), meta: d.meta, filters: d.filters, sort: d.sort, language })));
      const failed = answers.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind could not index: ${failed.join('; ')}`);
    }
    // The request is sent before writeFiles returns; Pagefind needs nothing more of this thread until it answers.
    const writing = index.writeFiles({ outputPath });
    let written: Awaited<typeof writing>;
    try {
      done = alongside?.();
    } finally {
      written = await writing;
    }
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  if (!primary) {
    for (const name of await readdir(outputPath)) if (!PART_FILES.test(name)) await rm(path.join(outputPath, name), { recursive: true, force: true });
  }
  return { pages: documents.length, alongside: done };
}
