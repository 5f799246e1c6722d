import { test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { generateArticles } from '../../scripts/lib/generate.ts';
import { foldVietnamese } from '../../src/vietnamese/fold.ts';
import { launchBrowser, serveSite } from '../browser.ts';
import { buildProject } from '../site/support.ts';
import { FIXTURES } from '../helpers.ts';
import { otherTonePlacement } from './tone-placement.ts';

const { queries: QUERIES } = JSON.parse(readFileSync(path.join(FIXTURES, 'search-queries.json'), 'utf8')) as { queries: { seed: string; slug: string; query: string }[] };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let page: Page;
const consoleErrors: string[] = [];

before(async () => {
  const distractors = Object.fromEntries(generateArticles(200, 42, 2500).map((a) => [a.file, a.text]));
  const site = buildProject(distractors);
  assert.equal(site.code, 0, site.stderr);
  assert.match(site.stderr, /published 205/);
  server = await serveSite(site.dist);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${server.origin}/tim-kiem/`);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query into the search box, as a reader does, and returns the result links in order. */
async function searchThroughUi(query: string): Promise<string[]> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  await input.pressSequentially(query);
  await waitForResults(query);
  return page.$$eval('pagefind-results .pf-result-link', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** The number of results the summary reports ("N kết quả cho …"). */
async function resultCount(): Promise<number> {
  return Number(/\d+/.exec((await page.locator('pagefind-summary').textContent()) ?? '')?.[0] ?? 0);
}

async function waitForResults(query: string): Promise<void> {
  // The summary names the query twice: while searching ("… q...") and when done ("N kết quả cho q").
  await page.waitForFunction(
    (q) => {
      const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
      if (!summary.includes(q) || summary.endsWith('...')) return false;
      // Results below the fold stay placeholders until scrolled to; the top three must be loaded.
      const items = [...document.querySelectorAll('pagefind-results li.pf-result')].slice(0, 3);
      return items.every((li) => li.getAttribute('aria-hidden') !== 'true');
    },
    query,
    { timeout: 10_000 },
  );
}

for (const q of QUERIES) {
  const variants: [string, string][] = [
    ['with diacritics', q.query],
    ['without diacritics', foldVietnamese(q.query).toLowerCase()],
  ];
  const other = otherTonePlacement(q.query);
  if (other) variants.push(['with the other tone placement', other]);
  for (const [how, text] of variants) {
    test(`seed ${q.seed}: '${text}' (${how}) puts the article in the top 3`, async () => {
      const results = await searchThroughUi(text);
      const rank = results.findIndex((url) => url.includes(q.slug));
      assert.ok(rank >= 0 && rank < 3, `rank ${rank + 1} of ${results.length}: ${results.slice(0, 5).join(' ')}`);
    });
  }
}

test('excerpts keep their diacritics and highlight the matched words', async () => {
  await searchThroughUi('dang uy cong an');
  const marks = await page.$$eval('pagefind-results .pf-result-excerpt mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.length > 0);
  assert.ok(marks.some((m) => m === 'Đảng' || m === 'đảng'), JSON.stringify(marks));
  assert.ok(!marks.some((m) => m === 'dang'), 'the excerpt shows the printed word, not the folded one');
});

test('results show title, date and figure caption', async () => {
  await searchThroughUi('Thượng tướng Lê Quý Vương');
  const first = page.locator('pagefind-results .search-result').first();
  assert.match(await first.locator('.pf-result-link').innerText(), /Hội nghị trực tuyến quán triệt/);
  assert.match(await first.locator('.search-result__meta').innerText(), /24\/09\/2019 · Điểm cầu trực tuyến tại Công an tỉnh Quảng Bình/);
});

test('a filter narrows the results', async () => {
  await searchThroughUi('cong an');
  // Counted from the summary: result links below the fold are filled in only when scrolled to.
  assert.ok((await resultCount()) > 3);
  await page.locator('pagefind-filter-dropdown[filter="year"] .pf-dropdown-trigger').click();
  await page.locator('pagefind-filter-dropdown[filter="year"] .pf-dropdown-option[data-value="2019"]').click();
  await page.waitForFunction(() => document.querySelectorAll('pagefind-results .pf-result-link').length === 1);
  const narrowed = await page.$$eval('pagefind-results .pf-result-link', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  assert.deepEqual(narrowed.map((u) => u.split('/')[1]), ['2019']);
  await page.locator('pagefind-filter-dropdown[filter="year"] .pf-dropdown-clear').click();
  await page.keyboard.press('Escape');
});

test('newest first orders results by date', async () => {
  await searchThroughUi('hoi nghi');
  await page.selectOption('#search-sort', 'newest');
  await page.waitForTimeout(500);
  const dates = await page.$$eval('pagefind-results .search-result__meta', (ps) => ps.map((p) => p.textContent!.trim().slice(0, 10)));
  const iso = dates.map((d) => d.split('/').reverse().join('-'));
  assert.deepEqual(iso, [...iso].sort().reverse());
  await page.selectOption('#search-sort', 'relevance');
});

test('a search can be linked: the query comes from ?q= and goes back into it', async () => {
  await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('le quy vuong')}`);
  await page.waitForSelector('pagefind-results .pf-result-link');
  assert.match(await page.locator('pagefind-results .pf-result-link').first().innerText(), /Hội nghị trực tuyến quán triệt/);
  await page.locator('pagefind-input input').fill('dai ta duong van manh');
  await page.waitForFunction(() => location.search.includes('duong'));
});

test('the header search form leads to the search page with the query', async () => {
  await page.goto(`${server.origin}/`);
  await page.fill('#site-search-q', 'tran quoc to');
  await page.press('#site-search-q', 'Enter');
  await page.waitForSelector('pagefind-results .pf-result-link');
  assert.match(page.url(), /\/tim-kiem\/\?q=tran\+quoc\+to/);
});

test('search works with the keyboard alone', async () => {
  await page.goto(`${server.origin}/tim-kiem/`);
  for (let i = 0; i < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('pagefind-input'))); i++) await page.keyboard.press('Tab');
  await page.keyboard.type('pham van hieu');
  await waitForResults('pham van hieu');
  // From the box, Tab moves through the controls to the first result; Enter opens it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('pf-result-link'))) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/tang-cuong-su-lanh-dao/);
});

test('no console errors anywhere in the search session', () => {
  assert.deepEqual(consoleErrors, []);
});
