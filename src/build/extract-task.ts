import { parentPort } from 'node:worker_threads';
import { extractBytes } from './ingest.ts';
import type { ExtractJob, ExtractAnswer } from './extract-pool.ts';

/** Runs in a worker thread: extracts each file it is sent and answers with the result. */
parentPort!.on('message', (job: ExtractJob) => {
  const options = { zone: job.zone, ...(job.siteText ? { siteText: new Set(job.siteText) } : {}) };
  let answer: ExtractAnswer;
  try {
    answer = { id: job.id, extracted: extractBytes(job.file, job.bytes, options) };
  } catch (e) {
    answer = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(answer);
});
