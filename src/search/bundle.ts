import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLIENT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'client');

export interface ClientFile {
  /** Path inside the site's search folder. */
  path: string;
  contents: Uint8Array;
}

/**
 * The browser side of search, bundled from the same TypeScript modules the
 * build uses, so folding and tone rules exist once. Pagefind's own module
 * stays a separate file, imported at run time.
 */
export async function bundleSearchClient(wordBuckets: number): Promise<ClientFile[]> {
  const result = await build({
    entryPoints: { pagefind: path.join(CLIENT, 'pagefind.ts'), 'search-page': path.join(CLIENT, 'search-page.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    external: ['../pagefind/pagefind.js'],
    outdir: '/out',
    write: false,
    logLevel: 'silent',
    define: { WORD_BUCKETS: String(wordBuckets) },
  });
  return result.outputFiles.map((f) => ({ path: path.basename(f.path), contents: f.contents }));
}
