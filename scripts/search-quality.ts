/**
 * Measures search ranking the way the search test does, for plain Pagefind
 * and for bantin's search client, on the same built site: the seeds plus
 * generated distractors. Prints, per way of typing, how many queries put
 * the right article in the top 3.
 *
 *   node --import tsx scripts/search-quality.ts [distractors=200]
 */
import { mkdirSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/build/index.ts';
import { foldVietnamese } from '../src/vietnamese/fold.ts';
import { launchBrowser, serveSite } from '../test/browser.ts';
import { otherTonePlacement } from '../test/search/tone-placement.ts';
import { generateArticles } from './lib/generate.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distractors = Number(process.argv[2] ?? 200);
const { queries } = JSON.parse(readFileSync(path.join(repo, 'test/fixtures/search-queries.json'), 'utf8')) as { queries: { slug: string; query: string }[] };

const project = path.join(os.tmpdir(), `bantin-quality-${process.pid}`);
mkdirSync(path.join(project, 'articles'), { recursive: true });
cpSync(path.join(repo, 'articles'), path.join(project, 'articles'), { recursive: true });
for (const a of generateArticles(distractors, 42, 2500)) writeFileSync(path.join(project, 'articles', a.file), a.text);
await buildSite({ projectDir: repo, articlesDir: path.join(project, 'articles'), outDir: path.join(project, 'dist') });

const server = await serveSite(path.join(project, 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${server.origin}/tim-kiem/`);
const cases = queries.flatMap((q) => {
  const forms: [string, string][] = [['with diacritics', q.query], ['without diacritics', foldVietnamese(q.query).toLowerCase()]];
  const other = otherTonePlacement(q.query);
  if (other) forms.push(['other tone placement', other]);
  return forms.map(([how, text]) => ({ how, text, slug: q.slug }));
});
const scores = await page.evaluate(async (cases) => {
  const engines = { 'plain Pagefind': '/pagefind/pagefind.js', bantin: '/search/pagefind.js' };
  const out: Record<string, Record<string, [number, number]>> = {};
  for (const [name, module] of Object.entries(engines)) {
    const instance = (await import(module)).createInstance({});
    out[name] = {};
    for (const c of cases) {
      const answer = await instance.search(c.text);
      const top = await Promise.all(answer.results.slice(0, 3).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
      const row = (out[name]![c.how] ??= [0, 0]);
      row[1]++;
      if (top.some((url: string) => url.includes(c.slug))) row[0]++;
    }
  }
  return out;
}, cases);
await browser.close();
await server.close();
rmSync(project, { recursive: true, force: true });

console.log(`seeds + ${distractors} distractors, ${queries.length} queries (a phrase and a person per seed)`);
for (const [engine, rows] of Object.entries(scores)) {
  console.log(`\n${engine}`);
  for (const [how, [hits, total]] of Object.entries(rows)) console.log(`  ${how.padEnd(22)} ${hits}/${total} in the top 3`);
}
