import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { uniqueSlugs } from '../../src/corpus/slugs.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';
import { SLUG_MAX_LENGTH } from '../../src/vietnamese/slug.ts';
import { REPO, runBantin, tempDir } from '../helpers.ts';

const base = extractRecord(readSource('seed.txt', readFileSync(path.join(REPO, 'articles', '001_c988ee2728b35e2e.txt')))).record!;
const record = (file: string, slug: string, date: string) => ({ ...base, file, slug, date });

test('slugs: of the articles sharing a slug, the earliest keeps it and each other gets a suffix from its own path, with a warning', () => {
  const records = [record('c.txt', 'tin-moi', '2024-03-01'), record('a.txt', 'tin-moi', '2024-01-01'), record('other.txt', 'tin-khac', '2024-01-01'), record('b.txt', 'tin-moi', '2024-01-01')];
  const { records: unique, diagnostics } = uniqueSlugs(records);
  assert.deepEqual(unique.map((r) => r.file), ['c.txt', 'a.txt', 'other.txt', 'b.txt']);
  assert.equal(unique[1], records[1], 'the keeper (earliest, then first by file) is left as it was');
  assert.equal(unique[2], records[2], 'an article whose slug is its own is left as it was');
  for (const i of [0, 3]) {
    assert.match(unique[i]!.slug, /^tin-moi-[0-9a-f]{6}$/);
    assert.deepEqual(unique[i]!.warnings.slice(base.warnings.length).map((w) => w.code), ['slug-collision']);
  }
  assert.notEqual(unique[0]!.slug, unique[3]!.slug);
  assert.deepEqual(diagnostics.map((d) => [d.file, d.code]), [['b.txt', 'slug-collision'], ['c.txt', 'slug-collision']]);
  assert.match(diagnostics[1]!.message, /also used by a\.txt; this article is published as 'tin-moi-[0-9a-f]{6}'/);
  assert.equal(uniqueSlugs(records.slice(0, 1).concat(records[2]!)).diagnostics.length, 0);
});

test('slugs: a suffixed slug stays within the length limit, and the suffix depends on the file only', () => {
  const long = 'a'.repeat(SLUG_MAX_LENGTH);
  const { records: unique } = uniqueSlugs([record('x.txt', long, '2024-01-01'), record('y.txt', long, '2024-02-01')]);
  assert.ok(unique[1]!.slug.length <= SLUG_MAX_LENGTH);
  const again = uniqueSlugs([record('x.txt', long, '2024-01-01'), record('z.txt', long, '2023-12-01'), record('y.txt', long, '2024-02-01')]).records;
  assert.equal(again[2]!.slug, unique[1]!.slug, 'another colliding article does not change this one\'s slug');
});

test('slugs: a suffixed slug never takes another article\'s own slug, nor another suffixed one', () => {
  const hashed = createHash('sha256').update('b.txt').digest('hex');
  const records = [record('a.txt', 'tin-moi', '2024-01-01'), record('b.txt', 'tin-moi', '2024-02-01'), record('n.txt', `tin-moi-${hashed.slice(0, 6)}`, '2024-03-01')];
  const { records: unique } = uniqueSlugs(records);
  assert.equal(unique[2], records[2], 'the article whose own slug it is keeps it');
  assert.equal(unique[1]!.slug, `tin-moi-${hashed.slice(0, 7)}`, 'the suffix grows by a digit');
});

test('slugs: thousands of articles sharing one slug each get a slug of their own', () => {
  // Six hex digits collide among thousands of suffixes; the bookkeeping must also stay linear (it was quadratic: 40 s at 100,000 articles).
  const records = Array.from({ length: 20_000 }, (_, i) => record(`f${i}.txt`, `lich-tiep-cong-dan-${i % 3}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`));
  const { records: unique, diagnostics } = uniqueSlugs(records);
  assert.equal(new Set(unique.map((r) => r.slug)).size, records.length);
  assert.equal(diagnostics.length, records.length - 3);
});

test('slugs: three articles of one title, two of whose paths hash alike in six digits, are all published (a build)', () => {
  // sha256('tin-735.txt') and sha256('tin-1217.txt') both start 2dd43c: the old suffixes were one address, and Eleventy stopped the build.
  const dir = tempDir();
  mkdirSync(path.join(dir, 'articles'));
  const bodies = [
    'Đoàn kiểm tra đã làm việc tại xã Tân Phú về công tác phòng cháy chữa cháy tại các cơ sở kinh doanh, yêu cầu khắc phục ngay các tồn tại về lối thoát nạn.',
    'Lực lượng cảnh sát giao thông ra quân xử lý vi phạm nồng độ cồn trên quốc lộ 1A, lập biên bản hàng chục trường hợp và tạm giữ nhiều phương tiện.',
    'Phòng cảnh sát hình sự triệt phá đường dây đánh bạc qua mạng, thu giữ nhiều máy tính, điện thoại và số tiền lớn liên quan đến hoạt động phạm tội.',
  ];
  for (const [i, file] of ['tin-0.txt', 'tin-735.txt', 'tin-1217.txt'].entries()) {
    writeFileSync(path.join(dir, 'articles', file), `Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024\nThứ Hai, 08/01/2024 08:00\n${bodies[i]}\n${bodies[i]} Nội dung chi tiết sẽ được thông báo tới cán bộ chiến sĩ trong thời gian tới theo kế hoạch.\nNguyễn Văn An\n`);
  }
  const run = runBantin(['build'], dir);
  assert.equal(run.code, 0, run.stderr);
  const slugs = readdirSync(path.join(dir, 'dist', '2024', '01'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  assert.equal(slugs.length, 3, slugs.join(', '));
  assert.deepEqual(JSON.parse(readFileSync(path.join(dir, '.bantin', 'report.json'), 'utf8')).published, 3);
});
