import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandQuery, foldSyllable, tokenize } from '../../src/search/query.ts';
import { VocabularyBuilder } from '../../src/search/vocabulary.ts';

const vocabulary = new VocabularyBuilder();
for (const text of [
  'Đảng ủy Công an Trung ương tổ chức hội nghị. Thượng tướng Trần Quốc Tỏ chủ trì.',
  'Người dân đang đăng ký theo dạng mới. Người dân đang chờ. Đường Dương Quảng Hàm đang sửa.',
  'Các tổ chức cơ sở đảng. Tổ chức đoàn thể. Tổ công tác đang làm việc.',
  'Tỉnh Hòa Bình phát triển thủy lợi. Hòa Bình. Một bài in Hoà Bình.',
  'Hiệu quả, hiệu lực, hiệu suất, hiệu trưởng. Đồng chí Phạm Văn Hiểu phát biểu.',
]) vocabulary.add(text);
const shards = vocabulary.shards();
const expand = (q: string) => expandQuery(q, async (key) => shards.get(key) ?? null);

test('fold and tokenize: đ to d, marks gone, punctuation splits', () => {
  assert.equal(foldSyllable('Đảng'), 'dang');
  assert.deepEqual(tokenize('Đảng ủy, Công-an!'), ['đảng', 'ủy', 'công', 'an']);
});

test('a syllable alone gets its most frequent form', async () => {
  assert.deepEqual(await expand('dang'), ['đang']);
  assert.deepEqual(await expand('to chuc'), ['tổ chức']);
});

test('a pair printed together overrides the single guesses', async () => {
  assert.deepEqual(await expand('dang uy cong an'), ['đảng ủy công an']);
  assert.deepEqual(await expand('tran quoc to'), ['trần quốc tỏ']);
  assert.deepEqual(await expand('duong duong quang ham'), ['đường dương quảng hàm']);
});

test('a name printed once beats a frequent homograph that never stood there', async () => {
  assert.deepEqual(await expand('pham van hieu'), ['phạm văn hiểu']);
  assert.deepEqual(await expand('hieu qua'), ['hiệu quả']);
});

test('words typed with marks keep them and anchor their neighbours', async () => {
  assert.deepEqual(await expand('Đảng uy'), ['đảng ủy']);
});

test('the other tone placement finds the archive spelling, and both where both are printed', async () => {
  assert.deepEqual(await expand('Đảng uỷ'), ['đảng ủy']);
  assert.deepEqual(await expand('thuỷ lợi'), ['thủy lợi']);
  assert.deepEqual(await expand('hoà bình'), ['hòa bình', 'hoà bình']);
  assert.deepEqual(await expand('hoa binh'), ['hòa bình']);
});

test('what the vocabulary never saw is left as typed (negative)', async () => {
  assert.deepEqual(await expand('xyz 2024'), ['xyz 2024']);
  assert.deepEqual(await expand('ừm'), ['ừm']);
});

test('shards keep only the pairs that change a guess', () => {
  assert.ok(shards.get('dang')!.n['uy']);
  assert.equal(shards.get('cong')!.n['an'], undefined, 'công an is already what the single guesses say');
});
