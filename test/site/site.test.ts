import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync as read } from 'node:fs';
import { buildProject, fileForUrl, loadPage, siteFiles, type BuiltSite } from './support.ts';
import { FIXTURES, REPO } from '../helpers.ts';

const golden = JSON.parse(read(path.join(FIXTURES, 'seeds', 'golden.json'), 'utf8')) as { articles: { file: string; title: string; author: string; figures: unknown[] }[] };

/** HTML written as text (character references, decoded on reading) and as markup (a pasted page's, removed on reading). */
const HOSTILE = [
  'Tin thử &lt;script&gt;alert(1)&lt;/script&gt; nguy hiểm',
  '',
  'Thứ Hai, 01/01/2024 08:00',
  'Nội dung có &lt;img src=x onerror=alert(2)&gt; và <script>alert(3)</script> cùng [liên kết](javascript:alert(4)) trong một đoạn văn dài để được nhận là thân bài của bài viết này.',
  '',
  'Chú thích &lt;b onmouseover=alert(5)&gt;ảnh&lt;/b&gt; (Ảnh: <i>X</i>)',
  '',
  'Đoạn thứ hai của bài viết cũng đủ dài để là một đoạn văn bình thường của thân bài, không có gì đặc biệt cả.',
  '',
  'Nguyễn Văn <Script>',
].join('\n');

let site: BuiltSite;
let pages: string[];
/** An article whose keyword line names a topic, a person and a place. */
const TAGGED = [
  'Hội nghị sơ kết công tác cải cách hành chính',
  '',
  'Thứ Ba, 02/01/2024 09:00',
  'Sáng 2/1, Công an tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính năm 2023 với sự tham dự của Đại tá Trần Quốc Tỏ cùng lãnh đạo các phòng.',
  '',
  'Hội nghị đã đánh giá kết quả thực hiện và đề ra nhiệm vụ trọng tâm cho năm tới, trong đó chú trọng chuyển đổi số trong giải quyết thủ tục hành chính.',
  '',
  'Từ khóa: cải cách hành chính, Trần Quốc Tỏ, Hà Nội',
].join('\n');

/** An article with subheadings and a bulleted list between its paragraphs. */
const OUTLINED = [
  'Tổng kết đợt cao điểm tấn công trấn áp tội phạm',
  'Thứ Tư, 03/01/2024 10:00',
  'Sáng 3/1, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm với sự tham dự của lãnh đạo các đơn vị.',
  'Kết quả nổi bật',
  'Trong đợt cao điểm, lực lượng Công an toàn tỉnh đã triệt phá nhiều băng, nhóm tội phạm, thu giữ nhiều tang vật có giá trị.',
  'Những con số biết nói',
  '- Bắt 35 đối tượng;',
  '- Thu giữ 12 xe máy;',
  '- Thu hồi 200 triệu đồng.',
  'Hội nghị cũng đề ra nhiệm vụ trọng tâm cho năm tới, trong đó chú trọng phòng ngừa tội phạm từ cơ sở.',
].join('\n');

/** The articles the site is built from besides the seeds. */
const EXTRA = { 'zz-hostile.txt': HOSTILE, 'zz-tagged.txt': TAGGED, 'zz-outlined.txt': OUTLINED };

before(() => {
  site = buildProject(EXTRA);
  pages = siteFiles(site.dist).filter((f) => f.endsWith('.html'));
});

test('bantin build succeeds and reports what it built', () => {
  assert.equal(site.code, 0, site.stderr);
  assert.match(site.stderr, /files found 8, published 8, skipped 0/);
  for (const stage of ['ingest', 'images', 'model', 'render', 'index', 'offline']) assert.match(site.stderr, new RegExp(`time .*${stage} [\\d.]+ s`), stage);
  assert.match(site.stderr, /output \d+ files, \d+ KiB/);
});

