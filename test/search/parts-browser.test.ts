import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateArticles } from '../../scripts/lib/generate.ts';
import { buildSite } from '../../src/build/index.ts';
import { launchBrowser, serveSite } from '../browser.ts';
import { tempDir } from '../helpers.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let page: Page;
let dist: string;

before(async () => {
  const project = tempDir('bantin-parts-');
  mkdirSync(path.join(project, 'articles'));
  for (const a of generateArticles(120, 8, 2500)) writeFileSync(path.join(project, 'articles', a.file), a.text);
  writeFileSync(path.join(project, 'bantin.config.json'), JSON.stringify({ title: 'Bản tin thử', baseUrl: 'https://tin.example.vn' }));
  dist = path.join(project, 'dist');
  // Parts of about 15 documents: the index of 120 articles is in several parts.
  await buildSite({ projectDir: project, articlesDir: path.join(project, 'articles'), outDir: dist, indexPartSize: 15 });
  server = await serveSite(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.origin}/tim-kiem/`);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Searches through the search page's module, as the UI does, and returns each result's URL and ISO date. */
function search(query: string, sort?: Record<string, string>): Promise<{ url: string; date: string }[]> {
  return page.evaluate(
    async ({ query, sort }) => {
      const w = window as unknown as { __search?: { search(q: string, o?: unknown): Promise<{ results: { data(): Promise<{ url: string; meta: { date: string } }> }[] }> } };
      w.__search ??= (await import('/search/pagefind.js' as string)).createInstance({});
      const answer = await w.__search!.search(query, sort ? { sort } : {});
      return Promise.all(answer.results.map(async (r) => ({ url: (await r.data()).url, date: (await r.data()).meta.date.split('/').reverse().join('-') })));
    },
    { query, sort },
  );
}

test('the index is in several parts, and one search covers them all', async () => {
  const parts = readdirSync(path.join(dist, 'pagefind-parts'));
  assert.ok(parts.length >= 3, `${parts.length} parts besides the primary index`);
  const results = await search('cong an');
  assert.ok(results.length > 100, `${results.length} of 120 articles found`);
});

test('newest first is in date order across the parts', async () => {
  const dates = (await search('cong an', { date: 'desc' })).map((r) => r.date);
  assert.ok(dates.length > 100);
  assert.deepEqual(dates, [...dates].sort().reverse());
});
