import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputTree } from '../../src/build/output.ts';
import { emptyTree } from '../../src/build/state.ts';
import { tempDir } from '../helpers.ts';
import { siteSizes } from '../site/support.ts';

function put(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

test('the listing holds every file a walk finds, though it reads no folder that holds a page alone', async () => {
  const dir = tempDir('bantin-listing-');
  const tree = new OutputTree(dir, emptyTree(dir), null);
  const pages = ['index.html', '404.html', '2024/index.html', '2024/01/index.html', '2024/01/tin-a/index.html', '2024/01/tin-b/index.html', 'search/index.html', 'chu-de/an-ninh/index.html', 'chu-de/an-ninh/trang/2/index.html'];
  for (const [i, file] of pages.entries()) {
    assert.equal(tree.page(file, `digest-${i}`), false, 'a new tree renders every page');
    put(dir, file, `<p>${'trang '.repeat(i + 1)}</p>`);
  }
  // Beside pages: what bantin writes (a folder a page of another language's paths may share) and what a template writes.
  await tree.write('search/pagefind.js', 'export {}');
  await tree.write('favicon.ico', new Uint8Array([0, 0, 1, 0]));
  put(dir, '2024/01/tin-b/dinh-kem.json', '{}');
  tree.wrote('2024/01/tin-b/dinh-kem.json');
  put(dir, 'feed.xml', '<feed/>');
  tree.wrote('feed.xml');
  assert.deepEqual(Object.fromEntries(tree.listing().map((f) => [f.url, f.bytes])), siteSizes(dir));
});

test('a page folder is listed from what the tree knows: a file nobody told it of there is not seen (negative)', () => {
  const dir = tempDir('bantin-listing-');
  const tree = new OutputTree(dir, emptyTree(dir), null);
  tree.page('2024/01/tin-a/index.html', 'd');
  put(dir, '2024/01/tin-a/index.html', '<p>tin</p>');
  put(dir, '2024/01/tin-a/la.txt', 'stray');
  assert.deepEqual(tree.listing().map((f) => f.url), ['2024/01/tin-a/index.html']);
});
