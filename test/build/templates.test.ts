import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareTemplates } from '../../src/build/render.ts';
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
