import path from 'node:path';
import { BANTIN_ROOT } from '../../build/paths.ts';

const here = path.join(BANTIN_ROOT, 'src', 'search', 'client');

/** The search client's bundles: Pagefind's module wrapped with query expansion, and the search page's glue. */
export const SEARCH_ENTRIES = { pagefind: path.join(here, 'pagefind.ts'), 'search-page': path.join(here, 'search-page.ts') };
/** Pagefind's own module, loaded at run time from beside the bundle. */
export const SEARCH_EXTERNAL = ['../pagefind/pagefind.js'];
