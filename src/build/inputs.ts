import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type Corpus } from '../corpus/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { ConfigError, DEFAULT_CONFIG, validateConfig, type SiteConfig } from '../render/config.ts';
import type { Strings } from '../render/strings.ts';
import { ingestFile, listArticleFiles } from './ingest.ts';

/** Where bantin itself is installed: its default templates live there. */
export const BANTIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_TEMPLATES = path.join(BANTIN_ROOT, 'templates');
export const CONFIG_FILE = 'bantin.config.json';

export interface IngestResult {
  files: string[];
  corpus: Corpus;
  /** Files that gave no record, with their diagnostics among `diagnostics`. */
  skipped: string[];
  diagnostics: Diagnostic[];
}

/** Reads and extracts every article file of a folder, in sorted order. */
export async function ingestFolder(dir: string, zone: string, onFile?: (done: number, total: number) => void): Promise<IngestResult> {
  const files = await listArticleFiles(dir);
  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped: string[] = [];
  for (const [i, file] of files.entries()) {
    const { extraction, readError } = await ingestFile(path.join(dir, file), file, { zone });
    if (readError) diagnostics.push(readError);
    if (extraction) diagnostics.push(...extraction.diagnostics.map((d) => ({ ...d, file })));
    if (extraction?.record) records.push(extraction.record);
    else skipped.push(file);
    onFile?.(i + 1, files.length);
  }
  const corpus = buildCorpus(records);
  return { files, corpus, skipped, diagnostics: [...diagnostics, ...corpus.diagnostics] };
}

/** bantin.config.json from the project folder, validated; defaults when there is none. */
export async function loadSiteConfig(projectDir: string, overrides: Partial<SiteConfig> = {}): Promise<SiteConfig> {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(await readFile(path.join(projectDir, CONFIG_FILE), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ConfigError([`${CONFIG_FILE} cannot be read: ${(e as Error).message}`]);
    }
    raw = { ...DEFAULT_CONFIG };
  }
  return validateConfig({ ...raw, ...overrides });
}

/** The site's texts: the project's templates/strings/<lang>.json, else bantin's. */
export async function loadStrings(language: string, projectDir: string): Promise<Strings> {
  for (const dir of [path.join(projectDir, 'templates'), DEFAULT_TEMPLATES]) {
    try {
      return JSON.parse(await readFile(path.join(dir, 'strings', `${language}.json`), 'utf8')) as Strings;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError([`templates/strings/${language}.json cannot be read: ${(e as Error).message}`]);
    }
  }
  throw new ConfigError([`'language' is '${language}', but there is no templates/strings/${language}.json`]);
}
