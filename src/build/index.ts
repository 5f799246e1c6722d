import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { matchPhotos } from '../corpus/photos.ts';
import { writeOfflineSupport } from '../offline/index.ts';
import type { SiteConfig } from '../render/config.ts';
import { faviconIco } from '../render/favicon.ts';
import { pageUnits, siteView } from '../render/pages.ts';
import { buildCatalogue, completeSiteModel } from '../render/site.ts';
import { SEARCH_ENTRIES, SEARCH_EXTERNAL } from '../search/client/entries.ts';
import { searchDocuments, type SearchDocument } from '../search/index.ts';
import { partPath, splitIntoParts, type IndexPart } from '../search/parts.ts';
import { vocabularyBuckets, type Shard } from '../search/vocabulary.ts';
import { bundleBrowserCode } from './bundle.ts';
import { processPhotos, publishPhotos } from './images.ts';
import { fitsBesideRendering, indexCodeDigest, writeIndexParts, type PartJob } from './index-parts.ts';
import { ingestFolder, loadSiteConfig, loadStrings, type IngestResult } from './inputs.ts';
import { RecordCache, rulesetDigest } from './record-cache.ts';
import { publishSite, type OutputTree } from './output.ts';
import { renderPages, sharedDigest } from './render.ts';
import { makeReport, type BuildReport } from './report.ts';
import { inShard, writeShardManifest, type ArchiveShard } from './shard.ts';
import { partsVocabulary, storeVocabulary, vocabularyDigest } from './vocabulary-cache.ts';

export interface BuildOptions {
  projectDir: string;
  articlesDir: string;
  outDir: string;
  /** Overrides of bantin.config.json from the command line (`--base-url`). */
  config?: Partial<SiteConfig>;
  /** Build only this share of the archive (`--shard K/N`), for `bantin merge`. */
  shard?: ArchiveShard;
  /** Documents per search-index part, on average (see src/search/parts.ts). */
  indexPartSize?: number;
  /** Pages per Eleventy run (see src/build/render.ts). */
  pagesPerRun?: number;
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
  /** Pages rendered by this build, and kept unchanged from the previous one. */
  pages: { rendered: number; kept: number };
  /** Search-index parts written by this build, and kept. */
  indexParts: { written: number; kept: number };
  /** Where the machine-readable report was written. */
  reportPath: string;
}

/**
 * The whole build: ingest → corpus → site model → pages → search index →
 * offline support. Everything is written to the spare output, which is
 * swapped with the live one only when everything succeeded, so a failed
 * build leaves the previous site whole (see output.ts). What did not change
 * since the previous build (records, pages, index parts) is reused, never
 * redone.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: StageTiming[] = [];
  const time = stageTimer(timings, options.onStage);
  const config = await loadSiteConfig(options.projectDir, options.config);
  const bantinDir = path.join(options.projectDir, '.bantin');
  const { ingest, cache } = await time('ingest', async () => {
    const cache = await RecordCache.open(path.join(bantinDir, 'cache'), await rulesetDigest());
    try {
      const ingest = await ingestFolder(options.articlesDir, { zone: config.timeZone, cache, select: options.shard && inShard(options.shard), onFile: (d, t) => options.onProgress?.('ingest', d, t) });
      // A shard sees part of the archive: the other shards' records are not stale.
      await cache.flush(!options.shard);
      return { ingest, cache };
    } catch (e) {
      cache.close();
      throw e;
    }
  });
  // Records read back from the cache read their text from it as long as it is open: until the site is written.
  try {
    return await buildFrom(ingest, config, options, time, timings);
  } finally {
    cache.close();
  }
}

/** The build after ingestion: the site model, the pages, the search index and the offline support, written to the output. */
async function buildFrom(ingest: IngestResult, config: SiteConfig, options: BuildOptions, time: StageTime, timings: StageTiming[]): Promise<BuildResult> {
  const bantinDir = path.join(options.projectDir, '.bantin');
  const strings = await loadStrings(config.language, options.projectDir);
  const imageCache = path.join(bantinDir, 'images');
  const photos = await time('images', () => processPhotos(ingest.corpus.records, matchPhotos(ingest.corpus.records, ingest.photos), options.articlesDir, imageCache, config.pathPrefix));
  ingest.diagnostics.push(...photos.diagnostics);
  const catalogue = await time('model', async () => buildCatalogue(ingest.corpus.records, config, strings, photos.pictures));

  const reportPath = path.join(bantinDir, 'report.json');
  const finish = async (written: Omit<BuildResult, 'report' | 'timings' | 'reportPath'>) => {
    const urls = new Map(catalogue.entries.map((a) => [a.record.file, `${config.pathPrefix.replace(/\/$/, '')}${a.url}`]));
    const outcomes = ingest.outcomes.map((o) => (o.status === 'published' && written.outputFiles > 0 ? { ...o, url: urls.get(o.file) } : o));
    const report = makeReport(outcomes, ingest.ignored, ingest.siteText, ingest.diagnostics);
    await writeReport(reportPath, report);
    return { report, timings, reportPath, ...written };
  };
  if (ingest.corpus.records.length === 0) {
    // Nothing to publish: the previous site stays as it was.
    return finish({ outputBytes: 0, outputFiles: 0, pages: { rendered: 0, kept: 0 }, indexParts: { written: 0, kept: 0 } });
  }
  const out = path.resolve(options.outDir);
  const built = await publishSite(out, options.projectDir, async (tree, templates) => {
    const plan = planSearchIndex(searchDocuments(catalogue.entries, config.pathPrefix), tree, config.language, await indexCodeDigest(), options.indexPartSize);
    const vocabulary = { dir: path.join(bantinDir, 'vocabulary'), salt: await vocabularyDigest() };
    const indexing = time('index', () => writeSearchIndex(plan, tree, vocabulary));
    // Pagefind works in processes of its own, from the catalogue: meanwhile this thread makes the
    // pages (their related articles and neighbours) and digests them.
    const { site, view, units } = await time('pages', async () => {
      const site = completeSiteModel(catalogue);
      const view = siteView(site);
      return { site, view, units: pageUnits(site, await sharedDigest(view, templates)) };
    });
    // Rendering waits for a large index, so that Pagefind's processes never run beside this one grown by
    // rendering; a part or two (a rebuild's) are small enough to write while the pages render.
    if (!fitsBesideRendering(plan.jobs)) await indexing;
    else indexing.catch(() => undefined); // awaited after rendering; a failure of rendering comes first
    const pages = await time('render', async () => {
      const counts = await renderPages(site, view, units, tree, templates, options.pagesPerRun);
      await tree.write('favicon.ico', faviconIco());
      await publishPhotos(photos.outputs, imageCache, tree);
      return counts;
    });
    // What the index's writing moved aside is removed while this thread waits for it anyway.
    const [index] = await Promise.all([indexing, tree.emptyTrash()]);
    tree.prune();
    const files = await time('offline', () => writeOfflineSupport(tree.dir, site.buildId, tree.listing()));
    if (options.shard) await writeShardManifest(tree.dir, options.shard, site, index.parts);
    return { result: { pages, index, files }, files };
  }, { reuse: true });
  return finish({ outputBytes: built.files.reduce((sum, f) => sum + f.bytes, 0), outputFiles: built.files.length, pages: built.pages, indexParts: { written: built.index.written, kept: built.index.kept } });
}

