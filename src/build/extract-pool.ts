import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { taskWorker, taskModule } from './threads.ts';
import type { ExtractOptions } from '../extract/index.ts';
import { extractBytes, type Extracted } from './ingest.ts';

export interface ExtractJob {
  id: number;
  file: string;
  bytes: Uint8Array;
  zone: string;
  /** Corpus-level site text, as match keys. */
  siteText?: string[];
}

export type ExtractAnswer = { id: number; extracted: Extracted } | { id: number; error: string };

/** A job's extraction options, rebuilt from what crossed the thread boundary. */
export function jobOptions(job: Pick<ExtractJob, 'zone' | 'siteText'>): ExtractOptions {
  return { zone: job.zone, ...(job.siteText ? { siteText: new Set(job.siteText) } : {}) };
}

/** Below this many files a thread's start-up (loading the extraction code) costs more than it saves. */
const MIN_JOBS_FOR_THREADS = 64;

/**
 * Extracts files on worker threads, one per core. Extraction is pure and
 * CPU-bound (bytes in, record out), so it spreads across cores as it is.
 * Small batches run on the calling thread.
 */
export class ExtractPool {
  private workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve(e: Extracted): void; reject(e: Error): void }>();
  private next = 0;

  constructor(private readonly threads = Math.max(1, os.availableParallelism())) {}

  /** Extracts every job; answers come back in the jobs' order. */
  async extractAll(jobs: Omit<ExtractJob, 'id'>[], onDone?: () => void): Promise<Extracted[]> {
    if (jobs.length < MIN_JOBS_FOR_THREADS || this.threads < 2) {
      return jobs.map((job) => {
        const extracted = extractBytes(job.file, job.bytes, jobOptions(job));
        onDone?.();
        return extracted;
      });
    }
    this.start();
    // A bounded number in flight per thread keeps memory flat on large archives.
    const results: Extracted[] = new Array(jobs.length);
    let cursor = 0;
    const lane = async (worker: Worker) => {
      while (cursor < jobs.length) {
        const i = cursor++;
        results[i] = await this.send(worker, jobs[i]!);
        onDone?.();
      }
    };
    await Promise.all(this.workers.flatMap((w) => [lane(w), lane(w)]));
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }

  private start(): void {
    if (this.workers.length > 0) return;
    for (let i = 0; i < this.threads; i++) {
      const worker = taskWorker(taskModule('extract-task'));
      worker.on('message', (answer: ExtractAnswer) => {
        const waiting = this.waiting.get(answer.id)!;
        this.waiting.delete(answer.id);
        if ('error' in answer) waiting.reject(new Error(`extraction failed in a worker thread: ${answer.error}`));
        else waiting.resolve(answer.extracted);
      });
      worker.on('error', (e) => {
        for (const w of this.waiting.values()) w.reject(e);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  private send(worker: Worker, job: Omit<ExtractJob, 'id'>): Promise<Extracted> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...job, id } satisfies ExtractJob);
    });
  }
}
