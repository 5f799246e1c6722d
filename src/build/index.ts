import { cp, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SiteConfig } from '../render/config.ts';
import { writeOfflineSupport } from '../offline/index.ts';
import { faviconIco } from '../render/favicon.ts';
import { buildSiteModel } from '../render/site.ts';
import { buildVocabulary, searchDocuments } from '../search/index.ts';
import { SEARCH_ENTRIES, SEARCH_EXTERNAL } from '../search/client/entries.ts';
import { bundleBrowserCode } from './bundle.ts';
import { writePagefindIndex } from '../search/pagefind.ts';
import { vocabularyBuckets, type Shard } from '../search/vocabulary.ts';
import { BANTIN_ROOT, DEFAULT_TEMPLATES, ingestFolder, loadSiteConfig, loadStrings } from './inputs.ts';
import { makeReport, type BuildReport } from './report.ts';
import { matchPhotos } from '../corpus/photos.ts';
import { processPhotos, publishPhotos } from './images.ts';
import { setCurrentSiteModel } from './site.ts';

export interface BuildOptions {
  projectDir: string;
  articlesDir: string;
  outDir: string;
  /** Overrides of bantin.config.json from the command line (`--base-url`). */
  config?: Partial<SiteConfig>;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Called as each stage starts and ends (the benchmark attributes memory to stages with it). */
  onStage?: (stage: string, phase: 'start' | 'end') => void;
}

export interface StageTiming {
  stage: string;
  seconds: number;
}

export interface BuildResult {
  report: BuildReport;
  timings: StageTiming[];
  outputBytes: number;
  outputFiles: number;
  /** Where the machine-readable report was written. */
  reportPath: string;
}

/**
 * The whole build: ingest → corpus → site model → Eleventy. Eleventy writes
 * to a temporary folder next to the output; it replaces the output only when
 * everything succeeded, so a failed build leaves the previous site whole.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: StageTiming[] = [];
  const time = async <T>(stage: string, work: () => Promise<T>): Promise<T> => {
    options.onStage?.(stage, 'start');
    const start = performance.now();
    const result = await work();
    timings.push({ stage, seconds: (performance.now() - start) / 1000 });
    options.onStage?.(stage, 'end');
    return result;
  };

  const config = await loadSiteConfig(options.projectDir, options.config);
  const ingest = await time('ingest', () => ingestFolder(options.articlesDir, config.timeZone, (d, t) => options.onProgress?.('ingest', d, t)));
  const strings = await loadStrings(config.language, options.projectDir);
  const imageCache = path.join(options.projectDir, '.bantin', 'images');
  const photos = await time('images', () => processPhotos(ingest.corpus.records, matchPhotos(ingest.corpus.records, ingest.photos), options.articlesDir, imageCache, config.pathPrefix));
  ingest.diagnostics.push(...photos.diagnostics);
  const site = await time('model', async () => buildSiteModel(ingest.corpus.records, config, strings, photos.pictures));

  const out = path.resolve(options.outDir);
  const reportPath = path.join(options.projectDir, '.bantin', 'report.json');
  if (ingest.corpus.records.length === 0) {
    // Nothing to publish: the previous site stays as it was.
    const report = makeReport(ingest.outcomes, ingest.ignored, ingest.siteText, ingest.diagnostics);
    await writeReport(reportPath, report);
    return { report, timings, outputBytes: 0, outputFiles: 0, reportPath };
  }
  const staging = `${out}.building-${process.pid}`;
  const input = await mkdtemp(path.join(os.tmpdir(), 'bantin-templates-'));
  try {
    await recoverInterruptedBuild(out);
    await time('templates', () => mergeTemplates(input, path.join(options.projectDir, 'templates')));
    setCurrentSiteModel(site);
    await time('render', async () => {
      await runEleventy(input, staging, config);
      await writeFile(path.join(staging, 'favicon.ico'), faviconIco());
      await publishPhotos(photos.outputs, imageCache, staging);
    });
    await time('index', async () => {
      const documents = searchDocuments(site, config.pathPrefix);
      await writePagefindIndex(documents, path.join(staging, 'pagefind'), config.language);
      await writeSearchClient(path.join(staging, 'search'), buildVocabulary(documents));
    });
    await time('offline', () => writeOfflineSupport(staging, site.buildId));
    await swapInto(staging, out);
  } finally {
    setCurrentSiteModel(null);
    await rm(input, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
  const size = await folderSize(out);
  const urls = new Map(site.articles.map((a) => [a.record.file, `${config.pathPrefix.replace(/\/$/, '')}${a.url}`]));
  const report = makeReport(
    ingest.outcomes.map((o) => (o.status === 'published' ? { ...o, url: urls.get(o.file) } : o)),
    ingest.ignored,
    ingest.siteText,
    ingest.diagnostics,
  );
  await writeReport(reportPath, report);
  return { report, timings, outputBytes: size.bytes, outputFiles: size.files, reportPath };
}

/** The report lives outside the output folder: it is for the newsroom and CI, not for readers. */
async function writeReport(reportPath: string, report: BuildReport): Promise<void> {
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
}

/** bantin's default templates, then the project's: a file of the same name in the project's templates/ wins. */
async function mergeTemplates(into: string, projectTemplates: string): Promise<void> {
  await cp(DEFAULT_TEMPLATES, into, { recursive: true });
  if (path.resolve(projectTemplates) !== DEFAULT_TEMPLATES && (await exists(projectTemplates))) {
    await cp(projectTemplates, into, { recursive: true, force: true });
  }
}

async function runEleventy(input: string, output: string, config: SiteConfig): Promise<void> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(input, output, { configPath: path.join(BANTIN_ROOT, '.eleventy.js'), quietMode: true, pathPrefix: config.pathPrefix });
  await eleventy.write();
}

/** The search page's scripts and the vocabulary they restore diacritics from, in hash buckets. */
async function writeSearchClient(dir: string, vocabulary: Map<string, Shard>): Promise<void> {
  const buckets = vocabularyBuckets(vocabulary);
  await mkdir(path.join(dir, 'words'), { recursive: true });
  for (const file of await bundleBrowserCode(SEARCH_ENTRIES, { WORD_BUCKETS: String(buckets.length) }, SEARCH_EXTERNAL)) await writeFile(path.join(dir, file.path), file.contents);
  for (const [i, bucket] of buckets.entries()) await writeFile(path.join(dir, 'words', `${i}.json`), JSON.stringify(bucket));
}

/** Two renames: the old site is moved aside, the new one put in its place, then the old one removed. */
async function swapInto(staging: string, out: string): Promise<void> {
  const old = `${out}.old-${process.pid}`;
  const hadOld = await exists(out);
  if (hadOld) await rename(out, old);
  await rename(staging, out);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Cleans up after a build that was killed: its staging folder goes; a site
 * moved aside but not yet replaced (killed between the two renames) is put
 * back first.
 */
async function recoverInterruptedBuild(out: string): Promise<void> {
  const dir = path.dirname(out);
  const base = path.basename(out);
  if (!(await exists(dir))) return;
  const names = (await readdir(dir)).sort();
  const aside = names.find((n) => n.startsWith(`${base}.old-`));
  if (aside && !(await exists(out))) await rename(path.join(dir, aside), out);
  for (const name of names) {
    if (name.startsWith(`${base}.building-`) || name.startsWith(`${base}.old-`)) await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
      files++;
    }
  }
  return { bytes, files };
}
