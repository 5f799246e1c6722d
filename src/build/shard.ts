import { createReadStream } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fnv1a } from '../fnv.ts';
import type { Picture } from '../render/pictures.ts';
import type { SiteModel } from '../render/site.ts';
import type { ArticleRecord } from '../record.ts';

/** Shard K of N (1-based): the article files whose path hashes to it. */
export interface ArchiveShard {
  index: number;
  count: number;
}

/** Left in a shard's output for `bantin merge`, and removed by it. */
export const SHARD_MANIFEST = 'bantin-shard.json';

/** What the merge step needs of a shard besides its files: its records and photos, and where its index parts are. */
export interface ShardManifest {
  version: 1;
  shard: ArchiveShard;
  records: ArticleRecord[];
  pictures: [string, (Picture | null)[]][];
  /** The shard's search-index parts, relative to its output (the first is its primary index). */
  parts: string[];
}

/** `K/N` → a shard, or why not. */
export function parseShard(text: string): ArchiveShard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || count < 1 || index < 1 || index > count) return `--shard takes K/N with 1 ≤ K ≤ N (for example 2/3), not '${text}'`;
  return { index, count };
}

/**
 * Whether a file (its path relative to the articles folder) belongs to the
 * shard. The path decides, so every shard job can tell its files without
 * reading any, and a file stays in its shard as the archive grows.
 */
export function inShard(shard: ArchiveShard): (file: string) => boolean {
  return (file) => fnv1a(file) % shard.count === shard.index - 1;
}

/** One JSON value per line (the head, then each record and each article's photos): an archive's records would not fit in one string. */
export async function writeShardManifest(dir: string, shard: ArchiveShard, site: SiteModel, parts: Record<string, string>): Promise<void> {
  const file = path.join(dir, SHARD_MANIFEST);
  await writeFile(file, `${JSON.stringify({ version: 1, shard, parts: Object.keys(parts) })}\n`);
  const lines = [...site.articles.map((a) => ({ r: a.record })), ...[...site.pictures].map((p) => ({ p }))];
  for (let i = 0; i < lines.length; i += 1000) await appendFile(file, lines.slice(i, i + 1000).map((l) => `${JSON.stringify(l)}\n`).join(''));
}

export async function readShardManifest(dir: string): Promise<ShardManifest> {
  const file = path.join(dir, SHARD_MANIFEST);
  let manifest: ShardManifest | null = null;
  try {
    for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      const line = JSON.parse(text) as Partial<ShardManifest> & { r?: ArticleRecord; p?: ShardManifest['pictures'][number] };
      if (!manifest) {
        if (line.version !== 1) throw new ShardError(`${dir}: ${SHARD_MANIFEST} was written by another version of bantin; build the shard again.`);
        manifest = { version: 1, shard: line.shard!, parts: line.parts!, records: [], pictures: [] };
      } else if (line.r) manifest.records.push(line.r);
      else if (line.p) manifest.pictures.push(line.p);
    }
  } catch (e) {
    if (e instanceof ShardError) throw e;
    throw new ShardError(`${dir} is not a shard's output (no readable ${SHARD_MANIFEST}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Build it with 'bantin build --shard K/N'.`);
  }
  if (!manifest) throw new ShardError(`${dir}: ${SHARD_MANIFEST} is empty; build the shard again.`);
  return manifest;
}

/** The shard outputs cannot be merged: a usage error, reported with what to do. */
export class ShardError extends Error {}
