import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics.ts';
import { extractRecord, type ExtractOptions, type Extraction } from '../extract/index.ts';
import { readSource } from '../read/index.ts';

/**
 * No article is anywhere near this size (long ones are tens of kilobytes): a
 * file this big is a dump or a mistake, and is not read into memory.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface IngestedFile {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  extraction: Extraction | null;
  /** Set when the file could not be read at all. */
  readError: Diagnostic | null;
}

/** Reads and extracts one file. A file that cannot be read is reported, never thrown. */
export async function ingestFile(absolute: string, file: string, options: ExtractOptions = {}, size?: number): Promise<IngestedFile> {
  const fail = (code: Diagnostic['code'], message: string): IngestedFile => ({ file, extraction: null, readError: { code, message, severity: 'error', line: null, file } });
  if (size !== undefined && size > MAX_ARTICLE_BYTES) {
    return fail('too-large', `The file is ${(size / 1024 / 1024).toFixed(1)} MB; articles are at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB. It was skipped: check that it is an article.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (e) {
    return fail('unreadable', `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  if (bytes.length > MAX_ARTICLE_BYTES) return fail('too-large', `The file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB; it was skipped.`);
  return { file, extraction: extractRecord(readSource(file, bytes), options), readError: null };
}
