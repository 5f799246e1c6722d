// A worker thread of the extraction pool (see extract-pool.ts). Plain
// JavaScript, because a worker starts without the parent's TypeScript loader:
// it registers tsx itself, then serves jobs.
import { register } from 'tsx/esm/api';

register();
await import('./extract-task.ts');
