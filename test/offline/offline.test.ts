import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../browser.ts';
import { runBantin } from '../helpers.ts';
import { buildProject, type BuiltSite } from '../site/support.ts';

const ARTICLE = '/2022/10/dang-uy-cong-an-trung-uong-so-ket-5-nam-thuc-hien-cac-quy-dinh-cua-ban-bi-thu-trung-uong-dang-ve/';
const UNVISITED = '/2021/10/dot-pha-trong-xay-dung-to-chuc-co-so-dang-nang-cao-chat-luong-doi-ngu-dang-vien/';

let site: BuiltSite;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

before(async () => {
  site = buildProject();
  assert.equal(site.code, 0, site.stderr);
  server = await serveSite(site.dist);
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  // Visit the home page, and wait until the service worker controls it.
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(query: string): Promise<string[]> {
  await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('pagefind-results .pf-result-link', { timeout: 15_000 });
  return page.$$eval('pagefind-results .pf-result-link', (links) => links.map((a) => a.textContent ?? ''));
}

test('offline, a visited article reloads from the cache and search still answers', async () => {
  await page.goto(server.origin + ARTICLE);
  const online = await page.locator('h1').innerText();
  assert.ok((await searchFor('tran quoc to')).length > 0);
  await context.setOffline(true);
  try {
    await page.goto(server.origin + ARTICLE);
    assert.equal(await page.locator('h1').innerText(), online);
    const results = await searchFor('tran quoc to');
    assert.ok(results.some((t) => t.includes('Đảng ủy Công an Trung ương')), JSON.stringify(results));
  } finally {
    await context.setOffline(false);
  }
});

test('offline, a page never cached gets the offline page', async () => {
  await context.setOffline(true);
  try {
    await page.goto(server.origin + UNVISITED);
    assert.equal(await page.locator('h1').innerText(), 'Đọc offline');
    // It lists what can be read: the article visited before.
    await page.waitForSelector('#offline-articles li a');
    assert.ok((await page.$$eval('#offline-articles a', (as) => as.map((a) => a.getAttribute('href')))).includes(ARTICLE));
  } finally {
    await context.setOffline(false);
  }
});

test('"Lưu để đọc offline" shows the size, saves with progress, and then an unvisited article opens offline', async () => {
  await page.goto(`${server.origin}/doc-offline/`);
  const button = page.locator('#offline-save');
  await button.waitFor({ state: 'visible' });
  assert.match(await button.innerText(), /^Lưu để đọc offline \([\d,.]+ MB\)$/);
  await button.click();
  await page.waitForFunction(() => document.querySelector('#offline-status')?.textContent === 'Đã lưu xong', null, { timeout: 30_000 });
  const progress = await page.$eval('#offline-progress', (p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max]);
  assert.equal(progress[0], progress[1]);
  await context.setOffline(true);
  try {
    await page.goto(server.origin + UNVISITED);
    assert.match(await page.locator('h1').innerText(), /^Đột phá trong xây dựng/);
  } finally {
    await context.setOffline(false);
  }
});

test('the site is installable: a web app manifest with icons', async () => {
  const manifest = JSON.parse(readFileSync(path.join(site.dist, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) {
    const response = await page.request.get(server.origin + icon.src);
    assert.equal(response.status(), 200, icon.src);
  }
  assert.ok(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512'));
});

test('after a rebuild that changes an article, a reload shows the new text', async () => {
  await page.goto(server.origin + ARTICLE);
  const file = path.join(site.project, 'articles', '000_06b78d3f9a5c3a05.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Báo cáo tại hội nghị nêu rõ', 'Báo cáo MỚI tại hội nghị nêu rõ'));
  const rebuilt = runBantin(['build'], site.project);
  assert.equal(rebuilt.code, 0, rebuilt.stderr);
  await page.reload();
  // The new build's worker takes over and the page reloads into the new build.
  await page.waitForFunction(() => document.body.textContent?.includes('Báo cáo MỚI tại hội nghị'), null, { timeout: 20_000 });
});

test('no script errors on the way', () => {
  assert.deepEqual(errors, []);
});