/** Runs a stage of the build, timed. */
type StageTime = <T>(stage: string, work: () => Promise<T>) => Promise<T>;

export function stageTimer(timings: StageTiming[], onStage?: BuildOptions['onStage']): StageTime {
  return async (stage, work) => {
    onStage?.(stage, 'start');
    const start = performance.now();
    const result = await work();
    timings.push({ stage, seconds: (performance.now() - start) / 1000 });
    onStage?.(stage, 'end');
    return result;
  };
}

/** The search index in parts (see src/search/parts.ts): each part's place and digest, and the parts to write. */
export interface SearchIndexPlan {
  split: IndexPart[];
  /** Each part's digest, by its folder in the output. */
  parts: Record<string, string>;
  /** The parts whose documents changed: the others stay or are linked (see OutputTree). */
  jobs: PartJob[];
}

/** `code` is the indexing code's digest (see indexCodeDigest): a part's files are kept only for the same documents and the same code. */
export function planSearchIndex(documents: SearchDocument[], tree: OutputTree, language: string, code: string, partSize?: number): SearchIndexPlan {
  const parts: Record<string, string> = {};
  const split = splitIntoParts(documents, partSize);
  const jobs: PartJob[] = [];
  for (const [i, part] of split.entries()) {
    const where = partPath(i, part);
    parts[where] = createHash('sha1').update(code).update('\0').update(part.digest).digest('hex');
    if (!tree.part(where, parts[where])) jobs.push({ digest: part.digest, documents: part.documents, outputPath: path.join(tree.dir, where), language, primary: i === 0 });
  }
  return { split, parts, jobs };
}

/**
 * The planned parts, indexed by Pagefind, a part per core at a time (see
 * index-parts.ts). Then the search client, with the vocabulary of every
 * document, counted per part as it is written, or kept from the build that
 * wrote it (see vocabulary-cache.ts).
 */
export async function writeSearchIndex({ split, parts, jobs }: SearchIndexPlan, tree: OutputTree, vocabulary: { dir: string; salt: string }): Promise<{ parts: Record<string, string>; written: number; kept: number }> {
  await writeIndexParts(jobs, (job, counts) => storeVocabulary(vocabulary.dir, vocabulary.salt, job.digest, counts));
  const words = await partsVocabulary(split, vocabulary.dir, vocabulary.salt);
  await writeSearchClient(tree, words.shards(), {
    paths: Object.keys(parts).slice(1),
    largest: Math.max(...split.map((p) => p.documents.length)),
    oldest: split.map((p) => p.documents[0]!.sort.date!),
  });
  return { parts, written: jobs.length, kept: split.length - jobs.length };
}

/** The report lives outside the output folder: it is for the newsroom and CI, not for readers. */
async function writeReport(reportPath: string, report: BuildReport): Promise<void> {
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
}

/** The search index's parts besides the primary, for the client (see src/search/client/pagefind.ts). */
export interface IndexParts {
  paths: string[];
  /** Documents in the largest part. */
  largest: number;
  /** The oldest date in each part, the primary first, when parts hold disjoint date ranges; else empty. */
  oldest: string[];
}

/** The search page's scripts (in `search/`), the index parts they merge, and the vocabulary they restore diacritics from, in hash buckets. */
export async function writeSearchClient(tree: OutputTree, vocabulary: Map<string, Shard>, parts: IndexParts): Promise<void> {
  const buckets = vocabularyBuckets(vocabulary);
  const define = {
    WORD_BUCKETS: String(buckets.length),
    INDEX_PARTS: JSON.stringify(parts.paths.map((p) => `../${p}/`)),
    INDEX_PART_BITS: String(Math.ceil(Math.log2(parts.largest + 1))),
    INDEX_PART_OLDEST: JSON.stringify(parts.oldest),
  };
  for (const file of await bundleBrowserCode(SEARCH_ENTRIES, define, SEARCH_EXTERNAL)) await tree.write(`search/${file.path}`, file.contents);
  for (const [i, bucket] of buckets.entries()) await tree.write(`search/words/${i}.json`, JSON.stringify(bucket));
}
