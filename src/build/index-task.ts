import { writePart, type PartJob } from './index-parts.ts';
import { serveOneJob } from './threads.ts';

/** Runs in a worker thread: writes one index part, with its own Pagefind service, and answers with its vocabulary counts. */
serveOneJob((job: PartJob) => writePart(job));
