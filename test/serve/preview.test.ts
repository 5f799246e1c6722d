import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, tempDir } from '../helpers.ts';

const NEW_ARTICLE = `Công an tỉnh ra mắt chuyên trang tin mới
Thứ Hai, 03/06/2024 09:00
Sáng 3/6, Công an tỉnh Nghệ An ra mắt chuyên trang tin tức mới nhằm cung cấp thông tin kịp thời, chính xác về công tác bảo đảm an ninh, trật tự cho người dân trên địa bàn.
Chuyên trang có nhiều chuyên mục, cập nhật hằng ngày, giúp người dân dễ dàng tra cứu thủ tục hành chính và phản ánh tình hình an ninh, trật tự.
Lê Văn Bình
`;

async function poll(url: string, until: (status: number, body: string) => boolean, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const response = await fetch(url).catch(() => null);
    const body = response ? await response.text() : '';
    if (response && until(response.status, body)) return body;
    if (Date.now() > end) throw new Error(`timed out waiting for ${url} (last status ${response?.status})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('the preview serves the site, shows a dropped article within seconds, and survives a broken file', async () => {
  const project = tempDir();
  mkdirSync(path.join(project, 'articles'));
  cpSync(path.join(REPO, 'articles'), path.join(project, 'articles'), { recursive: true });
  const child = spawn(process.execPath, [path.join(REPO, 'bin', 'bantin.js'), 'serve', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /Preview at (http:\/\/[^\s]+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`the preview exited (${code}): ${stderr}`)));
    });
    const home = await poll(`${origin}/`, (s) => s === 200);
    assert.match(home, /\/__bantin\/live\.js/, 'pages carry the live-reload script');

    writeFileSync(path.join(project, 'articles', 'moi.txt'), NEW_ARTICLE);
    const page = await poll(`${origin}/2024/06/cong-an-tinh-ra-mat-chuyen-trang-tin-moi/`, (s) => s === 200, 20_000);
    assert.match(page, /Lê Văn Bình/);

    writeFileSync(path.join(project, 'articles', 'hong.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await poll(`${origin}/`, () => stderr.includes('hong.txt'), 20_000);
    assert.match(stderr, /hong\.txt +error binary/);
    assert.equal((await fetch(`${origin}/`)).status, 200, 'a broken file does not stop the server');
  } finally {
    child.kill('SIGTERM');
  }
});
