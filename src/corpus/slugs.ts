import { createHash } from 'node:crypto';
import { derivedDigest } from '../content-digest.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { SLUG_MAX_LENGTH } from '../vietnamese/slug.ts';

const SUFFIX_LENGTH = 6;

/**
 * Makes slugs unique across the site. Of the articles that share a slug, the
 * earliest published (then the first by file name) keeps it; each other gets
 * a suffix made from its own file path. A slug therefore changes only when an
 * article with the same title and an earlier date arrives (or, rarely, one
 * whose slug is this suffixed slug: see suffixed), never because an
 * unrelated article was added.
 */
export function uniqueSlugs(records: readonly ArticleRecord[]): { records: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, ArticleRecord[]>();
  for (const r of records) {
    const group = groups.get(r.slug);
    if (group) group.push(r);
    else groups.set(r.slug, [r]);
  }
  const taken = new Set(groups.keys());
  const renamed = new Map<ArticleRecord, { slug: string; diagnostic: Diagnostic }>();
  for (const [slug, group] of groups) {
    if (group.length < 2) continue;
    const [keeper, ...others] = [...group].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
    for (const r of others) {
      const unique = suffixed(slug, r.file, taken);
      taken.add(unique);
      const diagnostic = { ...warning('slug-collision', `The slug '${slug}' is also used by ${keeper!.file}; this article is published as '${unique}'. Set 'slug:' in front matter to choose one.`), file: r.file };
      renamed.set(r, { slug: unique, diagnostic });
    }
  }
  const published = records.map((r) => {
    const rename = renamed.get(r);
    if (!rename) return r;
    const { code, message, line } = rename.diagnostic;
    const note = { code, message, line };
    const record = { ...r, slug: rename.slug, warnings: [...r.warnings, note] };
    // Serialising every renamed record again would cost each build seconds on an archive of recurring titles.
    derivedDigest(record, r, [rename.slug, note]);
    return record;
  });
  return { records: published, diagnostics: [...renamed.values()].map((n) => n.diagnostic) };
}

/**
 * `slug-1a2b3c`: the suffix is the start of the hash of the file's path, made
 * longer while the result is taken (another article's own slug, or another
 * suffix with the same start: with thousands of articles sharing a title,
 * six hex digits collide now and then).
 */
function suffixed(slug: string, file: string, taken: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(file).digest('hex');
  for (let length = SUFFIX_LENGTH; ; length++) {
    const suffix = hash.slice(0, length);
    const unique = `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
    if (!taken.has(unique) || length === hash.length) return unique;
  }
}
