import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticles } from '../../scripts/lib/generate.ts';
import { buildSite, type BuildResult } from '../../src/build/index.ts';
import { REPO, tempDir } from '../helpers.ts';
import { siteFiles, siteSizes } from '../site/support.ts';

/** Small index parts and Eleventy runs, so that a small archive has several of each. */
const PART_SIZE = 12;
const PAGES_PER_RUN = 150;

function newProject(): string {
  const project = tempDir('bantin-incremental-');
  mkdirSync(path.join(project, 'articles'));
  cpSync(path.join(REPO, 'articles'), path.join(project, 'articles'), { recursive: true });
  for (const a of generateArticles(90, 5, 2500)) writeFileSync(path.join(project, 'articles', a.file), a.text);
  writeFileSync(path.join(project, 'bantin.config.json'), JSON.stringify({ title: 'Bản tin thử', baseUrl: 'https://tin.example.vn' }));
  return project;
}

const build = (project: string): Promise<BuildResult> => buildSite({ projectDir: project, articlesDir: path.join(project, 'articles'), outDir: path.join(project, 'dist'), indexPartSize: PART_SIZE, pagesPerRun: PAGES_PER_RUN });

/** Two sites are the same when they hold the same files with the same bytes. */
function assertSameSite(actual: string, expected: string): void {
  const files = siteFiles(expected);
  assert.deepEqual(siteFiles(actual), files);
  const differ = files.filter((f) => !readFileSync(path.join(actual, f)).equals(readFileSync(path.join(expected, f))));
  assert.deepEqual(differ, [], 'files whose bytes differ from a full build');
}

/**
 * What the build listed (recorded in its state; the offline list and the
 * precache list are made from it) is every file of dist/ with its size: the
 * listing reads only the folders that may hold what the build does not know.
 */
function assertListedWhole(project: string): void {
  const dist = path.join(project, 'dist');
  const state = JSON.parse(readFileSync(path.join(project, '.bantin', 'state.json'), 'utf8'));
  const tree = JSON.parse(readFileSync(path.join(project, '.bantin', 'state', state.trees[state.at[dist]]), 'utf8'));
  assert.deepEqual(tree.files, siteSizes(dist));
}

/** The project's dist/ is what a full build of its articles gives, and both list every file they hold. */
async function assertLikeFullBuild(project: string): Promise<void> {
  const fresh = tempDir('bantin-full-');
  cpSync(path.join(project, 'articles'), path.join(fresh, 'articles'), { recursive: true });
  cpSync(path.join(project, 'bantin.config.json'), path.join(fresh, 'bantin.config.json'));
  const full = await build(fresh);
  assert.equal(full.pages.kept, 0);
  assertSameSite(path.join(project, 'dist'), path.join(fresh, 'dist'));
  assertListedWhole(project);
  assertListedWhole(fresh);
}

/** Adds a sentence to the first long paragraph (the lead, shown in lists) or the last one (seen on the article's page only). */
function editArticle(file: string, sentence: string, where: 'lead' | 'last' = 'lead'): void {
  const text = readFileSync(file, 'utf8');
  const paragraphs = [...text.matchAll(/\n([^\n]{80,})\n/g)];
  const chosen = where === 'lead' ? paragraphs[0]! : paragraphs.at(-1)!;
  const end = chosen.index + 1 + chosen[1]!.length;
  writeFileSync(file, `${text.slice(0, end)} ${sentence}${text.slice(end)}`);
}

