import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleBrowserCode } from '../build/bundle.ts';
import { listFiles, type SiteFile } from '../build/files.ts';
import { iconPng } from './icons.ts';
import { APP_ENTRIES, PRECACHE_PATTERNS, WORKER_ENTRY } from './entries.ts';
import { precacheManifest } from './precache.ts';

/** Sizes of the app icon the web app manifest lists. */
export const ICON_SIZES = [192, 512];

/**
 * Makes a built site readable offline: app icons, the worker's registration
 * and the offline page's script, the list of files "save for offline"
 * fetches, and the service worker (Workbox's runtime) with its precache
 * list, whose revisions follow the files' content. Returns every file of
 * the site with its size.
 */
export async function writeOfflineSupport(site: string, buildId: string): Promise<SiteFile[]> {
  for (const size of ICON_SIZES) await writeFile(path.join(site, 'assets', `icon-${size}.png`), iconPng(size));
  const define = { BUILD_ID: JSON.stringify(buildId) };
  await mkdir(path.join(site, 'app'), { recursive: true });
  for (const file of await bundleBrowserCode(APP_ENTRIES, define)) await writeFile(path.join(site, 'app', file.path), file.contents);
  // One walk of the site serves the offline list, the precache list and the build's summary.
  const listing = listFiles(site);
  const offline = JSON.stringify({ files: offlineFiles(listing) });
  await writeFile(path.join(site, 'offline-files.json'), offline);

  const precache = await precacheManifest(site, listing.map((f) => f.url), PRECACHE_PATTERNS);
  // A service worker is a classic script, not a module.
  const [worker] = await bundleBrowserCode(WORKER_ENTRY, { ...define, PRECACHE: JSON.stringify(precache) }, [], 'iife');
  await writeFile(path.join(site, 'sw.js'), worker!.contents);
  const written = [
    { url: 'offline-files.json', bytes: Buffer.byteLength(offline) },
    { url: 'sw.js', bytes: worker!.contents.length },
  ];
  return [...listing.filter((f) => !written.some((w) => w.url === f.url)), ...written].sort((a, b) => (a.url < b.url ? -1 : 1));
}

/**
 * What "save for offline" fetches: every page (by the address readers use,
 * `2022/10/slug/`), every search file and (if the reader wants them) the
 * photos, with sizes, relative to the site.
 * The shell is precached already and is not listed.
 */
function offlineFiles(listing: SiteFile[]): { url: string; bytes: number; photo?: true }[] {
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
