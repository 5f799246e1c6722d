import { renderBodyJob, type BodyJob } from '../render/body.ts';
import type { Strings } from '../render/strings.ts';
import { serveOneJob } from './threads.ts';

/** Runs in a worker thread: renders a share of a run's article bodies (see render.ts). */
serveOneJob(async ({ jobs, strings }: { jobs: BodyJob[]; strings: Strings }) => jobs.map((job) => renderBodyJob(job, strings)));
