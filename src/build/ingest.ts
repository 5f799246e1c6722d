import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { extractRecord, type ExtractOptions, type Extraction } from '../extract/index.ts';
import { readSource } from '../read/index.ts';

/** Article files bantin reads; anything else in the folder is not an article. */
export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

export interface IngestedFile {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  extraction: Extraction | null;
  /** Set when the file could not be read at all. */
  readError: Diagnostic | null;
}

/** Every article file below the folder, sorted, relative to it. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads and extracts one file. A file that cannot be read is reported, never thrown. */
export async function ingestFile(absolute: string, file: string, options: ExtractOptions = {}): Promise<IngestedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { file, extraction: null, readError: { code: 'unreadable', message: `The file cannot be read (${reason}).`, severity: 'error', line: null, file } };
  }
  return { file, extraction: extractRecord(readSource(file, bytes), options), readError: null };
}
