/**
 * The service worker, built by bantin with Workbox: the shell (styles, the
 * search page and Pagefind's runtime, the offline page) is precached; pages
 * are cached as they are visited (stale-while-revalidate); Pagefind's hashed
 * index files cache-first; photos cache-first within a budget; a page never cached, asked for offline, gets the
 * offline page. Caches are named after the build; older ones are deleted
 * when this worker activates, and it takes control at once, so the page
 * that started the update reloads into the new build.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { INDEX_CACHE, OFFLINE_PAGE, PAGES_CACHE, PHOTOS_CACHE, PREFIX, buildId, isIndexFile, isPhotoFile } from './caches.ts';

/** Photos seen are kept up to this many (the oldest go first), so they never fill a phone. */
const PHOTO_BUDGET = 150;

declare const PRECACHE: { url: string; revision: string }[];
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
const worker = self as unknown as { addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void; skipWaiting(): Promise<void> };

// Pagefind asks for its entry and metadata with ?ts=<metaCacheTag> (the build id): the same files.
precacheAndRoute(PRECACHE, { cleanURLs: true, ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/] });
cleanupOutdatedCaches();
registerRoute(({ request }) => request.mode === 'navigate', new StaleWhileRevalidate({ cacheName: PAGES_CACHE }));
registerRoute(({ url }) => isIndexFile(url.pathname), new CacheFirst({ cacheName: INDEX_CACHE }));
registerRoute(({ url }) => isPhotoFile(url.pathname), new CacheFirst({ cacheName: PHOTOS_CACHE, plugins: [new ExpirationPlugin({ maxEntries: PHOTO_BUDGET, purgeOnQuotaError: true })] }));
setCatchHandler(async ({ request }) => (request.mode === 'navigate' ? ((await matchPrecache(OFFLINE_PAGE)) ?? Response.error()) : Response.error()));

worker.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && !k.endsWith(buildId)).map((k) => caches.delete(k)))));
});
void worker.skipWaiting();
clientsClaim();
