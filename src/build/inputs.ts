import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type Corpus } from '../corpus/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { ConfigError, DEFAULT_CONFIG, validateConfig, type SiteConfig } from '../render/config.ts';
import type { Strings } from '../render/strings.ts';
import { discoverArticles } from './discover.ts';
import { ingestFile } from './ingest.ts';
import type { FileOutcome } from './report.ts';
import { findSiteText, printsSiteText, type SiteTextLine } from '../corpus/site-text.ts';
import { matchKey } from '../vietnamese/fold.ts';

/** Where bantin itself is installed: its default templates live there. */
export const BANTIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_TEMPLATES = path.join(BANTIN_ROOT, 'templates');
export const CONFIG_FILE = 'bantin.config.json';

export interface IngestResult {
  corpus: Corpus;
  /** One outcome for every file found: published, skipped (with why) or a duplicate (of what). */
  outcomes: FileOutcome[];
  /** Debris, left alone. */
  ignored: string[];
  /** Photos found beside the articles. */
  photos: { file: string; absolute: string }[];
  /** Paragraphs printed across many files, removed from the articles as the site's text. */
  siteText: SiteTextLine[];
  diagnostics: Diagnostic[];
}

/** Finds, reads and extracts every article file of a folder, in sorted order, and accounts for each. */
export async function ingestFolder(dir: string, zone: string, onFile?: (done: number, total: number) => void): Promise<IngestResult> {
  const discovery = await discoverArticles(dir);
  const ingested = [];
  for (const [i, candidate] of discovery.candidates.entries()) {
    ingested.push(await ingestFile(candidate.absolute, candidate.file, { zone }, candidate.size));
    onFile?.(i + 1, discovery.candidates.length);
  }
  // Site text is a fact about the whole folder: files that print it are read again knowing it.
  const siteText = findSiteText(ingested.flatMap((f) => (f.extraction?.record ? [f.extraction.record] : [])));
  if (siteText.length > 0) {
    const keys = new Set(siteText.map((l) => matchKey(l.text)));
    for (const [i, f] of ingested.entries()) {
      if (f.extraction?.record && printsSiteText(f.extraction.record, keys)) {
        const candidate = discovery.candidates[i]!;
        ingested[i] = await ingestFile(candidate.absolute, candidate.file, { zone, siteText: keys }, candidate.size);
      }
    }
  }

  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [...discovery.rejected];
  const outcomes: FileOutcome[] = discovery.rejected.map((d) => ({ file: d.file!, status: 'skipped', code: d.code, reason: d.message, line: d.line }));
  for (const { file, extraction, readError } of ingested) {
    const found = readError ? [readError] : extraction!.diagnostics.map((d) => ({ ...d, file }));
    diagnostics.push(...found);
    if (extraction?.record) records.push(extraction.record);
    else {
      const why = found.find((d) => d.severity === 'error') ?? found[0];
      outcomes.push({ file, status: 'skipped', code: why?.code, reason: why?.message, line: why?.line ?? null });
    }
  }
  const corpus = buildCorpus(records);
  const duplicateOf = new Map(corpus.duplicates.map((d) => [d.file, d]));
  for (const r of records) {
    const of = duplicateOf.get(r.file);
    outcomes.push(of ? { file: r.file, status: 'duplicate', duplicateOf: of.of, similarity: of.similarity } : { file: r.file, status: 'published' });
  }
  return { corpus, outcomes, ignored: discovery.ignored, photos: discovery.photos, siteText, diagnostics: [...diagnostics, ...corpus.diagnostics] };
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
