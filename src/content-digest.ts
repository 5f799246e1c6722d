import { hash } from 'node:crypto';

const DIGESTS = new WeakMap<object, string>();

/**
 * A digest of a plain-data value, made once per object: records and
 * summaries are shared by many pages (the build id, article pages, every
 * list that shows an article), and serialising them again for each is
 * most of what digesting an archive's pages costs. Values are never changed
 * once made (records after extraction, the site model's objects), so the
 * memo cannot go stale. Not a security boundary: SHA-1 is enough to tell
 * contents apart, at twice SHA-256's speed here.
 */
export function contentDigest(value: object): string {
  let digest = DIGESTS.get(value);
  if (digest === undefined) {
    digest = sha1(JSON.stringify(value));
    DIGESTS.set(value, digest);
  }
  return digest;
}

/**
 * Tells the memo a digest made earlier for an equal value: a record's digest
 * is made where it is extracted (on a worker thread) and cached with it, so
 * a build whose records come from the cache does not serialise them again.
 */
export function knownDigest(value: object, digest: string): void {
  DIGESTS.set(value, digest);
}

/**
 * Gives `value`, made from `source` and a little more (`extra`), a digest
 * made from `source`'s digest and `extra`, without serialising what it
 * shares with `source` (a renamed record, a search document: a record's
 * whole text). Every value made this way gets its digest this way, so equal
 * values still have equal digests from build to build.
 */
export function derivedDigest(value: object, source: object, extra: unknown): void {
  DIGESTS.set(value, sha1(contentDigest(source) + JSON.stringify(extra)));
}

/**
 * SHA-1 of a text, in base64url. Node's one-shot hash: for the short texts
 * digested by the thousand here (a summary, a page's links), a Hash object
 * cost three times as much (2 µs against 0.8 µs for 150 bytes).
 */
export function sha1(text: string): string {
  return hash('sha1', text, 'base64url');
}
