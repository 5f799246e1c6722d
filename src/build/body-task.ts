import { bodiesInPlace, type BodyJob } from '../render/body.ts';
import type { Strings } from '../render/strings.ts';
import { serveOneJob } from './threads.ts';

/** Runs in a worker thread: renders a share of a run's article bodies (see render.ts). */
serveOneJob(({ jobs, strings }: { jobs: BodyJob[]; strings: Strings }) => bodiesInPlace(jobs, strings));
