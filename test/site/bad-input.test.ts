import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { REPO, runBantin, tempDir } from '../helpers.ts';
import { launchBrowser, serveSite } from '../browser.ts';
import { loadPage, siteFiles } from './support.ts';
import { generateArticles } from '../../scripts/lib/generate.ts';

/** A good article with a body of its own (from the generator, seeded by the title), so no two are alike. */
const GOOD = (title: string, extra = '') => {
  const seed = [...title + extra].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7);
  const paragraphs = generateArticles(1, seed, 1500)[0]!.text.split('\n').filter((l) => l.length > 150).slice(1, 3);
  return `${title}\nThứ Hai, 01/01/2024 08:00\nSáng 1/1, Công an tỉnh Nghệ An tổ chức hội nghị triển khai công tác năm 2024 với sự tham dự của lãnh đạo các phòng nghiệp vụ và Công an các huyện.${extra}\n${paragraphs.join('\n')}\nNguyễn Văn An\n`;
};

/** Every bad input the issue names, beside good articles. Expected: what the report says of each. */
const EXPECTED: Record<string, { status: string; code?: string }> = {
  'empty.txt': { status: 'skipped', code: 'empty' },
  'blank.txt': { status: 'skipped', code: 'empty' },
  'anh-doi-ten.txt': { status: 'skipped', code: 'binary' },
  'sai-ma-utf8.txt': { status: 'published' },
  'utf16-khong-bom.txt': { status: 'published' },
  'qua-lon.txt': { status: 'skipped', code: 'too-large' },
  'mot-dong.txt': { status: 'skipped', code: 'no-title' },
  'yaml-hong.txt': { status: 'published' },
  'sai-kieu.txt': { status: 'published' },
  'khong-tieu-de.txt': { status: 'skipped', code: 'no-title' },
  'trung-slug-1.txt': { status: 'published' },
  'trung-slug-2.txt': { status: 'published' },
  'ban-goc.txt': { status: 'published' },
  'ban-sao.txt': { status: 'duplicate' },
  'Bài Viết Có Dấu.txt': { status: 'published' },
  'VIET-HOA.TXT': { status: 'published' },
  'mat-tich.txt': { status: 'skipped', code: 'unreadable' },
  'vong-lap.txt': { status: 'skipped', code: 'symlink-loop' },
  'thu-muc-lap': { status: 'skipped', code: 'symlink-loop' },
  'thu-muc.txt': { status: 'skipped', code: 'not-a-file' },
  'thu-muc.txt/ben-trong.txt': { status: 'published' },
  'ghi-chu.docx': { status: 'skipped', code: 'not-an-article' },
  'tan-cong.txt': { status: 'published' },
  'tan-cong.md': { status: 'published' },
};
const DEBRIS = ['.DS_Store', 'Thumbs.db', '~$bai-viet.txt', '.bai-viet.txt.swp', 'bai-viet.txt~'];

let project: string;
let run: ReturnType<typeof runBantin>;
let report: { found: number; published: number; skipped: number; duplicates: number; files: { file: string; status: string; code?: string; duplicateOf?: string; reason?: string }[]; ignored: string[] };
let before_: string[];

