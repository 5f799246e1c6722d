import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { generateArticles } from '../../scripts/lib/generate.ts';
import { readShardManifest } from '../../src/build/shard.ts';
import { launchBrowser, serveSite } from '../browser.ts';
import { runBantin } from '../helpers.ts';
import { buildProject, fileForUrl, loadPage, siteFiles } from '../site/support.ts';

let project: string;
let single: string;
let merged: string;
/** Article file → the shard (1-based) that built it. */
const shardOf = new Map<string, number>();
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

before(async () => {
  const site = buildProject(Object.fromEntries(generateArticles(45, 21, 2500).map((a) => [a.file, a.text])));
  assert.equal(site.code, 0, site.stderr);
  project = site.project;
  single = site.dist;
  for (const k of [1, 2, 3]) {
    const run = runBantin(['build', '--shard', `${k}/3`, '--out', `shard-${k}`], project);
    assert.equal(run.code, 0, run.stderr);
    const manifest = await readShardManifest(path.join(project, `shard-${k}`));
    for (const r of manifest.records) shardOf.set(r.file, k);
  }
  const merge = runBantin(['merge', 'shard-1', 'shard-2', 'shard-3', '--out', 'merged'], project);
  assert.equal(merge.code, 0, merge.stderr);
  merged = path.join(project, 'merged');
  server = await serveSite(merged);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const pagesOf = (dist: string) => siteFiles(dist).filter((f) => f.endsWith('.html'));

test('each shard builds its share of the archive; together they build all of it, once', () => {
  assert.equal(shardOf.size, 50);
  assert.deepEqual([...new Set(shardOf.values())].sort(), [1, 2, 3]);
});

test('the merged site serves every page a single build serves', () => {
  assert.deepEqual(pagesOf(merged), pagesOf(single));
  const $ = loadPage(merged, 'index.html');
  const $single = loadPage(single, 'index.html');
  assert.deepEqual($('.teaser__title a').map((_, a) => $(a).attr('href')).get(), $single('.teaser__title a').map((_, a) => $single(a).attr('href')).get());
  assert.ok(!existsSync(path.join(merged, 'bantin-shard.json')));
});

test('every internal link of the merged site resolves', () => {
  const broken: string[] = [];
  for (const page of pagesOf(merged)) {
    const $ = loadPage(merged, page);
    $('a[href], link[href], script[src], img[src]').each((_, el) => {
      const url = $(el).attr('href') ?? $(el).attr('src')!;
      if (/^(https?:|mailto:|#)/.test(url) && !url.startsWith('https://tin.example.vn/')) return;
      const file = fileForUrl(merged, url);
      if (!file || !existsSync(path.join(merged, file))) broken.push(`${page}: ${url}`);
    });
  }
  assert.deepEqual(broken, []);
});

test('one search in the merged site finds articles of all three shards', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/tim-kiem/`);
  const urls = await page.evaluate(async () => {
    const search = (await import('/search/pagefind.js' as string)).createInstance({});
    const answer = await search.search('cong an');
    return Promise.all(answer.results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  });
  // An article's page is in the output of the shard that built it, and only there.
  const builtBy = (url: string) => [1, 2, 3].find((k) => existsSync(path.join(project, `shard-${k}`, fileForUrl(merged, url)!)));
  const shards = new Set(urls.map(builtBy));
  assert.deepEqual([...shards].sort(), [1, 2, 3], `results from every shard (${urls.length} results)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('merging refuses an incomplete set of shards, naming the missing one', () => {
  const run = runBantin(['merge', 'shard-1', 'shard-3', '--out', 'incomplete'], project);
  assert.equal(run.code, 64);
  assert.match(run.stderr, /shard 2\/3 missing/);
  assert.equal(runBantin(['merge', 'articles', '--out', 'x'], project).code, 64);
});
