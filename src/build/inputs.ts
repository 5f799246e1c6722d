import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus, type Corpus } from '../corpus/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { ConfigError, DEFAULT_CONFIG, validateConfig, type SiteConfig } from '../render/config.ts';
import type { Strings } from '../render/strings.ts';
import { discoverArticles, type Candidate, type Discovery } from './discover.ts';
import { readArticleBytes, type IngestedFile } from './ingest.ts';
import { ExtractPool } from './extract-pool.ts';
import type { RecordCache } from './record-cache.ts';
import type { FileOutcome } from './report.ts';
import { textKey } from '../corpus/fingerprint.ts';
import { knownDigest } from '../content-digest.ts';
import { findSiteText, printsSiteText, type SiteTextLine } from '../corpus/site-text.ts';
import { matchKey } from '../vietnamese/fold.ts';

import { DEFAULT_TEMPLATES } from './paths.ts';
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

export interface IngestOptions {
  zone: string;
  /** Where extracted records are cached; none: everything is extracted. */
  cache?: RecordCache;
  /** Only the files this returns true for are read (a shard's share). */
  select?: (file: string) => boolean;
  onFile?: (done: number, total: number) => void;
}

/** Files are read, looked up and extracted this many at a time, so memory does not grow with the archive. */
const CHUNK = 1000;

/** Finds, reads and extracts every article file of a folder, in sorted order, and accounts for each. */
export async function ingestFolder(dir: string, options: IngestOptions): Promise<IngestResult> {
  const discovery = await discoverArticles(dir);
  const candidates = options.select ? discovery.candidates.filter((c) => options.select!(c.file)) : discovery.candidates;
  const pool = new ExtractPool();
  try {
    const extract = (cs: Candidate[], siteText?: string[]) => extractCandidates(cs, { zone: options.zone, siteText }, pool, options.cache);
    const ingested: IngestedFile[] = [];
    for (let i = 0; i < candidates.length; i += CHUNK) {
      ingested.push(...(await extract(candidates.slice(i, i + CHUNK))));
      options.onFile?.(ingested.length, candidates.length);
    }
    // Site text is a fact about the whole folder: files that print it are read again knowing it.
    const siteText = findSiteText(ingested.flatMap((f) => (f.extraction?.record ? [{ record: f.extraction.record, fingerprint: f.extraction.fingerprint! }] : [])));
    if (siteText.length > 0) {
      const keys = [...new Set(siteText.map((l) => matchKey(l.text)))].sort();
      const printed = new Set(siteText.map((l) => textKey(l.text)));
      const again = [...ingested.keys()].filter((i) => ingested[i]!.extraction?.record && printsSiteText(ingested[i]!.extraction!.fingerprint!, printed));
      const redone = await extract(again.map((i) => candidates[i]!), keys);
      again.forEach((i, k) => (ingested[i] = redone[k]!));
    }
    return account(ingested, discovery, siteText);
  } finally {
    await pool.close();
  }
}

/**
 * Takes what the cache has (without reading a file whose size and time are
 * unchanged), reads the rest, extracts what is new (on worker threads) and
 * caches it.
 */
async function extractCandidates(candidates: Candidate[], options: { zone: string; siteText?: string[] }, pool: ExtractPool, cache?: RecordCache): Promise<IngestedFile[]> {
  const out: IngestedFile[] = new Array(candidates.length);
  const misses: { i: number; key: string | null; bytes: Uint8Array }[] = [];
  await Promise.all(
    candidates.map(async (c, i) => {
      const known = cache?.byStamp(c, options);
      if (known) return void (out[i] = { file: c.file, extraction: known, readError: null });
      const read = await readArticleBytes(c.absolute, c.file, c.size);
      if ('readError' in read) return void (out[i] = { file: c.file, extraction: null, readError: read.readError });
      const key = cache ? cache.key(c.file, read.bytes, options) : null;
      const cached = key ? cache!.get(key, c, options) : undefined;
      if (cached) out[i] = { file: c.file, extraction: cached, readError: null };
      else misses.push({ i, key, bytes: read.bytes });
    }),
  );
  misses.sort((a, b) => a.i - b.i);
  const extracted = await pool.extractAll(misses.map((m) => ({ file: candidates[m.i]!.file, bytes: m.bytes, ...options })));
  misses.forEach((m, k) => {
    out[m.i] = { file: candidates[m.i]!.file, extraction: extracted[k]!, readError: null };
    if (m.key) cache!.put(m.key, candidates[m.i]!, options, extracted[k]!);
  });
  return out;
}

/** Every file found gets an outcome: published, skipped with why, or a duplicate of which. */
function account(ingested: IngestedFile[], discovery: Discovery, siteText: SiteTextLine[]): IngestResult {
  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [...discovery.rejected];
  const outcomes: FileOutcome[] = discovery.rejected.map((d) => ({ file: d.file!, status: 'skipped', code: d.code, reason: d.message, line: d.line }));
  for (const { file, extraction, readError } of ingested) {
    const found = readError ? [readError] : extraction!.diagnostics.map((d) => ({ ...d, file }));
    diagnostics.push(...found);
    if (extraction?.record) {
      records.push(extraction.record);
      if (extraction.digest) knownDigest(extraction.record, extraction.digest);
    } else {
      const why = found.find((d) => d.severity === 'error') ?? found[0];
      outcomes.push({ file, status: 'skipped', code: why?.code, reason: why?.message, line: why?.line ?? null });
    }
  }
  const fingerprints = new Map(ingested.flatMap((f) => (f.extraction?.fingerprint ? [[f.file, f.extraction.fingerprint] as const] : [])));
  const corpus = buildCorpus(records, fingerprints);
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
