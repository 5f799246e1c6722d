import os from 'node:os';
import { writePagefindIndex } from '../search/pagefind.ts';
import { countVocabulary, type SearchDocument } from '../search/index.ts';
import { TARGET_PART } from '../search/parts.ts';
import type { VocabularyCounts } from '../search/vocabulary.ts';
import { digestFiles } from './digest.ts';
import { BANTIN_ROOT } from './paths.ts';
import { runLimited, runOnThread, taskModule } from './threads.ts';

/**
 * The code a part's files depend on besides its documents: what Pagefind is
 * given of them (spelled: exact-words.ts), and Pagefind itself (its version
 * is pinned in package.json). A part written by other code is written again.
 */
export function indexCodeDigest(): Promise<string> {
  return digestFiles(BANTIN_ROOT, ['src/search/pagefind.ts', 'src/search/exact-words.ts', 'src/search/index.ts', 'package.json']);
}

/** One search-index part to write (see writePagefindIndex). */
export interface PartJob {
  /** The part's digest (see parts.ts): it names the part's vocabulary counts. */
  digest: string;
  documents: SearchDocument[];
  outputPath: string;
  language: string;
  primary: boolean;
}

/**
 * Documents being indexed at once, across parts: Pagefind holds about 330 KB
 * per document while it writes an index, and writing already keeps more
 * than one core busy (a second part beside it gained little measured here).
 * So two parts run side by side only when both are small, and memory stays
 * bounded by one of the largest.
 */
const DOCUMENTS_IN_FLIGHT = 1.5 * TARGET_PART;

/**
 * Whether the parts are few and small enough to be written while the pages
 * render, as a rebuild's are. Pagefind's memory for them stays within one
 * large part's. Measured on 10,000 articles: a rebuild that renders every
 * page (the site's title changed) while it writes one part peaks at 1.25 GB,
 * under a full build's 1.41 GB. Alternating with the previous build, 4 runs
 * each, a rebuild after one edit took 9.6 s instead of 10.5 s (medians); the
 * index part, sharing the cores, is then the longest piece of the rebuild.
 */
export function fitsBesideRendering(jobs: readonly PartJob[]): boolean {
  return jobs.reduce((n, job) => n + job.documents.length, 0) <= DOCUMENTS_IN_FLIGHT;
}

/**
 * Writes index parts, at most as many at a time as there are cores (within
 * DOCUMENTS_IN_FLIGHT), each on a worker thread: Pagefind's Node API keeps
 * one Pagefind process per module instance, so each thread's own instance
 * starts its own Pagefind. A single part (a rebuild's) is written on a
 * thread too: a thread's event loop answers Pagefind at once, where this
 * one is busy making the pages in long synchronous runs. Measured on a
 * rebuild of 10,000 articles, creating the index took 0.49 s on this
 * thread and 0.02 s on one of its own, handing Pagefind the part's 659
 * documents 1.1 s and 0.7 s.
 * Each part's vocabulary counts, made alongside, are handed to `counted`.
 */
export async function writeIndexParts(jobs: readonly PartJob[], counted: (job: PartJob, counts: VocabularyCounts) => Promise<void>, threads = Math.max(1, os.availableParallelism())): Promise<void> {
  const write = async (job: PartJob) => {
    await counted(job, threads === 1 ? await writePart(job) : await runOnThread<VocabularyCounts>(taskModule('index-task'), job, `writing the search index part ${job.outputPath}`));
  };
  const documents = (job: PartJob) => job.documents.length;
  await runLimited(jobs, threads, write, (job, running) => running.reduce((n, r) => n + documents(r), documents(job)) <= DOCUMENTS_IN_FLIGHT);
}

/** Writes one part, and counts its vocabulary while Pagefind writes the files (see partsVocabulary). */
export async function writePart(job: PartJob): Promise<VocabularyCounts> {
  const { alongside } = await writePagefindIndex(job.documents, job.outputPath, job.language, job.primary, () => countVocabulary(job.documents).counted());
  return alongside!;
}
