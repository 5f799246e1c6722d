/**
 * The benchmark (not a test): generates N raw articles deterministically and
 * measures, in child processes whose memory is sampled from outside:
 *   - the full `bantin build` (wall time and peak memory per stage and in total);
 *   - rebuilds after one article changed (the first after a full build, a
 *     later one, and one of an older article, in an older search-index
 *     part), and ingestion rates cold and warm;
 *   - the baseline on the same articles: plain Eleventy, then the Pagefind CLI;
 *   - output and index sizes, and the bytes a browser downloads for a first
 *     search and for a second one, through bantin and through plain Pagefind.
 *
 *   scripts/bench [N=10000] [--runs R=1] [--no-baseline]
 *
 * With several runs, every figure is the median.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { launchBrowser, serveSite } from '../test/browser.ts';
import { spareOf } from '../src/build/output.ts';
import { writeBaselineProject } from './lib/baseline.ts';
import { generateArticles } from './lib/generate.ts';
import { folderBytes, kb, mb, treeRss } from './lib/measure.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '1' }, 'no-baseline': { type: 'boolean', default: false } } });
const count = Number(positionals[0] ?? 10_000);
const runs = Number(values.runs);
const root = path.join(os.tmpdir(), `bantin-bench-${process.pid}`);
const project = path.join(root, 'bantin');
const baseline = path.join(root, 'baseline');
const SAMPLE_MS = 50;
/** About 5 KB a raw article, as the issue's reference measurements. */
const ARTICLE_BYTES = 5000;

interface Measured {
  seconds: number;
  peak: number;
  stages: Map<string, { seconds: number; peak: number }>;
  lines: string[];
}

