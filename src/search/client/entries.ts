import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The search client's bundles: Pagefind's module wrapped with query expansion, and the search page's glue. */
export const SEARCH_ENTRIES = { pagefind: path.join(here, 'pagefind.ts'), 'search-page': path.join(here, 'search-page.ts') };
/** Pagefind's own module, loaded at run time from beside the bundle. */
export const SEARCH_EXTERNAL = ['../pagefind/pagefind.js'];
