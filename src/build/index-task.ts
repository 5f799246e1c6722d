import { writePagefindIndex } from '../search/pagefind.ts';
import type { PartJob } from './index-parts.ts';
import { serveOneJob } from './threads.ts';

/** Runs in a worker thread: writes one index part, with its own Pagefind service. */
serveOneJob((job: PartJob) => writePagefindIndex(job.documents, job.outputPath, job.language, job.primary).then(() => undefined));
