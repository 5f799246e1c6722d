// A worker thread (see extract-pool.ts and threads.ts). Plain
// JavaScript, because a worker starts without the parent's TypeScript loader:
// it registers tsx itself, then loads its task, named by URL in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.task);
