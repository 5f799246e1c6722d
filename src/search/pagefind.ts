import * as pagefind from 'pagefind';
import type { SearchDocument } from './index.ts';

/** Records are sent to Pagefind's service in batches, so a large archive never queues all at once. */
const BATCH = 200;

/**
 * Indexes the documents with Pagefind's Node API and writes the bundle.
 * Pagefind reports indexing problems in `errors` on resolved calls; every
 * answer is checked, and the service is closed whatever happens.
 */
export async function writePagefindIndex(documents: readonly SearchDocument[], outputPath: string, language: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (let i = 0; i < documents.length; i += BATCH) {
      const answers = await Promise.all(documents.slice(i, i + BATCH).map((d) => index.addCustomRecord({ ...d, language })));
      const failed = answers.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind could not index: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: documents.length };
  } finally {
    await pagefind.close();
  }
}
