import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleBrowserCode } from '../build/bundle.ts';
import type { SiteFile } from '../build/files.ts';
import { iconPng } from './icons.ts';
import { APP_ENTRIES, PRECACHE_PATTERNS, WORKER_ENTRY } from './entries.ts';
import { precacheManifest } from './precache.ts';

/** Sizes of the app icon the web app manifest lists. */
export const ICON_SIZES = [192, 512];

/**
 * Makes a built site readable offline: app icons, the worker's registration
 * and the offline page's script, the list of files "save for offline"
 * fetches, and the service worker (Workbox's runtime) with its precache
 * list, whose revisions follow the files' content. `listing`: every file
 * the site holds so far, with its size (see OutputTree.listing). Returns
 * every file of the site with its size, these included.
 */
export async function writeOfflineSupport(site: string, buildId: string, listing: readonly SiteFile[]): Promise<SiteFile[]> {
  const written: SiteFile[] = [];
  const write = async (url: string, contents: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(site, url)), { recursive: true });
    await writeFile(path.join(site, url), contents);
    written.push({ url, bytes: Buffer.byteLength(contents) });
  };
  for (const size of ICON_SIZES) await write(`assets/icon-${size}.png`, iconPng(size));
  const define = { BUILD_ID: JSON.stringify(buildId) };
  for (const file of await bundleBrowserCode(APP_ENTRIES, define)) await write(`app/${file.path}`, file.contents);
  const shell = [...listing, ...written];
  await write('offline-files.json', JSON.stringify({ files: offlineFiles(shell) }));

  const precache = await precacheManifest(site, shell.map((f) => f.url), PRECACHE_PATTERNS);
  // A service worker is a classic script, not a module.
  const [worker] = await bundleBrowserCode(WORKER_ENTRY, { ...define, PRECACHE: JSON.stringify(precache) }, [], 'iife');
  await write('sw.js', worker!.contents);
  const ours = new Set(written.map((f) => f.url));
  return [...listing.filter((f) => !ours.has(f.url)), ...written].sort((a, b) => (a.url < b.url ? -1 : 1));
}

/**
 * What "save for offline" fetches: every page (by the address readers use,
 * `2022/10/slug/`), every search file and (if the reader wants them) the
 * photos, with sizes, relative to the site.
 * The shell is precached already and is not listed.
 */
function offlineFiles(listing: readonly SiteFile[]): { url: string; bytes: number; photo?: true }[] {
  const files: { url: string; bytes: number; photo?: true }[] = [];
  for (const { url: relative, bytes } of listing) {
    const page = relative.endsWith('index.html') && relative !== 'index.html';
    const index = /^pagefind(-parts\/[^/]+)?\/(index|fragment|filter)\/|^search\/words\//.test(relative);
    const photo = /^img\/[^/]+$/.test(relative);
    if (!page && !index && !photo) continue;
    files.push({ url: page ? relative.slice(0, -'index.html'.length) : relative, bytes, ...(photo ? { photo: true as const } : {}) });
  }
  return files.sort((a, b) => (a.url < b.url ? -1 : 1));
}
