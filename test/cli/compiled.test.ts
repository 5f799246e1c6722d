import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript, without types: it runs before anything can load TypeScript.
import { compiledMain } from '../../bin/compiled.js';
import type { ExtractAnswer, ExtractJob } from '../../src/build/extract-pool.ts';
import { runOnThread, taskWorker } from '../../src/build/threads.ts';
import { loadStrings } from '../../src/build/inputs.ts';
import { REPO, tempDir } from '../helpers.ts';

const compile = compiledMain as (root?: string, cacheDir?: string) => Promise<string | null>;

/** A cache inside this repository's node_modules, so that the compiled code finds the dependencies there. */
function cacheDir(): string {
  const dir = path.join(REPO, 'node_modules', '.cache', `bantin-test-${process.pid}-${Math.random().toString(36).slice(2)}`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('the compiled command line is made once for the sources as they are, and made again after an edit', async () => {
  const root = tempDir();
  cpSync(path.join(REPO, 'src'), path.join(root, 'src'), { recursive: true });
  cpSync(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
  const cache = cacheDir();

  const first = await compile(root, cache);
  assert.ok(first, 'compiled');
  const made = statSync(fileURLToPath(first)).ino;
  assert.equal(await compile(root, cache), first);
  assert.equal(statSync(fileURLToPath(first)).ino, made, 'the same compiled file, not made again');

  const out: string[] = [];
  const { main } = await import(first);
  assert.equal(await main(['--help'], { out: (s: string) => out.push(s), err: (s: string) => out.push(s), isTTY: false }), 0);
  assert.match(out.join(''), /^Usage:\n {2}bantin inspect/);

  appendFileSync(path.join(root, 'src', 'cli', 'main.ts'), '\nexport const edited = 42;\n');
  const second = await compile(root, cache);
  assert.ok(second);
  assert.notEqual(second, first);
  assert.equal((await import(second)).edited, 42);
  assert.ok(existsSync(fileURLToPath(first)), 'a version made minutes ago stays: a running build may still start threads from it');
});

test('where it cannot be compiled, there is no compiled command line, and the caller runs the sources', async () => {
  const blocked = path.join(tempDir(), 'a-file');
  writeFileSync(blocked, '');
  assert.equal(await compile(REPO, path.join(blocked, 'cache')), null);
});

test("the compiled worker tasks run on worker threads: extraction, article bodies and a search-index part", async () => {
  const main = await compile(REPO, cacheDir());
  assert.ok(main);
  const task = (name: string) => new URL(`./${name}.js`, main);

  const worker = taskWorker(task('extract-task'));
  const job: ExtractJob = { id: 7, file: 'a.txt', bytes: readFileSync(path.join(REPO, 'articles', '004_33798f45f77cf564.txt')), zone: 'Asia/Ho_Chi_Minh' };
  const answer = await new Promise<ExtractAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(job);
  }).finally(() => worker.terminate());
  assert.ok('extracted' in answer, 'error' in answer ? answer.error : '');
  assert.equal(answer.id, 7);
  assert.match(answer.extracted.record!.title, /^Đảng ủy Công an Trung ương/);

  const strings = await loadStrings('vi', REPO);
  assert.deepEqual(await runOnThread(task('body-task'), { jobs: [], strings }, 'rendering no bodies'), []);

  const out = tempDir();
  const document = { url: '/a/', text: ['Công an tỉnh', 'Đảng ủy Công an Trung ương'], meta: { title: 'Công an tỉnh' }, filters: {}, sort: { date: '2024-01-01' } };
  await runOnThread(task('index-task'), { documents: [document], outputPath: out, language: 'vi', primary: false }, 'writing a part');
  assert.ok(existsSync(path.join(out, 'pagefind-entry.json')));
});