test('every seed has its page with title, <time datetime>, author and figures', () => {
  const home = loadPage(site.dist, 'index.html');
  for (const seed of golden.articles) {
    const link = home('.teaser__title a').filter((_, a) => home(a).text() === seed.title);
    assert.equal(link.length, 1, `home links ${seed.title}`);
    const $ = loadPage(site.dist, fileForUrl(site.dist, link.attr('href')!)!);
    assert.equal($('h1').text(), seed.title);
    assert.match($('article time[datetime]').attr('datetime')!, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
    assert.match($('.article__byline').text(), new RegExp(seed.author.split(' ')[0]!));
    assert.equal($('article figure').length, seed.figures.length);
    assert.equal($('html').attr('lang'), 'vi');
    assert.ok($('link[rel=canonical]').attr('href')!.startsWith('https://tin.example.vn/'));
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    assert.equal(jsonLd['@type'], 'NewsArticle');
    assert.equal(jsonLd.headline, seed.title);
  }
});

test("an article's subheadings are headings under its title, and its bulleted paragraphs one list", () => {
  const home = loadPage(site.dist, 'index.html');
  const link = home('.teaser__title a').filter((_, a) => home(a).text() === 'Tổng kết đợt cao điểm tấn công trấn áp tội phạm');
  const $ = loadPage(site.dist, fileForUrl(site.dist, link.attr('href')!)!);
  assert.deepEqual($('article h2').map((_, h) => $(h).text()).get().slice(0, 2), ['Kết quả nổi bật', 'Những con số biết nói']);
  assert.deepEqual($('article ul li').map((_, li) => $(li).text()).get(), ['Bắt 35 đối tượng;', 'Thu giữ 12 xe máy;', 'Thu hồi 200 triệu đồng.']);
});

test('the dateline reads as Vietnamese newspapers print it', () => {
  const $ = loadPage(site.dist, pages.find((p) => p.startsWith('2022/10/'))!);
  assert.equal($('article time').text(), 'Thứ Hai, 17/10/2022, 04:44 (GMT+7)');
  const dateOnly = loadPage(site.dist, pages.find((p) => p.startsWith('2021/10/dot-pha'))!);
  assert.equal(dateOnly('article time').text(), 'Chủ Nhật, 31/10/2021');
});

test('pages exist for archives, tags, people, places, authors, sections, and a 404', () => {
  for (const file of ['2022/index.html', '2022/10/index.html', 'nhan-vat/tran-quoc-to/index.html', 'dia-phuong/ha-noi/index.html', 'chu-de/cai-cach-hanh-chinh/index.html', 'tac-gia/le-mau-lam/index.html', 'chuyen-muc/dang-uy-truc-thuoc-thanh-uy/index.html', '404.html']) {
    assert.ok(existsSync(path.join(site.dist, file)), file);
  }
  // A tag that names a person or a place links to that page: no topic page repeats it.
  assert.ok(!existsSync(path.join(site.dist, 'chu-de/tran-quoc-to/index.html')), 'no topic page repeats a person page');
  assert.ok(!existsSync(path.join(site.dist, 'chu-de/ha-noi/index.html')), 'no topic page repeats a place page');
  const place = loadPage(site.dist, 'dia-phuong/ha-noi/index.html');
  assert.ok(place('.teaser__title').text().includes('cải cách hành chính'), 'an article tagged with a place is listed on its page');
  const person = loadPage(site.dist, 'nhan-vat/tran-quoc-to/index.html');
  assert.equal(person('h1').text(), 'Trần Quốc Tỏ');
  assert.ok(person('.teaser').length >= 3);
});

test('every internal link and asset resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const $ = loadPage(site.dist, page);
    $('a[href], link[href], script[src], img[src], source[srcset]').each((_, el) => {
      const url = $(el).attr('href') ?? $(el).attr('src')!;
      if (/^(https?:|mailto:|#)/.test(url) && !url.startsWith('https://tin.example.vn/')) return;
      const file = fileForUrl(site.dist, url);
      if (!file || !existsSync(path.join(site.dist, file))) broken.push(`${page}: ${url}`);
    });
  }
  assert.deepEqual(broken, []);
});

test('html-validate reports no errors on any page', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(site.dist, page), 'utf8'), page);
    for (const r of report.results) for (const m of r.messages) if (m.severity === 2) problems.push(`${page}:${m.line} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(problems, []);
});

test('Atom and RSS parse as XML; the JSON Feed has its required keys', () => {
  for (const feed of ['feed.xml', 'rss.xml', 'sitemap.xml']) {
    assert.equal(XMLValidator.validate(readFileSync(path.join(site.dist, feed), 'utf8')), true, feed);
  }
  const atom = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(site.dist, 'feed.xml'), 'utf8'));
  assert.equal(atom.feed.entry.length, 8);
  const rss = new XMLParser().parse(readFileSync(path.join(site.dist, 'rss.xml'), 'utf8'));
  assert.equal(rss.rss.channel.item.length, 8);
  const json = JSON.parse(readFileSync(path.join(site.dist, 'feed.json'), 'utf8'));
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(json.title);
  assert.equal(json.items.length, 8);
  for (const item of json.items) {
    assert.ok(item.id && item.url && item.content_html && item.date_published);
  }
});

test('sitemap.xml lists every page; robots.txt points to it', () => {
  const sitemap = new XMLParser().parse(readFileSync(path.join(site.dist, 'sitemap.xml'), 'utf8'));
  const listed = new Set((sitemap.urlset.url as { loc: string }[]).map((u) => fileForUrl(site.dist, u.loc)));
  const expected = pages.filter((p) => p !== '404.html');
  assert.deepEqual(expected.filter((p) => !listed.has(p)), []);
  assert.match(readFileSync(path.join(site.dist, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/tin\.example\.vn\/sitemap\.xml/);
});

test('article text that looks like HTML shows as text; nothing in it runs', () => {
  const page = pages.find((p) => p.startsWith('2024/01/tin-thu'))!;
  const $ = loadPage(site.dist, page);
  assert.equal($('h1').text(), 'Tin thử <script>alert(1)</script> nguy hiểm');
  // Escaped once, as everywhere: the reader's tab and a shared link show the title as printed.
  assert.equal($('title').text(), `Tin thử <script>alert(1)</script> nguy hiểm – ${$('meta[property="og:site_name"]').attr('content') ?? 'Bản tin'}`);
  assert.equal($('meta[property="og:title"]').attr('content'), 'Tin thử <script>alert(1)</script> nguy hiểm');
  // Only bantin's own scripts, by address; nothing from the article.
  $('script').not('[type="application/ld+json"]').each((_, el) => assert.match($(el).attr('src') ?? '', /^\/(app|search|pagefind)\/[\w.-]+\.js$/));
  assert.equal($('[onerror], [onmouseover]').length, 0);
  assert.equal($('a[href^="javascript:"]').length, 0);
  assert.match($('.article__body').text(), /<img src=x onerror=alert\(2\)>/);
  assert.doesNotMatch($.html(), /alert\(3\)/);
  assert.match($('figcaption').text(), /<b onmouseover=alert\(5\)>ảnh<\/b>/);
  const jsonLd = $('script[type="application/ld+json"]').html()!;
  assert.ok(!jsonLd.includes('</script'), 'JSON-LD cannot close its script element');
});

test('the same input built twice gives a byte-identical dist/', () => {
  const again = buildProject(EXTRA);
  const digest = (dist: string) => siteFiles(dist).map((f) => `${f} ${createHash('sha256').update(readFileSync(path.join(dist, f))).digest('hex')}`);
  assert.deepEqual(digest(again.dist), digest(site.dist));
});

test('a site under a path prefix links everything under it', () => {
  const prefixed = buildProject({}, {}, ['--path-prefix', '/bantin/', '--base-url', 'https://newsroom.github.io']);
  assert.equal(prefixed.code, 0, prefixed.stderr);
  const broken: string[] = [];
  for (const page of siteFiles(prefixed.dist).filter((f) => f.endsWith('.html'))) {
    const $ = loadPage(prefixed.dist, page);
    $('a[href], link[href]').each((_, el) => {
      const url = $(el).attr('href')!;
      if (url.startsWith('#') || (url.startsWith('https://') && !url.startsWith('https://newsroom.github.io/'))) return;
      const file = fileForUrl(prefixed.dist, url, '/bantin/');
      if (!file || !existsSync(path.join(prefixed.dist, file))) broken.push(`${page}: ${url}`);
    });
  }
  assert.deepEqual(broken, []);
  const canonical = loadPage(prefixed.dist, 'index.html')('link[rel=canonical]').attr('href');
  assert.equal(canonical, 'https://newsroom.github.io/bantin/');
});

test('a wrong configuration value is reported by its key, and nothing is built (negative)', () => {
  const bad = buildProject({}, { baseUrl: 'not a url', timeZone: 'Mars/Olympus' });
  assert.equal(bad.code, 64);
  assert.match(bad.stderr, /'baseUrl' must be an absolute http\(s\) URL/);
  assert.match(bad.stderr, /'timeZone' must be an IANA time zone/);
  assert.ok(!existsSync(bad.dist));
});

test("a template in the project's templates/ overrides bantin's by name; the rest stay", () => {
  const custom = buildProject({}, {}, [], {
    '404.njk': '---\npermalink: /404.html\neleventyExcludeFromCollections: true\n---\n{% extends "layouts/base.njk" %}{% block content %}<h1>Lạc đường rồi</h1>{% endblock %}',
    'strings/vi.json': readFileSync(path.join(REPO, 'templates', 'strings', 'vi.json'), 'utf8').replace('"Tin mới nhất"', '"Tin nóng"'),
  });
  assert.equal(custom.code, 0, custom.stderr);
  assert.equal(loadPage(custom.dist, '404.html')('h1').text(), 'Lạc đường rồi');
  assert.equal(loadPage(custom.dist, 'index.html')('h1').text(), 'Tin nóng');
  assert.equal(loadPage(custom.dist, 'index.html')('.skip-link').text(), 'Bỏ qua, đến nội dung chính');
});
