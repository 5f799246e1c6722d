import { createHash } from 'node:crypto';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { SLUG_MAX_LENGTH } from '../vietnamese/slug.ts';

/**
 * Makes slugs unique across the site. Of the articles that share a slug, the
 * earliest published (then the first by file name) keeps it; each other gets
 * a suffix made from its own file path. A slug therefore changes only when an
 * article with the same title and an earlier date arrives, never because an
 * unrelated article was added.
 */
export function uniqueSlugs(records: readonly ArticleRecord[]): { records: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, ArticleRecord[]>();
  for (const r of records) groups.set(r.slug, [...(groups.get(r.slug) ?? []), r]);
  const renamed = new Map<ArticleRecord, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [slug, group] of groups) {
    if (group.length < 2) continue;
    const [keeper, ...others] = [...group].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
    for (const r of others) {
      const suffix = createHash('sha256').update(r.file).digest('hex').slice(0, 6);
      const unique = `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
      renamed.set(r, unique);
      diagnostics.push({ ...warning('slug-collision', `The slug '${slug}' is also used by ${keeper!.file}; this article is published as '${unique}'. Set 'slug:' in front matter to choose one.`), file: r.file });
    }
  }
  return { records: records.map((r) => (renamed.has(r) ? { ...r, slug: renamed.get(r)!, warnings: [...r.warnings, ...diagnosticsFor(r, diagnostics)] } : r)), diagnostics };
}

function diagnosticsFor(r: ArticleRecord, diagnostics: Diagnostic[]) {
  return diagnostics.filter((d) => d.file === r.file).map((d) => ({ code: d.code, message: d.message, line: d.line }));
}
