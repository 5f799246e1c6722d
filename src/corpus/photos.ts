import type { ArticleRecord } from '../record.ts';

/** A photo file found beside the articles. */
export interface PhotoFile {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
}

export interface PhotoMatches {
  /** Article file → for each of its figures, the photo file that fills it, or null. */
  byArticle: Map<string, (string | null)[]>;
  /** Photos no article refers to: reported, not published. */
  unused: string[];
}

const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const stem = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
const key = (name: string) => stem(name).toLowerCase();

/**
 * Which photo fills which figure. In order of precedence:
 * - a path given in front matter (`src: anh/hoi-nghi.jpg`), from the
 *   article's folder or from the articles folder;
 * - the token the page kept (`IMGP0713`), matching a photo's name whatever
 *   its case and extension (`IMGP0713.JPG`, `imgp0713.jpeg`), beside the
 *   article first, then anywhere if only one photo has that name;
 * - photos named after the article (`<article>-1.jpg`, `-2.jpg` …), filling
 *   its captioned figures still without a photo, in order.
 */
export function matchPhotos(records: readonly ArticleRecord[], photos: readonly PhotoFile[]): PhotoMatches {
  const byPath = new Map(photos.map((p) => [p.file.toLowerCase(), p.file]));
  const byKey = new Map<string, string[]>();
  for (const p of photos) byKey.set(key(p.file), [...(byKey.get(key(p.file)) ?? []), p.file]);
  const used = new Set<string>();
  const byArticle = new Map<string, (string | null)[]>();

  for (const r of records) {
    const dir = dirOf(r.file);
    const joined = (p: string) => (dir ? `${dir}/${p}` : p).toLowerCase();
    const matched = r.figures.map((f) => {
      if (!f.src) return null;
      const src = f.src.replace(/^\.?\//, '');
      const fromPath = byPath.get(joined(src)) ?? byPath.get(src.toLowerCase());
      if (fromPath) return fromPath;
      const named = byKey.get(key(src)) ?? [];
      return named.find((p) => dirOf(p) === dir) ?? (named.length === 1 ? named[0]! : null);
    });
    // <article>-1.jpg, -2.jpg …: the article's own photos, for its captioned figures in order.
    const own = [...(byKey.entries())]
      .flatMap(([k, files]) => files.map((file) => ({ k, file })))
      .filter(({ k, file }) => dirOf(file) === dir && k.startsWith(`${key(r.file)}-`) && /^\d+$/.test(k.slice(key(r.file).length + 1)))
      .sort((a, b) => Number(a.k.slice(key(r.file).length + 1)) - Number(b.k.slice(key(r.file).length + 1)));
    let next = 0;
    r.figures.forEach((f, i) => {
      if (matched[i] || !f.caption || next >= own.length) return;
      matched[i] = own[next++]!.file;
    });
    for (const m of matched) if (m) used.add(m);
    byArticle.set(r.file, matched);
  }
  return { byArticle, unused: photos.map((p) => p.file).filter((p) => !used.has(p)).sort() };
}