test('rebuilds after editing, adding and deleting articles give the dist/ a full build gives', async () => {
  const project = newProject();
  const first = await build(project);
  assert.equal(first.pages.kept, 0);
  assert.ok(first.indexParts.written > 2, `the index has several parts (${first.indexParts.written})`);

  const articles = path.join(project, 'articles');
  const names = readdirSync(articles).filter((n) => n.startsWith('gen-')).sort();
  editArticle(path.join(articles, names[40]!), 'Bài viết đã được biên tập lại sau khi đăng.');
  rmSync(path.join(articles, names[10]!));
  const [added] = generateArticles(1, 99, 2500);
  writeFileSync(path.join(articles, 'added-article.txt'), added!.text);

  // The first rebuild fills the spare output from the live one.
  const second = await build(project);
  assert.equal(second.report.published, first.report.published, 'one added, one deleted');
  assert.ok(second.pages.kept > second.pages.rendered, `most pages are kept (${second.pages.kept} kept, ${second.pages.rendered} rendered)`);
  assert.ok(second.indexParts.kept > 0, 'unchanged index parts are kept');
  await assertLikeFullBuild(project);

  // The next one updates the site of two builds ago, which lacks both rounds of changes.
  editArticle(path.join(articles, names[60]!), 'Thông tin được cập nhật thêm.');
  editArticle(path.join(articles, names[50]!), 'Đoạn cuối được bổ sung một câu.', 'last');
  // A corrected title shows on every list of the article (terms, archives, home, neighbours' links).
  const retitled = path.join(articles, names[70]!);
  writeFileSync(retitled, `---\ntitle: Tiêu đề đã được biên tập viên sửa lại\n---\n${readFileSync(retitled, 'utf8')}`);
  rmSync(path.join(articles, 'added-article.txt'));
  rmSync(path.join(articles, names[20]!));
  const third = await build(project);
  assert.equal(third.report.published, first.report.published - 2);
  assert.ok(third.pages.kept > third.pages.rendered, `most pages are kept (${third.pages.kept} kept, ${third.pages.rendered} rendered)`);
  await assertLikeFullBuild(project);
});

test('outputs restored by a CI cache (every folder new, in the same places) are rebuilt incrementally', async () => {
  const project = newProject();
  await build(project);
  await build(project); // now both the live and the spare output exist
  // What actions/cache does: the folders come back where they were, with their files and links, as new folders.
  renameSync(project, `${project}-saved`);
  execFileSync('cp', ['-a', `${project}-saved`, project]);
  rmSync(`${project}-saved`, { recursive: true });
  const names = readdirSync(path.join(project, 'articles')).filter((n) => n.startsWith('gen-')).sort();
  editArticle(path.join(project, 'articles', names[30]!), 'Tin được bổ sung sau khi khôi phục.');
  const restored = await build(project);
  assert.ok(restored.pages.kept > restored.pages.rendered, `most pages are kept (${restored.pages.kept} kept, ${restored.pages.rendered} rendered)`);
  await assertLikeFullBuild(project);
});

test('a rebuild with nothing changed renders nothing and changes nothing', async () => {
  const project = newProject();
  await build(project);
  const before = tempDir('bantin-before-');
  cpSync(path.join(project, 'dist'), before, { recursive: true });
  const again = await build(project);
  assert.equal(again.pages.rendered, 0);
  assert.equal(again.indexParts.written, 0);
  assertSameSite(path.join(project, 'dist'), before);
  assertListedWhole(project);
});

test('an added article renders only the pages that show it', async () => {
  const project = newProject();
  const first = await build(project);
  const [added] = generateArticles(1, 77, 2500);
  writeFileSync(path.join(project, 'articles', 'added-article.txt'), added!.text);
  const second = await build(project);
  assert.equal(second.report.published, first.report.published + 1);
  // Its page, its terms' pages, the home pages and its archive pages: not the site.
  assert.ok(second.pages.rendered < first.pages.rendered / 4, `${second.pages.rendered} of ${first.pages.rendered} pages rendered`);
});

test('a changed template renders every page again', async () => {
  const project = newProject();
  const first = await build(project);
  const partial = readFileSync(path.join(REPO, 'templates', '_includes', 'partials', 'term-links.njk'), 'utf8');
  mkdirSync(path.join(project, 'templates', '_includes', 'partials'), { recursive: true });
  writeFileSync(path.join(project, 'templates', '_includes', 'partials', 'term-links.njk'), partial.replace('terms__label', 'terms__label terms__label--custom'));
  const second = await build(project);
  assert.equal(second.pages.kept, 0);
  assert.equal(second.pages.rendered, first.pages.rendered);
});
