// bantin compiled: its TypeScript sources bundled by esbuild into plain
// JavaScript, kept in a cache inside the installation and made again when a
// source changes. Plain JavaScript itself, because it runs before anything
// can load TypeScript.
//
// Why: tsx compiles every module as it loads, through a loader thread of its
// own. On this project's benchmark (a rebuild of 10,000 articles after one
// edit) that cost about a second of processor time, most of it on the
// critical path: `bantin --help` took 0.88 s from the sources, 0.35 s
// compiled. Worker threads start from compiled tasks too.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The modules a process or a worker thread starts from, by the name they are compiled to. */
const ENTRIES = {
  main: 'src/cli/main.ts',
  'extract-task': 'src/build/extract-task.ts',
  'index-task': 'src/build/index-task.ts',
  'body-task': 'src/build/body-task.ts',
};
/** Copied as it is, beside the tasks: worker threads start from it (see src/build/threads.ts). */
const WORKER = 'src/build/worker.js';
/** A compiled version nobody has started for this long is removed when another is made. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * The URL of the compiled src/cli/main.ts for the sources as they are now,
 * compiling them first if needed; null when they cannot be compiled here
 * (a read-only installation, say): the caller then runs the sources.
 */
export async function compiledMain(root = ROOT, cacheDir = path.join(root, 'node_modules', '.cache', 'bantin')) {
  const dir = path.join(cacheDir, sourceDigest(root));
  try {
    if (existsSync(path.join(dir, 'main.js'))) markUsed(dir);
    else await compile(root, dir);
    return pathToFileURL(path.join(dir, 'main.js')).href;
  } catch {
    return null;
  }
}

/**
 * Names the sources as they are: every file under src/ (path, size, time of
 * change) and package.json. Reading them all would cost more than the
 * compiled start saves; an edit changes a file's time.
 */
export function sourceDigest(root) {
  const hash = createHash('sha1');
  const add = (relative) => {
    const s = statSync(path.join(root, relative));
    hash.update(`${relative}\0${s.size}\0${s.mtimeMs}\n`);
  };
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) add(child);
    }
  };
  walk('src');
  add('package.json');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Compiles into a folder of its own, then renames it into place: a process
 * never sees a half-written version, and of two processes compiling at once
 * the first to finish wins.
 */
async function compile(root, dir) {
  const { build } = await import('esbuild');
  const staging = `${dir}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(root, file)])),
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Dependencies load from node_modules as they are; only bantin's own code is compiled.
      packages: 'external',
      sourcemap: 'linked',
      keepNames: true,
      logLevel: 'silent',
    });
    copyFileSync(path.join(root, WORKER), path.join(staging, 'worker.js'));
    renameSync(staging, dir);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'main.js'))) throw e;
    return;
  }
  removeStale(path.dirname(dir), dir);
}

/** Its time of change says when a version was last started (see removeStale). */
function markUsed(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // A read-only installation keeps its versions.
  }
}

function removeStale(cacheDir, current) {
  for (const name of readdirSync(cacheDir)) {
    const other = path.join(cacheDir, name);
    if (other !== current && Date.now() - statSync(other).mtimeMs > STALE_MS) rmSync(other, { recursive: true, force: true });
  }
}
