/**
 * Cache names, shared by the service worker and the offline page: each build
 * has its own (the build id is a hash of the inputs), so a new build's
 * worker can drop every older cache and readers never keep stale pages.
 */
declare const BUILD_ID: string;

export const buildId = BUILD_ID;
export const PREFIX = 'bantin-';
/** Article and list pages, cached when visited (stale-while-revalidate) or saved for offline. */
export const PAGES_CACHE = `${PREFIX}pages-${BUILD_ID}`;
/** Pagefind's index chunks and fragments and the search vocabulary: hashed files, cache-first. */
export const INDEX_CACHE = `${PREFIX}index-${BUILD_ID}`;
/** Photos, cached as they are seen, within a budget (see the worker). */
export const PHOTOS_CACHE = `${PREFIX}photos-${BUILD_ID}`;
/** The files the build lists for "save for offline", with their sizes. */
export const OFFLINE_FILES = 'offline-files.json';
/** Where a reader without a connection lands when a page was never cached. */
export const OFFLINE_PAGE = 'doc-offline/index.html';

/** Pagefind's hashed files and the vocabulary buckets: their names change when their content does. */
export function isIndexFile(pathname: string): boolean {
  return /\/pagefind(-parts\/[^/]+)?\/(index|fragment|filter)\/|\/search\/words\//.test(pathname);
}

/** The site's encoded photos. */
export function isPhotoFile(pathname: string): boolean {
  return /\/img\/[^/]+$/.test(pathname);
}
