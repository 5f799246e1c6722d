import { foldVietnamese } from './fold.ts';

export const SLUG_MAX_LENGTH = 100;

/**
 * An ASCII URL slug: Vietnamese folded (đ → d), lower case, words joined by
 * hyphens, at most 100 characters, cut on a word boundary.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single word longer than the limit has no boundary to cut on.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
