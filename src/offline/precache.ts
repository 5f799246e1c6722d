import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface PrecacheEntry {
  /** Relative to the site (and so to the service worker at its root). */
  url: string;
  /** A hash of the content: the worker fetches the file again when it changes. */
  revision: string;
}

/** `assets/*`, `pagefind/wasm.*`: `*` stands for any characters within one path segment. */
function patternToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
}

/**
 * The worker's precache list: the site's files (relative paths) matching
 * the patterns, each with a content hash as its revision, in a stable order. (Workbox's own
 * manifest builder, workbox-build, would do the same but brings rollup and
 * babel, whose platform binaries the package registry here does not carry.)
 */
export async function precacheManifest(site: string, files: readonly string[], patterns: readonly string[]): Promise<PrecacheEntry[]> {
  const matchers = patterns.map(patternToRegExp);
  const entries: PrecacheEntry[] = [];
  for (const url of files) {
    if (!matchers.some((m) => m.test(url))) continue;
    entries.push({ url, revision: createHash('md5').update(await readFile(path.join(site, url))).digest('hex') });
  }
  return entries.sort((a, b) => (a.url < b.url ? -1 : 1));
}
