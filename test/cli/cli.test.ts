import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { REPO, runBantin, PROSE, tempDir } from '../helpers.ts';

const SEED = path.join(REPO, 'articles', '004_33798f45f77cf564.txt');

test('inspect prints an editable Markdown file: front matter, then the body, warnings on stderr', () => {
  const { code, stdout, stderr } = runBantin(['inspect', 'articles/003_73f7d6249f0c1abf.txt']);
  assert.equal(code, 0);
  const parsed = matter(stdout);
  assert.equal(parsed.data.views, 286);
  assert.equal(parsed.data.author, 'TT');
  assert.match(parsed.content, /^\s*Ngày 24-9, Đảng ủy Công an Trung ương/);
  assert.match(stderr, /003_73f7d6249f0c1abf\.txt:5 +warning date-inferred/);
});

test('inspect --explain names the rule and reason for every line', () => {
  const { code, stdout } = runBantin(['inspect', '--explain', 'articles/002_e2c52c553209187e.txt']);
  assert.equal(code, 0);
  assert.match(stdout, /^ {3}1 {2}account +Admin\n +└ cms-account: /m);
  assert.match(stdout, /^ {3}6 {2}caption +Đại tá Dương Văn Mạnh/m);
  assert.match(stdout, /^ {3}7 {2}\(joined\) +dự tại điểm cầu Bình Phước\n +└ continues line 6/m);
  assert.match(stdout, /^ {2}12 {2}byline +Trần Hoài Thu/m);
});

test('inspect works on files outside articles/, and front matter overrides extraction', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'sua.txt');
  writeFileSync(file, `---\nauthor: Lê Mậu Lâm (biên tập)\nsection: Xây dựng Đảng\ndate: 2022-06-23 08:00\ntags: [an ninh, "Hà Nội"]\n---\n` + (await import('node:fs')).readFileSync(SEED, 'utf8'));
  const { code, stdout } = runBantin(['inspect', '--json', file]);
  assert.equal(code, 0);
  const [record] = JSON.parse(stdout);
  assert.equal(record.author, 'Lê Mậu Lâm (biên tập)');
  assert.equal(record.section, 'Xây dựng Đảng');
  assert.equal(record.date, '2022-06-23T08:00:00+07:00');
  assert.deepEqual(record.tags, ['an ninh', 'Hà Nội']);
  assert.equal(record.title, 'Đảng ủy Công an Trung ương tập trung chỉ đạo, tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng');
});

test('a Markdown file with front matter is first-class', () => {
  const dir = tempDir();
  const file = path.join(dir, 'bai.md');
  writeFileSync(file, `---\ntitle: Bài viết Markdown\ndate: 2024-01-02\nauthor: Ban biên tập\n---\n\n# Bài viết Markdown\n\n${PROSE}\n\nĐoạn *thứ hai* với [liên kết](https://example.org).\n`);
  const { code, stdout } = runBantin(['inspect', '--json', file]);
  assert.equal(code, 0);
  const [record] = JSON.parse(stdout);
  assert.equal(record.title, 'Bài viết Markdown');
  assert.equal(record.paragraphs.length, 2);
  assert.equal(record.lead, PROSE);
});

test('inspect reports a missing file, still prints the others, and exits 1 (negative)', () => {
  const { code, stdout, stderr } = runBantin(['inspect', 'articles/khong-co.txt', 'articles/004_33798f45f77cf564.txt']);
  assert.equal(code, 1);
  assert.match(stderr, /khong-co\.txt +error unreadable/);
  assert.match(stdout, /Lê Mậu Lâm/);
});

test('build reports counts, and warnings and errors by file, and exits 2 when some files were skipped', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'articles'));
  copyFileSync(path.join(REPO, 'articles', '003_73f7d6249f0c1abf.txt'), path.join(dir, 'articles', 'a.txt'));
  copyFileSync(SEED, path.join(dir, 'articles', 'b.txt'));
  writeFileSync(path.join(dir, 'articles', 'c.txt'), `Chỉ có một dòng tiêu đề\n${PROSE}\n`);
  const { code, stderr } = runBantin(['build'], dir);
  assert.match(stderr, /files found 3, published 2, skipped 1/);
  assert.match(stderr, /a\.txt:5 +warning date-inferred/);
  assert.match(stderr, /c\.txt.*error no-date/);
  assert.equal(code, 2);
});

test('usage errors exit 64 with the usage text (negative)', () => {
  const { code, stderr } = runBantin(['inspect']);
  assert.equal(code, 64);
  assert.match(stderr, /Usage:/);
});

test('--strict turns warnings into a failing exit code; without it the same build exits 0', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'articles'));
  copyFileSync(path.join(REPO, 'articles', '003_73f7d6249f0c1abf.txt'), path.join(dir, 'articles', 'a.txt'));
  assert.equal(runBantin(['build'], dir).code, 0);
  const strict = runBantin(['build', '--strict'], dir);
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /warning date-inferred/);
});
