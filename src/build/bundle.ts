import path from 'node:path';
import { build } from 'esbuild';

export interface BundledFile {
  /** File name (the entry's name plus .js). */
  path: string;
  contents: Uint8Array;
}

/**
 * Browser code (the search client, the service worker, the offline page)
 * — modules, or a classic script (`iife`) for the service worker —
 * bundled from the same TypeScript modules the build uses, so rules such as
 * folding or cache names exist once. Values only known at build time come
 * in through `define`; `external` imports stay as they are, resolved at run time.
 */
export async function bundleBrowserCode(entries: Record<string, string>, define: Record<string, string>, external: string[] = [], format: 'esm' | 'iife' = 'esm'): Promise<BundledFile[]> {
  const result = await build({
    entryPoints: entries,
    bundle: true,
    format,
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    external,
    outdir: '/out',
    write: false,
    logLevel: 'silent',
    define,
  });
  return result.outputFiles.map((f) => ({ path: path.basename(f.path), contents: f.contents }));
}
