import path from 'node:path';
import { BANTIN_ROOT } from '../build/paths.ts';

const here = path.join(BANTIN_ROOT, 'src', 'offline', 'client');

/** Bundled into /app/: the worker's registration (every page) and the offline page's script. */
export const APP_ENTRIES = { offline: path.join(here, 'register.ts'), 'offline-page': path.join(here, 'offline-page.ts') };
/** Bundled to /sw.js, at the site's root so that its scope is the whole site. */
export const WORKER_ENTRY = { sw: path.join(here, 'sw.ts') };

/** What the worker precaches: the shell a reader needs to read and search offline. */
export const PRECACHE_PATTERNS = [
  'index.html',
  'doc-offline/index.html',
  'tim-kiem/index.html',
  'assets/*',
  'app/*.js',
  'search/*.js',
  'manifest.webmanifest',
  'favicon.ico',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.*',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/pagefind-component-ui.*',
  'pagefind-parts/*/pagefind-entry.json',
  'pagefind-parts/*/*.pf_meta',
];
