import { parentPort, Worker } from 'node:worker_threads';

/**
 * One job on a worker thread of its own: `task` (a module URL) is loaded in
 * a new thread (see worker.js), sent `job`, and the promise settles with its
 * answer. For long jobs (an index part, a run of pages), where a thread's
 * start-up is small beside the work.
 */
export function runOnThread(task: URL, job: unknown, what: string): Promise<void> {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { task: task.href } });
  return new Promise<void>((resolve, reject) => {
    worker.once('message', (answer: { ok: true } | { error: string }) => {
      if ('error' in answer) reject(new Error(`${what} failed: ${answer.error}`));
      else resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit code ${code})`)));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}

/** The thread side of `runOnThread`: does the one job it is sent and answers. */
export function serveOneJob<T>(work: (job: T) => Promise<void>): void {
  parentPort!.once('message', (job: T) => {
    work(job).then(
      () => parentPort!.postMessage({ ok: true }),
      (e: Error) => parentPort!.postMessage({ error: e.stack ?? String(e) }),
    );
  });
}

/**
 * Runs `run` on each job, at most `lanes` at a time, and while `fits` says
 * the next job may join those running (it always may when none is).
 */
export async function runLimited<T>(jobs: Iterable<T>, lanes: number, run: (job: T) => Promise<void>, fits: (job: T, running: readonly T[]) => boolean = () => true): Promise<void> {
  const running = new Map<Promise<void>, T>();
  for (const job of jobs) {
    while (running.size > 0 && (running.size >= lanes || !fits(job, [...running.values()]))) await Promise.race(running.keys());
    const done: Promise<void> = run(job).finally(() => running.delete(done));
    running.set(done, job);
  }
  await Promise.all(running.keys());
}
