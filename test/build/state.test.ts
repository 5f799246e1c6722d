import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadState, saveState, type BuildState, type TreeState } from '../../src/build/state.ts';
import { tempDir } from '../helpers.ts';

const tree = (out: string, page: string): TreeState => ({ out, pages: { [page]: 'digest' }, parts: {}, files: { [page]: 10 } });

test('each folder state is written once, in a file of its own; a save writes only the states it has not written', async () => {
  const file = path.join(tempDir(), 'state.json');
  const state: BuildState = { version: 3, trees: { a: tree('/site/dist', 'index.html'), b: tree('/site/dist', 'old.html') }, at: { '/site/dist': 'a' } };
  await saveState(file, state);
  const dir = path.join(path.dirname(file), 'state');
  const written = readdirSync(dir).sort();
  assert.equal(written.length, 2);
  const times = written.map((name) => statSync(path.join(dir, name)).mtimeMs);

  const loaded = await loadState(file);
  assert.deepEqual(loaded, state);
  // A build replaces one folder's state and keeps the other as it was loaded.
  loaded.trees.b = tree('/site/dist', 'new.html');
  loaded.at['/site/.dist.spare'] = 'b';
  await saveState(file, loaded);
  const after = readdirSync(dir).sort();
  assert.equal(after.length, 2, 'the state no longer named is removed');
  const kept = written.find((name) => after.includes(name))!;
  assert.equal(statSync(path.join(dir, kept)).mtimeMs, times[written.indexOf(kept)], 'the state kept is not written again');
  assert.deepEqual(await loadState(file), loaded);
});

test('a state whose folder file is missing is no state: every page is rendered', async () => {
  const file = path.join(tempDir(), 'state.json');
  await saveState(file, { version: 3, trees: { a: tree('/site/dist', 'index.html') }, at: {} });
  rmSync(path.join(path.dirname(file), 'state'), { recursive: true });
  assert.deepEqual(await loadState(file), { version: 3, trees: {}, at: {} });
});
