import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * A task module of this folder (`extract-task`, …), for a worker thread to
 * load: the TypeScript source, or, when bantin runs compiled (see
 * bin/compiled.js), the compiled module, which sits beside this code.
 */
export function taskModule(name: string): URL {
  return new URL(`./${name}${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);
}

/** A new worker thread that loads the task module and serves it (see worker.js). */
export function taskWorker(task: URL): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), { workerData: { task: task.href } });
}

/**
 * One job on a worker thread of its own: `task` (a module URL) is loaded in
 * a new thread (see worker.js), sent `job`, and the promise settles with its
 * answer. For long jobs (an index part, a run of pages), where a thread's
 * start-up is small beside the work.
 */
export function runOnThread<R = void>(task: URL, job: unknown, what: string): Promise<R> {
  const worker = taskWorker(task);
  return new Promise<R>((resolve, reject) => {
    worker.once('message', (answer: { ok: true; value: R } | { error: string }) => {
      if ('error' in answer) reject(new Error(`${what} failed: ${answer.error}`));
      else resolve(answer.value);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit code ${code})`)));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}

/** The thread side of `runOnThread`: does the one job it is sent and answers with its value. */
export function serveOneJob<T, R = void>(work: (job: T) => Promise<R>): void {
  parentPort!.once('message', (job: T) => {
    work(job).then(
      (value) => parentPort!.postMessage({ ok: true, value }),
      (e: Error) => parentPort!.postMessage({ error: e.stack ?? String(e) }),
    );
  });
}

/**
 * Runs `run` on each job, at most `lanes` at a time, and while `fits` says
 * a job may join those running (it always may when none is). When a lane
 * frees, the first waiting job that fits starts: a large job waiting for
 * room does not hold back the small ones behind it.
 */
export async function runLimited<T>(jobs: Iterable<T>, lanes: number, run: (job: T) => Promise<void>, fits: (job: T, running: readonly T[]) => boolean = () => true): Promise<void> {
  const waiting = [...jobs];
  const running = new Map<Promise<void>, T>();
  while (waiting.length > 0) {
    const busy = [...running.values()];
    const next = busy.length < lanes ? waiting.findIndex((job) => busy.length === 0 || fits(job, busy)) : -1;
    if (next < 0) {
      await Promise.race(running.keys());
      continue;
    }
    const [job] = waiting.splice(next, 1) as [T];
    const done: Promise<void> = run(job).finally(() => running.delete(done));
    running.set(done, job);
  }
  await Promise.all(running.keys());
}
