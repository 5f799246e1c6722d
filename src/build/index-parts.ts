import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { writePagefindIndex } from '../search/pagefind.ts';
import type { SearchDocument } from '../search/index.ts';
import { TARGET_PART } from '../search/parts.ts';

/** One search-index part to write (see writePagefindIndex). */
export interface PartJob {
  documents: SearchDocument[];
  outputPath: string;
  language: string;
  primary: boolean;
}

/**
 * Documents being indexed at once, across parts: Pagefind holds about 300 KB
 * per document while it indexes, so two average parts run side by side but
 * two of the largest do not.
 */
const DOCUMENTS_IN_FLIGHT = 2 * TARGET_PART;

/**
 * Writes index parts, as many at a time as there are cores (within
 * DOCUMENTS_IN_FLIGHT). Pagefind indexes on one core in a process of its
 * own, and its Node API keeps one such process per module instance: each part
 * therefore runs in a worker thread, whose own instance of the module starts
 * its own Pagefind. A single part is written on this thread (a thread's
 * start-up would only add to it).
 */
export async function writeIndexParts(jobs: readonly PartJob[], threads = Math.max(1, os.availableParallelism())): Promise<void> {
  if (jobs.length === 1 || threads === 1) {
    for (const job of jobs) await writePagefindIndex(job.documents, job.outputPath, job.language, job.primary);
    return;
  }
  const running = new Set<Promise<void>>();
  let inFlight = 0;
  for (const job of jobs) {
    const size = job.documents.length;
    while (running.size > 0 && (running.size >= threads || inFlight + size > DOCUMENTS_IN_FLIGHT)) await Promise.race(running);
    inFlight += size;
    const done: Promise<void> = inWorker(job).finally(() => {
      inFlight -= size;
      running.delete(done);
    });
    running.add(done);
  }
  await Promise.all(running);
}

function inWorker(job: PartJob): Promise<void> {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { task: new URL('./index-task.ts', import.meta.url).href } });
  return new Promise<void>((resolve, reject) => {
    worker.once('message', (answer: { ok: true } | { error: string }) => {
      if ('error' in answer) reject(new Error(`writing the search index part ${job.outputPath} failed: ${answer.error}`));
      else resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index worker for ${job.outputPath} stopped (exit code ${code})`)));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
