import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../browser.ts';
import { buildProject } from './support.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
before(async () => {
  const site = buildProject();
  assert.equal(site.code, 0, site.stderr);
  server = await serveSite(site.dist);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, and returns it with the console errors and failed requests seen while loading. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, path);
  return { page, errors };
}

/** axe-core is injected as an inline script, which the site's Content-Security-Policy rightly forbids: it runs in a context that bypasses CSP. */
async function seriousViolations(path: string): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  await context.close();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

for (const [name, path] of <[string, string][]>[
  ['home page', '/'],
  ['article', '/2022/10/dang-uy-cong-an-trung-uong-so-ket-5-nam-thuc-hien-cac-quy-dinh-cua-ban-bi-thu-trung-uong-dang-ve/'],
  ['term page', '/nhan-vat/tran-quoc-to/'],
  ['search page', '/tim-kiem/?q=tran+quoc+to'],
]) {
  test(`the ${name} loads with no console errors (CSP in force) and no serious axe violations`, async () => {
    const { page, errors } = await open(path);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
    await page.close();
    assert.deepEqual(await seriousViolations(path), []);
  });
}

test('reading needs no JavaScript: with scripts off the article still shows its text', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}/2021/10/dot-pha-trong-xay-dung-to-chuc-co-so-dang-nang-cao-chat-luong-doi-ngu-dang-vien/`);
  assert.match(await page.locator('h1').innerText(), /Đột phá trong xây dựng/);
  assert.ok((await page.locator('.article__body p').count()) >= 5);
  await context.close();
});

test('the skip link moves focus to the main content', async () => {
  const { page } = await open('/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.close();
});

test('an unknown address gets the 404 page', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${server.origin}/khong-co-trang-nay/`);
  assert.equal(response?.status(), 404);
  assert.match(await page.locator('h1').innerText(), /Không tìm thấy trang/);
  await page.close();
});
