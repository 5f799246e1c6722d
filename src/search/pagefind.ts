import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { documentContent, type SearchDocument } from './index.ts';

/** Records are sent to Pagefind's service in batches, so a large archive never queues all at once. */
const BATCH = 200;
/** What a merged part needs; the scripts, styles and WebAssembly come from the primary index. */
export const PART_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/;

/**
 * Indexes the documents with Pagefind's Node API and writes the bundle. Each
 * call runs its own Pagefind service, closed at the end, so the memory of
 * one index is given back before the next. Pagefind reports indexing
 * problems in `errors` on resolved calls; every answer is checked.
 * `primary: false` leaves only the files a merged index is read from.
 */
export async function writePagefindIndex(documents: readonly SearchDocument[], outputPath: string, language: string, primary = true): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (let i = 0; i < documents.length; i += BATCH) {
      const answers = await Promise.all(documents.slice(i, i + BATCH).map((d) => index.addCustomRecord({ url: d.url, content: documentContent(d), meta: d.meta, filters: d.filters, sort: d.sort, language })));
      const failed = answers.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind could not index: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  if (!primary) {
    for (const name of await readdir(outputPath)) if (!PART_FILES.test(name)) await rm(path.join(outputPath, name), { recursive: true, force: true });
  }
  return { pages: documents.length };
}
