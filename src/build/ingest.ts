import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics.ts';
import { extractRecord, type ExtractOptions, type Extraction } from '../extract/index.ts';
import { contentDigest } from '../content-digest.ts';
import { fingerprint, type Fingerprint } from '../corpus/fingerprint.ts';
import { readSource } from '../read/index.ts';
import type { ArticleRecord } from '../record.ts';

/**
 * No article is anywhere near this size (long ones are tens of kilobytes): a
 * file this big is a dump or a mistake, and is not read into memory.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What a build keeps of an extraction: the record and what was said about the file. Plain data, so it can be cached and sent between threads. */
export interface Extracted {
  record: ArticleRecord | null;
  diagnostics: Diagnostic[];
  /** The record's fingerprint (see src/corpus/fingerprint.ts), made here so that it is cached with it; null without a record. */
  fingerprint: Fingerprint | null;
  /** The record's content digest (see src/content-digest.ts), made here for the same reason; null without a record. */
  digest: string | null;
}

export interface IngestedFile {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  extraction: Extracted | null;
  /** Set when the file could not be read at all. */
  readError: Diagnostic | null;
}

/** The bytes of an article file, or why they cannot be had. Never throws. */
export async function readArticleBytes(absolute: string, file: string, size?: number): Promise<{ bytes: Uint8Array } | { readError: Diagnostic }> {
  const fail = (code: Diagnostic['code'], message: string) => ({ readError: { code, message, severity: 'error' as const, line: null, file } });
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
  return { bytes };
}

/** Bytes → record: the pure part of ingestion, run on worker threads by the build. */
export function extractBytes(file: string, bytes: Uint8Array, options: ExtractOptions = {}): Extracted {
  const { record, diagnostics } = extractRecord(readSource(file, bytes), options);
  return { record, diagnostics, fingerprint: record && fingerprint(record), digest: record && contentDigest(record) };
}

/** Reads and extracts one file with everything extraction decided (for `bantin inspect`). */
export async function ingestFile(absolute: string, file: string, options: ExtractOptions = {}): Promise<{ file: string; extraction: Extraction | null; readError: Diagnostic | null }> {
  const read = await readArticleBytes(absolute, file);
  if ('readError' in read) return { file, extraction: null, readError: read.readError };
  return { file, extraction: extractRecord(readSource(file, read.bytes), options), readError: null };
}
