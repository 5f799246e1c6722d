import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import Image from '@11ty/eleventy-img';
import type { PhotoMatches } from '../corpus/photos.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import type { Picture, PictureMap } from '../render/pictures.ts';
import type { OutputTree } from './output.ts';

/** Widths a photo is encoded at (never above its own); the article column is about 46rem wide. */
const WIDTHS = [480, 960, 1600];
const FORMATS = ['avif', 'webp', 'jpeg'];
const SIZES = '(min-width: 48rem) 46rem, 100vw';
const URL_PATH = '/img/';

interface ImageMetadata {
  [format: string]: { url: string; filename: string; width: number; height: number }[];
}

export interface ProcessedPhotos {
  pictures: PictureMap;
  /** Encoded files the site uses, in the cache folder; copied into the site. */
  outputs: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * Encodes the photos that fill figures with @11ty/eleventy-img (sharp): AVIF,
 * WebP and JPEG in a few widths, into a cache folder that outlives builds;
 * its files are named by a hash of the photo's content and the options, so an
 * unchanged photo is never encoded twice. A photo that cannot be read is
 * reported and its figure keeps the placeholder. sharp decodes large camera
 * originals (50 megapixels) by streaming, within its pixel limit.
 */
export async function processPhotos(records: readonly ArticleRecord[], matches: PhotoMatches, articlesDir: string, cacheDir: string, pathPrefix: string): Promise<ProcessedPhotos> {
  const pictures: PictureMap = new Map();
  const outputs = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const prefix = pathPrefix.replace(/\/$/, '');
  for (const r of records) {
    const photos = matches.byArticle.get(r.file) ?? [];
    const list: (Picture | null)[] = [];
    for (const [i, photo] of photos.entries()) {
      if (!photo || failed.has(photo)) {
        list.push(null);
        continue;
      }
      let metadata: ImageMetadata;
      try {
        metadata = (await Image(path.join(articlesDir, photo), { widths: WIDTHS, formats: FORMATS, outputDir: cacheDir, urlPath: URL_PATH })) as ImageMetadata;
      } catch (e) {
        failed.add(photo);
        diagnostics.push({ ...warning('image-unreadable', `The photo cannot be read (${(e as Error).message.split('\n')[0]}); its figure shows a placeholder. Replace the file with a JPEG or PNG.`), file: photo });
        list.push(null);
        continue;
      }
      for (const f of Object.values(metadata).flat()) outputs.add(f.filename);
      const caption = r.figures[i]?.caption ?? '';
      const jpegs = metadata.jpeg!;
      const html = Image.generateHTML(metadata, { alt: caption, sizes: SIZES, loading: i === 0 ? 'eager' : 'lazy', decoding: 'async' }) as string;
      const url = (u: string) => `${prefix}${u}`;
      list.push({
        html: prefix ? html.replaceAll(URL_PATH, `${prefix}${URL_PATH}`) : html,
        thumbnail: { ...pick(jpegs[0]!), url: url(jpegs[0]!.url) },
        large: { ...pick(jpegs[jpegs.length - 1]!), url: url(jpegs[jpegs.length - 1]!.url) },
      });
    }
    pictures.set(r.file, list);
  }
  for (const photo of matches.unused) {
    diagnostics.push({ ...warning('image-unused', 'No article refers to this photo; it was not published. Name it after an article (article-1.jpg) or after the image name printed in one.'), file: photo });
  }
  return { pictures, outputs, diagnostics };
}

function pick(f: { width: number; height: number }) {
  return { width: f.width, height: f.height };
}

/** Puts the encoded photos the site uses into it (those it lacks): hard links where the disk allows, copies otherwise. */
export async function publishPhotos(outputs: Set<string>, cacheDir: string, tree: OutputTree): Promise<void> {
  if (outputs.size === 0) return;
  const dir = path.join(tree.dir, 'img');
  await mkdir(dir, { recursive: true });
  for (const name of [...outputs].sort()) {
    // Photos are named by their content: one the tree holds is the same photo.
    if (tree.holds(`img/${name}`)) continue;
    await link(path.join(cacheDir, name), path.join(dir, name)).catch(() => copyFile(path.join(cacheDir, name), path.join(dir, name)));
  }
}
