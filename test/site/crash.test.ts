import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticles } from '../../scripts/lib/generate.ts';
import { REPO, runBantin } from '../helpers.ts';
import { buildProject, siteFiles } from './support.ts';

/** A site as a fingerprint: every file and its content hash. */
function fingerprint(dist: string): string {
  if (!existsSync(dist)) return '(no dist)';
  return siteFiles(dist)
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(path.join(dist, f))).digest('hex')}`)
    .join('\n');
}

/** Starts a build and kills it (SIGKILL: no chance to clean up) after `ms`; resolves with whether the build had already finished. */
function killBuildAfter(project: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'bantin.js'), 'build'], { cwd: project, stdio: 'ignore' });
    let finished = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      finished = signal === null && code !== null;
      resolve(finished);
    });
  });
}

test('a build killed at random points leaves the previous dist/ whole every time', async () => {
  const site = buildProject();
  assert.equal(site.code, 0, site.stderr);
  const old = fingerprint(site.dist);
  // More articles make the next build longer, and different from the one on disk.
  for (const a of generateArticles(60, 3, 3000)) writeFileSync(path.join(site.project, 'articles', a.file), a.text);
  const newer = runBantin(['build', '--out', 'dist-complete'], site.project);
  assert.equal(newer.code, 0, newer.stderr);
  const complete = fingerprint(path.join(site.project, 'dist-complete'));

  const delays = [150, 600, 1200, 2000, 2800, 3600].map((d) => d + Math.floor(Math.random() * 300));
  let expected = old;
  for (const ms of delays) {
    const finished = await killBuildAfter(site.project, ms);
    const now = fingerprint(site.dist);
    if (finished) expected = complete;
    assert.ok(now === expected || now === complete, `killed after ${ms} ms: dist/ is neither the previous site nor the complete new one`);
    expected = now;
  }
  // The next build cleans up after the killed ones and finishes the job.
  const last = runBantin(['build'], site.project);
  assert.equal(last.code, 0, last.stderr);
  assert.equal(fingerprint(site.dist), complete);
  assert.deepEqual(readdirSync(site.project).filter((n) => /^dist\.(building|old)-/.test(n)), []);
});