before(() => {
  // The project in a folder of its own: whatever a build wrote beside it shows there, and listing it reads no one else's files.
  project = path.join(tempDir('bantin-bad-'), 'site');
  mkdirSync(project);
  const a = path.join(project, 'articles');
  mkdirSync(a);
  cpSync(path.join(REPO, 'articles'), a, { recursive: true });
  const w = (name: string, content: string | Uint8Array) => writeFileSync(path.join(a, name), content);
  w('empty.txt', '');
  w('blank.txt', '  \n\n \t \u00a0\n');
  w('anh-doi-ten.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]));
  w('sai-ma-utf8.txt', Buffer.concat([Buffer.from(GOOD('Bài có byte hỏng')), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]));
  w('utf16-khong-bom.txt', iconv.encode(GOOD('Bài lưu UTF-16 không có BOM'), 'utf-16le'));
  w('qua-lon.txt', Buffer.alloc(20 * 1024 * 1024, 'Công an tỉnh. '));
  w('mot-dong.txt', 'Công an tỉnh tổ chức hội nghị triển khai công tác năm mới. '.repeat(3400));
  w('yaml-hong.txt', `---\ntitle: "chưa đóng\ndate: 2024\n---\n${GOOD('Bài có front matter hỏng')}`);
  w('sai-kieu.txt', `---\ndate: abc\nviews: -1\ntags: 5\n---\n${GOOD('Bài có trường sai kiểu')}`);
  w('khong-tieu-de.txt', `${'Công an tỉnh tổ chức hội nghị triển khai công tác năm mới với nhiều nội dung quan trọng. '.repeat(6)}\n`);
  w('trung-slug-1.txt', GOOD('Hai bài cùng một tiêu đề', ' Bài thứ nhất.'));
  w('trung-slug-2.txt', GOOD('Hai bài cùng một tiêu đề', ' Bài thứ hai, khác nội dung.'));
  w('ban-goc.txt', GOOD('Một bài lưu hai lần'));
  w('ban-sao.txt', `TIN TỨC\n\n${GOOD('Một bài lưu hai lần')}\nChia sẻ bài viết\n`);
  w('Bài Viết Có Dấu.txt', GOOD('Tên tệp có dấu và khoảng trắng'));
  w('VIET-HOA.TXT', GOOD('Tên tệp viết hoa'));
  symlinkSync(path.join(a, 'khong-ton-tai.txt'), path.join(a, 'mat-tich.txt'));
  symlinkSync('vong-lap.txt', path.join(a, 'vong-lap.txt'));
  symlinkSync(a, path.join(a, 'thu-muc-lap'));
  mkdirSync(path.join(a, 'thu-muc.txt'));
  writeFileSync(path.join(a, 'thu-muc.txt', 'ben-trong.txt'), GOOD('Bài trong thư mục tên lạ'));
  w('ghi-chu.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  for (const d of DEBRIS) w(d, 'rác');
  w('tan-cong.txt', `---\nslug: ../../../../etc/passwd\nsection: ../../ngoai\ntags: ["../../tag-xau", "a\\u0000b", "<script>alert('tag')</script>"]\nauthor: "<img src=x onerror=alert('author')>"\n---\n${GOOD("Tiêu đề <script>alert('title')</script>", ' <b onmouseover="alert(1)">đậm</b>')}`);
  w('tan-cong.md', `---\ntitle: Markdown có mã độc\ndate: 2024-01-02\nauthor: Ban biên tập\n---\n\nĐoạn đầu <script>alert('md')</script> có <img src=x onerror="alert('img')"> và [liên kết](javascript:alert('link')) cùng <iframe src="https://evil.example"></iframe> nữa.\n\n<div onclick="alert('div')">Đoạn hai có một khối HTML thô.</div>\n`);
  if (process.getuid?.() !== 0) {
    w('khong-doc-duoc.txt', GOOD('Không đọc được'));
    chmodSync(path.join(a, 'khong-doc-duoc.txt'), 0o000);
    EXPECTED['khong-doc-duoc.txt'] = { status: 'skipped', code: 'unreadable' };
  }
  before_ = listTree(path.dirname(project));
  run = runBantin(['build'], project);
  report = JSON.parse(readFileSync(path.join(project, '.bantin', 'report.json'), 'utf8'));
});

/** Everything under a folder except the build's own output and report. */
function listTree(root: string): string[] {
  const skip = (p: string) => /\/(dist|\.bantin)(\/|$)/.test(p);
  return readdirSync(root, { recursive: true }).map(String).filter((p) => !skip(`/${p}`)).sort();
}

test('the site is built, and the exit code says some files were not published', () => {
  assert.equal(run.code, 2, run.stderr);
});

test('every file is accounted for, with the right outcome and reason; the counts add up', () => {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  for (const [file, expected] of Object.entries(EXPECTED)) {
    const got = byFile.get(file);
    assert.ok(got, `${file} is in the report`);
    assert.equal(got.status, expected.status, `${file}: ${JSON.stringify(got)}`);
    if (expected.code) assert.equal(got.code, expected.code, `${file}: ${got.reason}`);
  }
  for (const seed of readdirSync(path.join(REPO, 'articles'))) assert.equal(byFile.get(seed)?.status, 'published', seed);
  assert.equal(byFile.get('ban-sao.txt')?.duplicateOf, 'ban-goc.txt');
  assert.equal(report.found, report.files.length);
  assert.equal(report.published + report.skipped + report.duplicates, report.found);
});

test('editor and system debris is ignored quietly', () => {
  for (const d of DEBRIS) {
    assert.ok(report.ignored.includes(d), d);
    assert.ok(!report.files.some((f) => f.file === d), d);
    assert.ok(!run.stderr.includes(d), `${d} is not mentioned`);
  }
});

test('the terminal summary says the same, with file and reason', () => {
  assert.match(run.stderr, new RegExp(`files found ${report.found}, published ${report.published}, skipped ${report.skipped}, duplicates ${report.duplicates}`));
  assert.match(run.stderr, /anh-doi-ten\.txt +error binary +The file is a PNG image/);
  assert.match(run.stderr, /yaml-hong\.txt:\d+ +warning front-matter-invalid/);
  assert.match(run.stderr, /sai-kieu\.txt:2 +warning front-matter-type +Front-matter field 'date'/);
  assert.match(run.stderr, /sai-ma-utf8\.txt:\d+ +warning encoding-invalid/);
  assert.match(run.stderr, /ban-sao\.txt +warning duplicate +The same article as ban-goc\.txt/);
});

test('nothing is written outside the output folder and the report', () => {
  assert.deepEqual(listTree(path.dirname(project)), before_);
  const dist = path.join(project, 'dist');
  assert.ok(siteFiles(dist).every((f) => !f.startsWith('..') && !path.isAbsolute(f)));
  // '../../../../etc/passwd' becomes the plain slug etc-passwd, a folder inside dist/.
  assert.ok(siteFiles(dist).includes('2024/01/etc-passwd/index.html'));
  assert.ok(siteFiles(dist).includes('chuyen-muc/ngoai/index.html'));
});

test('no built page holds an executable injected script (parsed DOM)', () => {
  const dist = path.join(project, 'dist');
  for (const page of siteFiles(dist).filter((f) => f.endsWith('.html'))) {
    const $ = loadPage(dist, page);
    // Scripts a browser runs (no type, a JavaScript type, or a module) must be bantin's own files.
    $('script').each((_, s) => {
      const type = ($(s).attr('type') ?? '').toLowerCase();
      const executable = type === '' || type === 'module' || /javascript|ecmascript/.test(type);
      const src = $(s).attr('src');
      if (executable) assert.ok(src && /^\/(pagefind|search|app)\/[\w.-]+\.js$/.test(src), `${page}: unexpected script ${$.html(s).slice(0, 80)}`);
    });
    $('*').each((_, el) => {
      for (const name of Object.keys((el as unknown as { attribs: Record<string, string> }).attribs ?? {})) assert.ok(!/^on/i.test(name), `${page}: ${name} attribute`);
    });
    assert.equal($('a[href^="javascript:"], iframe').length, 0, page);
  }
});

test('in Chromium, the hostile pages open no dialog', async () => {
  // The browser first: a server left open by a browser that failed to start would keep the test process alive.
  const browser = await launchBrowser();
  const server = await serveSite(path.join(project, 'dist'));
  const dialogs: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const hostile = report.files.filter((f) => f.file.startsWith('tan-cong')).map((f) => (f as { url?: string }).url!);
    for (const url of [...hostile, '/', '/tim-kiem/?q=script']) {
      await page.goto(server.origin + url, { waitUntil: 'load' });
      // The injected bold text carried an onmouseover: hover the body so it would fire if it had survived.
      if (hostile.includes(url)) await page.locator('.article__body').hover({ timeout: 2000 });
    }
    await page.waitForLoadState('networkidle');
    assert.equal(hostile.length, 2);
  } finally {
    await browser.close();
    await server.close();
  }
  assert.deepEqual(dialogs, []);
});
