import path from 'node:path';
import { writeOfflineSupport } from '../offline/index.ts';
import type { SiteConfig } from '../render/config.ts';
import { faviconIco } from '../render/favicon.ts';
import { pageUnits, siteView } from '../render/pages.ts';
import { buildSiteModel } from '../render/site.ts';
import type { ArticleRecord } from '../record.ts';
import { countVocabulary, searchDocuments } from '../search/index.ts';
import { PART_FILES } from '../search/pagefind.ts';
import { Linker } from './files.ts';
import { stageTimer, writeSearchClient, type StageTiming } from './index.ts';
import { publishSite } from './output.ts';
import { loadSiteConfig, loadStrings } from './inputs.ts';
import { renderPages, sharedDigest } from './render.ts';
import { readShardManifest, ShardError, type ShardManifest } from './shard.ts';

export interface MergeOptions {
  projectDir: string;
  /** The outputs of `bantin build --shard K/N`, one for every K. */
  shardDirs: string[];
  outDir: string;
  config?: Partial<SiteConfig>;
  onStage?: (stage: string, phase: 'start' | 'end') => void;
}

export interface MergeResult {
  articles: number;
  shards: number;
  timings: StageTiming[];
}

/**
 * Shard outputs → one site. Each shard rendered its own articles' pages and
 * indexed them; those are kept as they are. What spans the archive is made
 * here from every shard's records: the home, term and archive pages, the
 * feeds and sitemap, the search vocabulary, and the list of index parts the
 * browser merges. An article's previous/next and related links stay within
 * its shard.
 */
export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const timings: StageTiming[] = [];
  const time = stageTimer(timings, options.onStage);
  const config = await loadSiteConfig(options.projectDir, options.config);
  const strings = await loadStrings(config.language, options.projectDir);
  const shards = await Promise.all(options.shardDirs.map(async (dir) => ({ dir: path.resolve(dir), manifest: await readShardManifest(dir) })));
  checkComplete(shards.map((s) => s.manifest));
  shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index);

  const records = shards.flatMap((s) => s.manifest.records).sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
  const site = await time('model', async () => buildSiteModel(records, config, strings, new Map(shards.flatMap((s) => s.manifest.pictures))));
  const builtIn = new Map(shards.flatMap((s) => s.manifest.records.map((r) => [r.file, s.dir] as const)));
  checkUrls(site.articles.map((a) => ({ url: a.url, record: a.record })));

  const out = path.resolve(options.outDir);
  await publishSite(out, options.projectDir, async (tree, templates) => {
    const view = siteView(site);
    const units = pageUnits(site, await sharedDigest(view, templates));
    const linker = new Linker();
    await time('render', async () => {
      const recordAt = new Map(site.articles.map((a) => [a.url, a.record]));
      for (const unit of units.filter((u) => u.kind === 'article')) {
        const record = recordAt.get(unit.url)!;
        if (!linker.file(path.join(builtIn.get(record.file)!, unit.file), path.join(tree.dir, unit.file))) throw new ShardError(`${builtIn.get(record.file)} has no page for ${record.file} (${unit.url}): was the shard's output changed?`);
      }
      await renderPages(site, view, units.filter((u) => u.kind !== 'article'), tree, templates);
      await tree.write('favicon.ico', faviconIco());
      for (const s of shards) linker.tree(path.join(s.dir, 'img'), path.join(tree.dir, 'img'));
    });
    await time('index', async () => {
      const parts: string[] = [];
      for (const [k, s] of shards.entries()) {
        for (const [i, part] of s.manifest.parts.entries()) {
          if (k === 0 && i === 0) {
            linker.tree(path.join(s.dir, part), path.join(tree.dir, 'pagefind'));
            continue;
          }
          const where = i === 0 ? `pagefind-parts/shard-${s.manifest.shard.index}` : part;
          linker.tree(path.join(s.dir, part), path.join(tree.dir, where), (relative) => PART_FILES.test(relative.split(path.sep)[0]!));
          parts.push(where);
        }
      }
      // No part of a shard is larger than the shard.
      const largest = Math.max(...shards.map((s) => s.manifest.records.length));
      // Shards' parts overlap in time: newest first is exact within each part only (see docs/scale.md).
      await writeSearchClient(tree, countVocabulary(searchDocuments(site.articles, config.pathPrefix)).shards(), { paths: parts, largest, oldest: [] });
    });
    tree.prune();
    const files = await time('offline', () => writeOfflineSupport(tree.dir, site.buildId, tree.listing()));
    return { result: undefined, files };
  }, { reuse: false });
  return { articles: site.articles.length, shards: shards.length, timings };
}

/** Every shard 1…N once, all of the same N. */
function checkComplete(manifests: ShardManifest[]): void {
  const count = manifests[0]?.shard.count;
  if (count === undefined) throw new ShardError('bantin merge needs the output folders of the shards to merge.');
  const seen = new Set<number>();
  for (const m of manifests) {
    if (m.shard.count !== count) throw new ShardError(`the shards were built with different N (${count} and ${m.shard.count}).`);
    if (seen.has(m.shard.index)) throw new ShardError(`shard ${m.shard.index}/${count} is given twice.`);
    seen.add(m.shard.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new ShardError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')} missing: every shard's output is needed.`);
}

/** Two shards cannot both publish at one address (same month, same slug): said, with the files, rather than one silently lost. */
function checkUrls(pages: { url: string; record: ArticleRecord }[]): void {
  const byUrl = new Map<string, string>();
  for (const { url, record } of pages) {
    const other = byUrl.get(url);
    if (other) throw new ShardError(`${other} and ${record.file}, built in different shards, would both be published at ${url}. Give one of them another title or a 'slug:' in its front matter.`);
    byUrl.set(url, record.file);
  }
}
