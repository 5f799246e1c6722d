import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareTemplates, renderBodies } from '../../src/build/render.ts';
import { renderBodyJob, type BodyJob } from '../../src/render/body.ts';
import { REPO } from '../helpers.ts';

test("the template folders of killed builds are removed by the next build, a running build's are not", async () => {
  // A process that has ended: its pid names no running build.
  const ended = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
  const orphan = path.join(os.tmpdir(), `bantin-templates-${ended}-killed`);
  const running = path.join(os.tmpdir(), `bantin-templates-${process.pid}-running`);
  mkdirSync(orphan, { recursive: true });
  mkdirSync(running, { recursive: true });
  const templates = await prepareTemplates(path.join(REPO, 'templates'));
  try {
    assert.equal(existsSync(orphan), false);
    assert.equal(existsSync(running), true);
    assert.ok(existsSync(path.join(templates.all, 'article.njk')));
  } finally {
    await templates.remove();
    rmSync(running, { recursive: true, force: true });
  }
});

test('article bodies rendered on threads are the ones rendered in place, in order, escaped alike', async () => {
  const strings = JSON.parse(readFileSync(path.join(REPO, 'templates/strings/vi.json'), 'utf8'));
  const jobs: BodyJob[] = Array.from({ length: 9 }, (_, i) => ({
    markdown: `Đoạn **${i}** của bài <script>alert(${i})</script>\n\n![](#figure-1)\n\nĐoạn cuối ${i}.`,
    figures: [{ src: `anh-${i}.jpg`, caption: `Chú thích <b>${i}</b>`, credit: i % 2 ? 'Ảnh: CAND' : null }],
    pictures: [],
  }));
  const inPlace = jobs.map((job) => renderBodyJob(job, strings));
  assert.deepEqual(await renderBodies(jobs, strings, 1), inPlace);
  assert.ok(inPlace.every((html, i) => html.includes(`<strong>${i}</strong>`) && html.includes('<figure') && html.includes(`Chú thích &lt;b&gt;${i}`) && !html.includes('<script>')));
});
