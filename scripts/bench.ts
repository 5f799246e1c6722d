/**
 * The benchmark (not a test): generates N raw articles deterministically,
 * builds the site with `bantin build`, and prints wall time and peak memory
 * per stage and in total, the output and index sizes, and the bytes a
 * browser downloads for a first search and for a second one.
 *
 *   scripts/bench [N=10000]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveSite } from '../test/browser.ts';
import { generateArticles } from './lib/generate.ts';
import { folderBytes, kb, mb, treeRss } from './lib/measure.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 10_000);
const project = path.join(os.tmpdir(), `bantin-bench-${process.pid}`);
const SAMPLE_MS = 50;
/** About 5 KB a raw article, as the issue's reference measurements. */
const ARTICLE_BYTES = 5000;

interface StageStats {
  seconds: number;
  peak: number;
}

async function main() {
  mkdirSync(path.join(project, 'articles'), { recursive: true });
  writeFileSync(path.join(project, 'bantin.config.json'), JSON.stringify({ title: 'Bench', baseUrl: 'http://127.0.0.1' }));
  let bytes = 0;
  for (const a of generateArticles(count, 7, ARTICLE_BYTES)) {
    writeFileSync(path.join(project, 'articles', a.file), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  console.log(`${count} generated articles, ${mb(bytes)} of raw text (${(bytes / count / 1024).toFixed(1)} KB each)\n`);

  const { stages, total, result } = await measuredBuild();
  console.log('stage        wall time   peak memory');
  for (const [stage, s] of stages) console.log(`${stage.padEnd(12)} ${`${s.seconds.toFixed(2)} s`.padStart(9)}   ${mb(s.peak).padStart(10)}`);
  console.log(`${'total'.padEnd(12)} ${`${total.seconds.toFixed(2)} s`.padStart(9)}   ${mb(total.peak).padStart(10)}`);
  const dist = path.join(project, 'dist');
  console.log(`\npublished ${result.published} of ${result.files}; output ${result.outputFiles} files, ${mb(folderBytes(dist))}`);
  console.log(`search index: pagefind ${mb(folderBytes(path.join(dist, 'pagefind')))}, vocabulary ${kb(folderBytes(path.join(dist, 'search', 'words')))}`);

  const downloads = await queryDownloads(dist);
  console.log('\nbytes downloaded (over the wire)   first query   second query');
  for (const [engine, [first, second]] of Object.entries(downloads)) console.log(`${engine.padEnd(34)} ${kb(first).padStart(11)}   ${kb(second).padStart(12)}`);
  rmSync(project, { recursive: true, force: true });
}

/** Runs the build in a child process and samples its process tree's memory, attributing samples to the stage running. */
function measuredBuild(): Promise<{ stages: Map<string, StageStats>; total: StageStats; result: { published: number; files: number; outputFiles: number } }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts/lib/bench-build.ts'), project], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
    const stages = new Map<string, StageStats & { since: number }>();
    let current: string | null = null;
    let peak = 0;
    let result: { published: number; files: number; outputFiles: number } | null = null;
    const timer = setInterval(() => {
      const rss = treeRss(child.pid!);
      peak = Math.max(peak, rss);
      if (current) stages.get(current)!.peak = Math.max(stages.get(current)!.peak, rss);
    }, SAMPLE_MS);
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const stage = /^stage (\S+) (start|end)$/.exec(line);
        if (stage?.[2] === 'start') {
          current = stage[1]!;
          stages.set(current, { seconds: 0, peak: 0, since: Date.now() });
        } else if (stage?.[2] === 'end') {
          const s = stages.get(stage[1]!)!;
          s.seconds = (Date.now() - s.since) / 1000;
          current = null;
        } else if (line.startsWith('result ')) result = JSON.parse(line.slice(7));
      }
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 || !result) return reject(new Error(`the build failed (exit ${code})`));
      resolve({ stages, total: { seconds: (Date.now() - started) / 1000, peak }, result });
    });
  });
}

/**
 * What a reader's browser downloads for a first search and then a second, in
 * Chromium: through bantin's search page, and through Pagefind's own module
 * on the same index (showing the same five results).
 */
async function queryDownloads(dist: string): Promise<Record<string, [number, number]>> {
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  const queries = ['dang uy cong an tinh', 'dai ta nguyen van hung'];
  const out: Record<string, [number, number]> = {};
  try {
    for (const [engine, module] of [['bantin (search page)', '/search/pagefind.js'], ['plain Pagefind (same index)', '/pagefind/pagefind.js']] as const) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/tim-kiem/`, { waitUntil: 'networkidle' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      let received = 0;
      cdp.on('Network.loadingFinished', (e) => (received += e.encodedDataLength));
      const sizes: number[] = [];
      for (const q of queries) {
        received = 0;
        await page.evaluate(
          async ({ module, q }) => {
            const w = window as unknown as { __bench?: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
            w.__bench ??= (await import(module)).createInstance({});
            const answer = await w.__bench!.search(q);
            await Promise.all(answer.results.slice(0, 5).map((r) => r.data()));
          },
          { module, q },
        );
        await page.waitForLoadState('networkidle');
        sizes.push(received);
      }
      out[engine] = [sizes[0]!, sizes[1]!];
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

await main();
