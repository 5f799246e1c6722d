import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';

/** Article files bantin reads. */
export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Files an editor's tools and operating system leave behind: never articles, never reported. */
const DEBRIS = [/^\.DS_Store$/, /^Thumbs\.db$/i, /^desktop\.ini$/i, /^~\$/, /\.sw[a-p]$/, /~$/, /^\.#/, /^#.*#$/, /^\.~lock\..*#$/, /^\._/, /\.(tmp|bak|orig)$/i, /^\.git(ignore|keep)?$/];

/** Photos may sit beside the articles, for their figures. */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|avif|tiff?|bmp|heic|heif|svg)$/i;

export interface Candidate {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  absolute: string;
  size: number;
  /** Last modification, in ms: with the size, tells an unchanged file without reading it. */
  mtimeMs: number;
}

export interface Discovery {
  candidates: Candidate[];
  /** Photos beside the articles, for their figures. */
  photos: Candidate[];
  /** Things that carry an article's name but cannot be one, or are not articles: reported. */
  rejected: Diagnostic[];
  /** Editor and OS debris: left alone without a word. */
  ignored: string[];
}

export function isDebris(name: string): boolean {
  return DEBRIS.some((re) => re.test(name));
}

/**
 * Walks the articles folder. Links are followed (to files and to folders),
 * with loops detected by real path; a folder named like an article is
 * reported and walked into; FIFOs, sockets and devices are reported, never
 * opened. Everything found is sorted, so builds do not depend on disk order.
 * The walk is synchronous: one stat per file, tens of thousands of files,
 * each a few microseconds of kernel work that a thread-pool round trip would
 * multiply.
 */
export async function discoverArticles(root: string): Promise<Discovery> {
  const result: Discovery = { candidates: [], photos: [], rejected: [], ignored: [] };
  const visited = new Set<string>([realpathSync(root)]);
  walk(root, '', result, visited);
  result.candidates.sort((a, b) => (a.file < b.file ? -1 : 1));
  result.photos.sort((a, b) => (a.file < b.file ? -1 : 1));
  result.rejected.sort((a, b) => (a.file! < b.file! ? -1 : 1));
  result.ignored.sort();
  return result;
}

function walk(dir: string, relative: string, result: Discovery, visited: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    result.rejected.push(reject(relative || '.', 'unreadable', `The folder cannot be read (${code(e)}).`));
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    const absolute = path.join(dir, name);
    const file = relative ? `${relative}/${name}` : name;
    if (isDebris(name)) {
      result.ignored.push(file);
      continue;
    }
    let info: Stats;
    try {
      info = statSync(absolute);
    } catch (e) {
      const why = code(e);
      if (why === 'ELOOP') result.rejected.push(reject(file, 'symlink-loop', 'The link leads back into itself; it was skipped.'));
      else result.rejected.push(reject(file, 'unreadable', `The file cannot be read (${why}); a link to nothing, or no permission.`));
      continue;
    }
    if (info.isDirectory()) {
      const real = realpathSync(absolute);
      if (visited.has(real)) {
        if (entry.isSymbolicLink()) result.rejected.push(reject(file, 'symlink-loop', 'The link leads to a folder already read (a loop); it was skipped.'));
        continue;
      }
      visited.add(real);
      if (ARTICLE_EXTENSIONS.test(name)) result.rejected.push(reject(file, 'not-a-file', 'This is a folder named like an article; the files inside it are read.'));
      walk(absolute, file, result, visited);
      continue;
    }
    if (!ARTICLE_EXTENSIONS.test(name)) {
      if (IMAGE_EXTENSIONS.test(name)) {
        if (info.isFile()) result.photos.push({ file, absolute, size: info.size, mtimeMs: info.mtimeMs });
      } else result.rejected.push(reject(file, 'not-an-article', `Only .txt, .md and .markdown files are articles; this one was left out.`));
      continue;
    }
    if (!info.isFile()) {
      result.rejected.push(reject(file, 'not-a-file', 'This is not a regular file (a pipe, a socket or a device); it was not opened.'));
      continue;
    }
    result.candidates.push({ file, absolute, size: info.size, mtimeMs: info.mtimeMs });
  }
}

function reject(file: string, code: 'unreadable' | 'symlink-loop' | 'not-a-file' | 'not-an-article', message: string): Diagnostic {
  return { ...error(code, message), file };
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
