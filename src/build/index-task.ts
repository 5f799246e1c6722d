import { parentPort } from 'node:worker_threads';
import { writePagefindIndex } from '../search/pagefind.ts';
import type { PartJob } from './index-parts.ts';

/** Runs in a worker thread: writes the one index part it is sent, with its own Pagefind service, and answers. */
parentPort!.once('message', (job: PartJob) => {
  writePagefindIndex(job.documents, job.outputPath, job.language, job.primary).then(
    () => parentPort!.postMessage({ ok: true }),
    (e: Error) => parentPort!.postMessage({ error: e.stack ?? String(e) }),
  );
});
