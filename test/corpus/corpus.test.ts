import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprint, textKey } from '../../src/corpus/fingerprint.ts';
import { buildCorpus } from '../../src/corpus/index.ts';
import { findSiteText } from '../../src/corpus/site-text.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import { REPO, runBantin, tempDir } from '../helpers.ts';

const seed = (name: string) => readFileSync(path.join(REPO, 'articles', name), 'utf8');
const record = (file: string, text: string) => extractRecord(readSource(file, Buffer.from(text))).record!;

test('near duplicates: the same article with an edited word and another layout is merged into the longer copy', () => {
  const original = seed('001_c988ee2728b35e2e.txt');
  const edited = original.replace('rất quan trọng', 'vô cùng quan trọng').replace('ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY\n', 'Trang chủ > Tin tức\n').replace('Ngọc Hậu', 'Ngọc Hậu\nTin liên quan\nMột bài khác');
  const longer = `${original.split('\nNgọc Hậu')[0]}\nĐoạn bổ sung cho bài viết với thông tin mới cập nhật về kết quả hội thảo và các bước tiếp theo.\nNgọc Hậu\n`;
  const corpus = buildCorpus([record('a.txt', original), record('b.txt', edited), record('c.txt', longer)]);
  assert.deepEqual(corpus.records.map((r) => r.file), ['c.txt']);
  assert.deepEqual(corpus.duplicates.map((d) => [d.file, d.of]).sort(), [['a.txt', 'c.txt'], ['b.txt', 'c.txt']]);
  assert.ok(corpus.duplicates.every((d) => d.similarity >= 0.8 && d.similarity < 1));
});

test('duplicates: a copy of a file that is itself a near copy of another is reported against the one published', () => {
  const original = seed('001_c988ee2728b35e2e.txt');
  const longer = `${original.split('\nNgọc Hậu')[0]}\nĐoạn bổ sung cho bài viết với thông tin mới cập nhật về kết quả hội thảo và các bước tiếp theo.\nNgọc Hậu\n`;
  const corpus = buildCorpus([record('a.txt', original), record('b.txt', original), record('c.txt', longer)]);
  assert.deepEqual(corpus.records.map((r) => r.file), ['c.txt']);
  assert.deepEqual(corpus.duplicates.map((d) => [d.file, d.of]).sort(), [['a.txt', 'c.txt'], ['b.txt', 'c.txt']]);
  const copy = corpus.diagnostics.find((d) => d.file === 'b.txt')!;
  assert.match(copy.message, /The same article as a\.txt, which is nearly the same as c\.txt, published instead/);
});

test('near duplicates: two articles on the same topic by the same unit are both published (negative)', () => {
  const corpus = buildCorpus([record('a.txt', seed('000_06b78d3f9a5c3a05.txt')), record('b.txt', seed('004_33798f45f77cf564.txt'))]);
  assert.equal(corpus.records.length, 2);
  assert.deepEqual(corpus.duplicates, []);
});

test('site text: a paragraph printed in many files is removed from each and reported; one printed twice is kept (negative)', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'articles'));
  const about = 'Công an tỉnh Hà Nam thuộc hệ thống tổ chức của Công an nhân dân, có trách nhiệm tham mưu về bảo vệ an ninh quốc gia.';
  const twice = 'Đoạn văn này chỉ xuất hiện ở hai bài viết nên vẫn là nội dung của bài, không phải chữ của trang.';
  for (let i = 1; i <= 4; i++) {
    const text = `Tin số ${i} về công tác bảo đảm an ninh trật tự\nThứ Hai, 0${i}/01/2024 08:00\nSáng ${i}/1, Công an huyện số ${i} tổ chức hội nghị triển khai nhiệm vụ năm 2024 với nhiều nội dung quan trọng cho địa bàn.\n${i <= 2 ? `${twice}\n` : ''}${about}\nNguyễn Văn An\n`;
    writeFileSync(path.join(dir, 'articles', `tin-${i}.txt`), text);
  }
  const run = runBantin(['build'], dir);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(readFileSync(path.join(dir, '.bantin', 'report.json'), 'utf8'));
  assert.deepEqual(report.siteText, [{ text: about, files: 4 }]);
  assert.match(run.stderr, /site text removed from articles \(1\):\n {2}in 4 files: Công an tỉnh Hà Nam/);
  const page = readFileSync(path.join(dir, 'dist', '2024', '01', 'tin-so-1-ve-cong-tac-bao-dam-an-ninh-trat-tu', 'index.html'), 'utf8');
  assert.ok(!page.includes('thuộc hệ thống tổ chức'), 'the site text is gone from the article');
  assert.ok(page.includes('chỉ xuất hiện ở hai bài viết'), 'a paragraph printed twice stays');
});

test('site text: one article saved in several files keeps its paragraphs (the copies are duplicates, not the site); a paragraph under three titles is the site\'s (negative)', () => {
  const article = seed('002_e2c52c553209187e.txt');
  const copies = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((file) => record(file, article));
  const withPrints = (records: ReturnType<typeof record>[]) => records.map((r) => ({ record: r, fingerprint: fingerprint(r) }));
  assert.deepEqual(findSiteText(withPrints(copies)), []);
  const about = 'Công an tỉnh Hà Nam thuộc hệ thống tổ chức của Công an nhân dân, có trách nhiệm tham mưu về bảo vệ an ninh quốc gia.';
  const others = [1, 2, 3].map((i) => record(`tin-${i}.txt`, `Tin số ${i} về công tác bảo đảm an ninh trật tự\n0${i}/01/2024\nSáng ${i}/1, Công an huyện số ${i} tổ chức hội nghị triển khai nhiệm vụ năm 2024 với nhiều nội dung quan trọng.\n${about}\n`));
  assert.deepEqual(findSiteText(withPrints([...copies, ...others])).map((t) => [t.text, t.files]), [[about, 3]]);
});

test('fingerprints: the same paragraphs in other spacing match; text keys ignore case and diacritics; short texts have none', () => {
  const a = record('a.txt', seed('001_c988ee2728b35e2e.txt'));
  const spaced = { ...a, paragraphs: a.paragraphs.map((p) => p.replace(/ /g, '  ')) };
  assert.equal(fingerprint(spaced).content, fingerprint(a).content);
  assert.notEqual(fingerprint({ ...a, paragraphs: a.paragraphs.slice(1) }).content, fingerprint(a).content);
  const notice = 'Cổng thông tin điện tử Công an tỉnh – chịu trách nhiệm nội dung: Phòng Tham mưu';
  assert.equal(textKey(notice), textKey(notice.toUpperCase()));
  assert.equal(textKey(notice), textKey('Cong thong tin dien tu Cong an tinh – chiu trach nhiem noi dung: Phong Tham muu'));
  const short = fingerprint({ ...a, paragraphs: ['Tin ngắn.', notice], figures: [] });
  assert.deepEqual(short.texts, ['', textKey(notice)]);
});
