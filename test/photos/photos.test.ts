import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { runBantin } from '../helpers.ts';
import { buildProject, fileForUrl, loadPage, siteFiles, type BuiltSite } from '../site/support.ts';

const ARTICLE = '2022/10/dang-uy-cong-an-trung-uong-so-ket-5-nam-thuc-hien-cac-quy-dinh-cua-ban-bi-thu-trung-uong-dang-ve/index.html';
const CAPTION = 'Các đại biểu dự hội nghị tại điểm cầu Công an tỉnh Hà Nam';
const photo = (width: number, height: number, colour: string) => sharp({ create: { width, height, channels: 3, background: colour } }).jpeg({ quality: 80 }).toBuffer();

let site: BuiltSite;
before(async () => {
  // Real image files next to the seeds: the token IMGP0713 (seed 000), photos named after seed 001 for its two captions, a stray.
  site = buildProject({
    'IMGP0713.JPG': (await photo(1600, 1067, '#336699')) as unknown as string,
    '001_c988ee2728b35e2e-1.jpg': (await photo(900, 600, '#993333')) as unknown as string,
    '001_c988ee2728b35e2e-2.png': (await sharp({ create: { width: 800, height: 500, channels: 3, background: '#339933' } }).png().toBuffer()) as unknown as string,
    'anh-thua.jpg': (await photo(300, 200, '#999999')) as unknown as string,
  });
});

test('the article page shows a <picture> with srcset, width and height, alt from the caption', () => {
  assert.equal(site.code, 0, site.stderr);
  const $ = loadPage(site.dist, ARTICLE);
  const picture = $('article figure picture');
  assert.equal(picture.length, 1);
  assert.ok(picture.find('source[type="image/avif"]').attr('srcset'));
  assert.ok(picture.find('source[type="image/webp"]').attr('srcset'));
  const img = picture.find('img');
  assert.equal(img.attr('alt'), CAPTION);
  assert.ok(Number(img.attr('width')) > 0 && Number(img.attr('height')) > 0);
  assert.match(img.attr('srcset')!, /480w/);
});

test('every image URL in the page resolves, and the first photo is the Open Graph and JSON-LD image', () => {
  const $ = loadPage(site.dist, ARTICLE);
  const urls = $('img[src]').map((_, e) => $(e).attr('src')!).get();
  $('source[srcset], img[srcset]').each((_, e) => {
    urls.push(...$(e).attr('srcset')!.split(',').map((s) => s.trim().split(' ')[0]!));
  });
  assert.ok(urls.length >= 6);
  for (const url of urls) assert.ok(existsSync(path.join(site.dist, fileForUrl(site.dist, url)!)), url);
  assert.match($('meta[property="og:image"]').attr('content')!, /^https:\/\/tin\.example\.vn\/img\/.+\.jpeg$/);
  assert.match(JSON.parse($('script[type="application/ld+json"]').text()).image.url, /\/img\/.+\.jpeg$/);
});

test('photos named after an article fill its captioned figures in order', () => {
  const $ = loadPage(site.dist, '2021/09/tang-cuong-su-lanh-dao-cua-dang-doi-voi-luc-luong-cong-an-nhan-dan/index.html');
  assert.deepEqual($('article figure picture img').map((_, e) => $(e).attr('alt')).get(), ['Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.', 'Trung tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an phát biểu tại Hội thảo.']);
});

test('list pages show the first photo as a thumbnail; a photo no article uses is reported once and not published', () => {
  const home = loadPage(site.dist, 'index.html');
  assert.ok(home('.teaser__photo').length >= 2);
  const report = JSON.parse(readFileSync(path.join(site.project, '.bantin', 'report.json'), 'utf8'));
  const unused = report.diagnostics.filter((d: { code: string }) => d.code === 'image-unused');
  assert.deepEqual(unused.map((d: { file: string }) => d.file), ['anh-thua.jpg']);
  // Every published image file is one some page uses: the unused photo's encodings are not there.
  const referenced = new Set<string>();
  for (const page of siteFiles(site.dist).filter((f) => f.endsWith('.html'))) {
    const $ = loadPage(site.dist, page);
    $('img[src]').each((_, e) => void referenced.add(path.basename($(e).attr('src')!)));
    $('source[srcset], img[srcset]').each((_, e) => {
      for (const candidate of $(e).attr('srcset')!.split(',')) referenced.add(path.basename(candidate.trim().split(' ')[0]!));
    });
  }
  assert.deepEqual(readdirSync(path.join(site.dist, 'img')).sort(), [...referenced].sort());
});

test('rebuilding with unchanged photos does not encode them again', () => {
  const cache = path.join(site.project, '.bantin', 'images');
  const before = Object.fromEntries(readdirSync(cache).map((f) => [f, statSync(path.join(cache, f)).mtimeMs]));
  const again = runBantin(['build'], site.project);
  assert.equal(again.code, 0, again.stderr);
  const after = Object.fromEntries(readdirSync(cache).map((f) => [f, statSync(path.join(cache, f)).mtimeMs]));
  assert.deepEqual(after, before);
});

test('a corrupt photo is reported by name, the site builds, and its figure shows the placeholder', () => {
  writeFileSync(path.join(site.project, 'articles', 'IMGP0713.JPG'), 'these bytes are not an image');
  const run = runBantin(['build'], site.project);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /IMGP0713\.JPG +warning image-unreadable/);
  const $ = loadPage(site.dist, ARTICLE);
  assert.equal($('article figure picture').length, 0);
  assert.equal($('article figure .figure__placeholder').attr('aria-label'), CAPTION);
});

test('a 50-megapixel camera original is processed', async () => {
  const huge = buildProject({ 'IMGP0713.jpg': (await sharp({ create: { width: 8660, height: 5774, channels: 3, background: '#445566' } }).jpeg({ quality: 70 }).toBuffer()) as unknown as string });
  assert.equal(huge.code, 0, huge.stderr);
  const img = loadPage(huge.dist, ARTICLE)('article figure picture img');
  assert.equal(img.attr('width'), '1600');
});
