import { parentPort } from 'node:worker_threads';
import { extractBytes } from './ingest.ts';
import { jobOptions, type ExtractAnswer, type ExtractJob } from './extract-pool.ts';

/** Runs in a worker thread: extracts each file it is sent and answers with the result. */
parentPort!.on('message', (job: ExtractJob) => {
  let answer: ExtractAnswer;
  try {
    answer = { id: job.id, extracted: extractBytes(job.file, job.bytes, jobOptions(job)) };
  } catch (e) {
    answer = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(answer);
});