async function main() {
  mkdirSync(path.join(project, 'articles'), { recursive: true });
  writeFileSync(path.join(project, 'bantin.config.json'), JSON.stringify({ title: 'Bench', baseUrl: 'http://127.0.0.1' }));
  const articles = generateArticles(count, 7, ARTICLE_BYTES);
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(path.join(project, 'articles', a.file), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  if (!values['no-baseline']) writeBaselineProject(baseline, articles);
  articles.length = 0;
  console.log(`${count} generated articles, ${mb(bytes)} of raw text (${(bytes / count / 1024).toFixed(1)} KB each), ${os.availableParallelism()} cores, ${runs} run(s)\n`);

  const rows = new Map<string, { seconds: number[]; peak: number[] }>();
  const record = (name: string, m: { seconds: number; peak: number }) => {
    const row = rows.get(name) ?? { seconds: [], peak: [] };
    row.seconds.push(m.seconds);
    row.peak.push(m.peak);
    rows.set(name, row);
  };
  for (let run = 1; run <= runs; run++) {
    rmSync(path.join(project, '.bantin'), { recursive: true, force: true });
    rmSync(path.join(project, 'dist'), { recursive: true, force: true });
    rmSync(spareOf(path.join(project, 'dist')), { recursive: true, force: true });
    // The command a user runs, in the project's folder.
    const build = () => measure(process.execPath, [path.join(repo, 'bin', 'bantin.js'), 'build', '--stages'], project);
    const full = await build();
    for (const [stage, s] of full.stages) record(`bantin ${stage}`, s);
    record('bantin total', full);
    // One article edited, as an editor fixes a typo: the rebuild keeps everything else.
    const edit = (file: string) => {
      const edited = path.join(project, 'articles', file);
      writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n(.{80,})\n/, `\n$1 (Cập nhật lần ${run}.)\n`));
    };
    // The first rebuild after a full one also fills the spare output (see docs/scale.md); later ones only update it.
    edit('gen-000100.txt');
    const first = await build();
    record('first rebuild (1 edit)', first);
    edit('gen-000200.txt');
    const rebuild = await build();
    record('rebuild after 1 edit', rebuild);
    for (const stage of ['ingest', 'model', 'pages', 'render', 'index', 'offline']) record(`rebuild ${stage}`, rebuild.stages.get(stage)!);
    // Low numbers are the newest articles, in the newest search-index part; an older article is in an older part.
    edit(`gen-${String(Math.floor(count / 2)).padStart(6, '0')}.txt`);
    const older = await build();
    record('rebuild, older article', older);
    record('rebuild, older: index', older.stages.get('index')!);
    console.log(`run ${run}: bantin ${full.seconds.toFixed(1)} s, first rebuild ${first.seconds.toFixed(1)} s, rebuild ${rebuild.seconds.toFixed(1)} s (${rebuild.lines.find((l) => l.startsWith('pages'))}), older article ${older.seconds.toFixed(1)} s (${older.lines.find((l) => l.startsWith('pages'))})`);
    if (!values['no-baseline']) {
      rmSync(path.join(baseline, '_site'), { recursive: true, force: true });
      const eleventy = await measure(process.execPath, [path.join(repo, 'node_modules/@11ty/eleventy/cmd.cjs'), '--input=src', '--output=_site', '--quiet'], baseline);
      const pagefind = await measure(process.execPath, [path.join(repo, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', '_site'], baseline);
      record('baseline eleventy', eleventy);
      record('baseline pagefind', pagefind);
      record('baseline total', { seconds: eleventy.seconds + pagefind.seconds, peak: Math.max(eleventy.peak, pagefind.peak) });
      console.log(`run ${run}: baseline eleventy ${eleventy.seconds.toFixed(1)} s, pagefind ${pagefind.seconds.toFixed(1)} s`);
    }
  }

  console.log(`\n${runs > 1 ? 'median of runs' : 'one run'}            wall time   peak memory`);
  for (const [name, row] of rows) console.log(`${name.padEnd(26)} ${`${median(row.seconds).toFixed(2)} s`.padStart(9)}   ${mb(median(row.peak)).padStart(10)}`);
  const total = median(rows.get('bantin total')!.seconds);
  console.log(`\ningestion: ${(count / median(rows.get('bantin ingest')!.seconds)).toFixed(0)} articles/s cold (extracting), ${(count / median(rows.get('rebuild ingest')!.seconds)).toFixed(0)} articles/s warm (record cache)`);
  if (rows.has('baseline total')) console.log(`bantin / baseline: ${(total / median(rows.get('baseline total')!.seconds)).toFixed(2)}× the time`);

  const dist = path.join(project, 'dist');
  console.log(`\noutput ${mb(folderBytes(dist))}; search index: pagefind ${mb(folderBytes(path.join(dist, 'pagefind')) + folderBytes(path.join(dist, 'pagefind-parts')))}, vocabulary ${kb(folderBytes(path.join(dist, 'search', 'words')))}`);
  const sites: [string, string, string][] = [
    ['bantin (search page)', dist, '/search/pagefind.js'],
  ];
  if (!values['no-baseline']) sites.push(['plain Pagefind, baseline site', path.join(baseline, '_site'), '/pagefind/pagefind.js']);
  console.log('\nbytes downloaded (over the wire)   first query   second query');
  for (const [name, site, module] of sites) {
    const [first, second] = await queryDownloads(site, module);
    console.log(`${name.padEnd(34)} ${kb(first).padStart(11)}   ${kb(second).padStart(12)}`);
  }
  rmSync(root, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Runs a command and samples its process tree's memory. `bantin build
 * --stages` prints `stage <name> start|end`; samples are attributed to the
 * stages running (a rebuild writes a small index while it renders). The
 * command's output is kept, not shown (its summary lists every warning).
 */
function measure(command: string, args: string[], cwd = repo): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stages = new Map<string, { seconds: number; peak: number; since: number }>();
    const lines: string[] = [];
    const running = new Set<string>();
    let peak = 0;
    const timer = setInterval(() => {
      const rss = treeRss(child.pid!);
      peak = Math.max(peak, rss);
      for (const stage of running) stages.get(stage)!.peak = Math.max(stages.get(stage)!.peak, rss);
    }, SAMPLE_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const stage = /^stage (\S+) (start|end)$/.exec(line);
      if (stage?.[2] === 'start') {
        running.add(stage[1]!);
        stages.set(stage[1]!, { seconds: 0, peak: 0, since: Date.now() });
      } else if (stage?.[2] === 'end') {
        const s = stages.get(stage[1]!)!;
        s.seconds = (Date.now() - s.since) / 1000;
        running.delete(stage[1]!);
      }
    });
    createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${[command, ...args].join(' ')} failed (exit ${code}):\n${lines.slice(-20).join('\n')}`));
      resolve({ seconds: (Date.now() - started) / 1000, peak, stages, lines });
    });
  });
}

/**
 * What a reader's browser downloads for a first search and then a second,
 * in Chromium, each site in a fresh browser context (empty cache), through
 * the given module, loading the first five results as a results list does.
 */
async function queryDownloads(dist: string, module: string): Promise<[number, number]> {
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  const queries = ['dang uy cong an tinh', 'dai ta nguyen van hung'];
  try {
    // No service worker: its precache would serve the index files and hide them from the count.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    // Counted per request at the context, so that what Pagefind's worker fetches counts too.
    let received = 0;
    const counting: Promise<void>[] = [];
    context.on('requestfinished', (r) => counting.push(r.sizes().then((s) => void (received += s.responseHeadersSize + s.responseBodySize))));
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
      await Promise.all(counting);
      sizes.push(received);
    }
    return [sizes[0]!, sizes[1]!];
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
