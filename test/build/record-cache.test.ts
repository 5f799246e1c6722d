import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RecordCache } from '../../src/build/record-cache.ts';
import { extractBytes, type Extracted } from '../../src/build/ingest.ts';
import { contentDigest } from '../../src/content-digest.ts';
import { REPO, tempDir } from '../helpers.ts';

const OPTIONS = { zone: 'Asia/Ho_Chi_Minh' };
/** The cache keeps values as they are: a stand-in with Vietnamese text and a typed shape is enough. */
const extracted = (title: string): Extracted => ({ record: { title, paragraphs: ['Đoạn một.', 'Đoạn hai.'] } as unknown as Extracted['record'], diagnostics: [], fingerprint: { content: title, signature: [1, 2, 3], texts: ['', 'k'] }, digest: title });
const stamp = (file: string) => ({ file, size: 10, mtimeMs: 1000 });

async function filled(dir: string, titles: string[]): Promise<RecordCache> {
  const cache = await RecordCache.open(dir, 'salt-1');
  for (const t of titles) cache.put(cache.key(`${t}.txt`, Buffer.from(t), OPTIONS), stamp(`${t}.txt`), OPTIONS, extracted(t));
  await cache.flush(false);
  return cache;
}

test('records come back after a flush, by stamp and by content key', async () => {
  const dir = tempDir();
  await filled(dir, ['Tin một', 'Tin hai']);
  const again = await RecordCache.open(dir, 'salt-1');
  assert.deepEqual(again.byStamp(stamp('Tin một.txt'), OPTIONS), extracted('Tin một'));
  assert.deepEqual(again.get(again.key('Tin hai.txt', Buffer.from('Tin hai'), OPTIONS), stamp('Tin hai.txt'), OPTIONS), extracted('Tin hai'));
  assert.equal(again.byStamp({ ...stamp('Tin một.txt'), mtimeMs: 2000 }, OPTIONS), undefined, 'a touched file is read again');
});

test('a log written for another ruleset is ignored, then replaced', async () => {
  const dir = tempDir();
  await filled(dir, ['Tin một']);
  const other = await RecordCache.open(dir, 'salt-2');
  assert.equal(other.byStamp(stamp('Tin một.txt'), OPTIONS), undefined);
  other.put('k', stamp('b.txt'), OPTIONS, extracted('Tin ba'));
  await other.flush(false);
  assert.deepEqual((await RecordCache.open(dir, 'salt-2')).byStamp(stamp('b.txt'), OPTIONS), extracted('Tin ba'));
  assert.equal((await RecordCache.open(dir, 'salt-1')).byStamp(stamp('Tin một.txt'), OPTIONS), undefined);
});

test('a line torn by a killed build is dropped, and what later builds append is still read', async () => {
  const dir = tempDir();
  await filled(dir, ['Tin một']);
  const [log] = readdirSync(dir);
  // A line's length, then only part of the line.
  appendFileSync(path.join(dir, log!), Buffer.from([200, 0, 0, 0, 0xff, 0x0f, 0x6f]));
  const torn = await RecordCache.open(dir, 'salt-1');
  assert.deepEqual(torn.byStamp(stamp('Tin một.txt'), OPTIONS), extracted('Tin một'));
  torn.put('k2', stamp('Tin hai.txt'), OPTIONS, extracted('Tin hai'));
  await torn.flush(false);
  const later = await RecordCache.open(dir, 'salt-1');
  assert.deepEqual(later.byStamp(stamp('Tin một.txt'), OPTIONS), extracted('Tin một'));
  assert.deepEqual(later.byStamp(stamp('Tin hai.txt'), OPTIONS), extracted('Tin hai'));
});

test('a log of garbage is an empty cache, not an error', async () => {
  const dir = tempDir();
  await filled(dir, ['Tin một']);
  const [log] = readdirSync(dir);
  writeFileSync(path.join(dir, log!), 'not a log at all\n');
  assert.equal((await RecordCache.open(dir, 'salt-1')).byStamp(stamp('Tin một.txt'), OPTIONS), undefined);
});

test('a full build writes a mostly stale log anew, with only what it used', async () => {
  const dir = tempDir();
  const titles = Array.from({ length: 300 }, (_, i) => `Tin ${i}`);
  await filled(dir, titles);
  const [log] = readdirSync(dir);
  const before = statSync(path.join(dir, log!)).size;
  const next = await RecordCache.open(dir, 'salt-1');
  assert.ok(next.byStamp(stamp('Tin 7.txt'), OPTIONS));
  await next.flush(true);
  assert.ok(statSync(path.join(dir, log!)).size < before / 10);
  const last = await RecordCache.open(dir, 'salt-1');
  assert.deepEqual(last.byStamp(stamp('Tin 7.txt'), OPTIONS), extracted('Tin 7'));
  assert.equal(last.byStamp(stamp('Tin 8.txt'), OPTIONS), undefined);
});

test('a record read back from the cache has the digest made when it was extracted', async () => {
  const dir = tempDir();
  const seed = readFileSync(path.join(REPO, 'articles', readdirSync(path.join(REPO, 'articles')).find((f) => f.endsWith('.txt'))!));
  const made = extractBytes('bai.txt', seed, OPTIONS);
  assert.ok(made.record && made.digest);
  const cache = await RecordCache.open(dir, 'salt-1');
  cache.put('k', stamp('bai.txt'), OPTIONS, made);
  await cache.flush(false);
  const back = (await RecordCache.open(dir, 'salt-1')).byStamp(stamp('bai.txt'), OPTIONS)!;
  // The page digests trust the cached digest for the record read back: serialised again, it must agree.
  assert.equal(contentDigest(structuredClone(back.record!)), made.digest);
  assert.equal(back.digest, made.digest);
});

test('a record read back reads its text from the log when asked, until the cache is closed', async () => {
  const dir = tempDir();
  await filled(dir, ['Tin một']);
  const cache = await RecordCache.open(dir, 'salt-1');
  const record = cache.byStamp(stamp('Tin một.txt'), OPTIONS)!.record!;
  assert.deepEqual(record.paragraphs, ['Đoạn một.', 'Đoạn hai.']);
  cache.close();
  assert.equal(record.title, 'Tin một', 'the rest of the record is in memory');
  assert.throws(() => record.paragraphs, /after the record cache was closed/);
});

test('a record just extracted reads its text from the log once it is written there, and is otherwise unchanged', async () => {
  const dir = tempDir();
  const cache = await RecordCache.open(dir, 'salt-1');
  const value = extracted('Tin mới');
  cache.put('k', stamp('Tin mới.txt'), OPTIONS, value);
  await cache.flush(false);
  assert.deepEqual(value, extracted('Tin mới'));
  assert.deepEqual(Object.keys(value.record!), Object.keys(extracted('Tin mới').record!), 'the fields keep their order (the digests serialise them)');
  cache.close();
  assert.throws(() => value.record!.paragraphs, /after the record cache was closed/, 'the text is no longer held in memory');
});
