import os from 'node:os';
import { writePagefindIndex } from '../search/pagefind.ts';
import type { SearchDocument } from '../search/index.ts';
import { TARGET_PART } from '../search/parts.ts';
import { runLimited, runOnThread, taskModule } from './threads.ts';

/** One search-index part to write (see writePagefindIndex). */
export interface PartJob {
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
 * DOCUMENTS_IN_FLIGHT). Pagefind's Node API keeps one Pagefind process per
 * module instance: each part therefore runs in a worker thread, whose own
 * instance of the module starts its own Pagefind. A single part is written
 * on this thread (a thread's start-up would only add to it).
 */
export async function writeIndexParts(jobs: readonly PartJob[], threads = Math.max(1, os.availableParallelism())): Promise<void> {
  if (jobs.length === 1 || threads === 1) {
    for (const job of jobs) await writePagefindIndex(job.documents, job.outputPath, job.language, job.primary);
    return;
  }
  const documents = (job: PartJob) => job.documents.length;
  await runLimited(jobs, threads, (job) => runOnThread(taskModule('index-task'), job, `writing the search index part ${job.outputPath}`), (job, running) => running.reduce((n, r) => n + documents(r), documents(job)) <= DOCUMENTS_IN_FLIGHT);
}
