// A worker thread (see extract-pool.ts and threads.ts). Plain JavaScript,
// because a worker starts without the parent's module loader: it loads its
// task, named by URL in workerData, registering tsx first when the task is
// TypeScript source (bantin compiled runs compiled tasks: bin/compiled.js).
import { workerData } from 'node:worker_threads';

if (workerData.task.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.task);
