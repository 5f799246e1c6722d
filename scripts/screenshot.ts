/**
 * Takes the README's screenshot of an article page with the browser tests'
 * tooling: builds the demo site into a temporary folder, serves it on
 * 127.0.0.1 and photographs it in Debian's Chromium.
 *
 *   node --import tsx scripts/screenshot.ts [docs/screenshot-article.png]
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../src/build/index.ts';
import { launchBrowser, serveSite } from '../test/browser.ts';

const out = path.resolve(process.argv[2] ?? 'docs/screenshot-article.png');
const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'bantin-shot-')), 'dist');
await buildSite({ projectDir: process.cwd(), articlesDir: path.resolve('articles'), outDir: dist });
const server = await serveSite(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  await page.goto(`${server.origin}/2022/10/dang-uy-cong-an-trung-uong-so-ket-5-nam-thuc-hien-cac-quy-dinh-cua-ban-bi-thu-trung-uong-dang-ve/`);
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await server.close();
}
