import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { REPO } from '../helpers.ts';

const workflow = YAML.parse(readFileSync(path.join(REPO, '.github', 'workflows', 'pages.yml'), 'utf8'));
const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const runs: string[] = Object.values(workflow.jobs as Record<string, { steps: { run?: string; uses?: string }[] }>).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
const uses: string[] = Object.values(workflow.jobs as Record<string, { steps: { uses?: string }[] }>).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));

test('the workflow runs on push to main', () => {
  assert.deepEqual(workflow.on.push.branches, ['main']);
});

test("the workflow runs the README's set-up and test commands", () => {
  // The README's first code block holds the two commands a new user runs.
  const block = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
  const commands = block.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean).flatMap((l) => l.split('&&').map((c) => c.trim()));
  assert.deepEqual(commands, ['npm install', 'npm run build', 'npm test']);
  for (const command of commands) {
    // In CI, `npm ci` is `npm install` from the lock file.
    const expected = command === 'npm install' ? 'npm ci' : command;
    assert.ok(runs.some((r) => r === expected || r.startsWith(`${expected} `)), `the workflow runs ${expected}`);
  }
});

test('the build takes its path prefix from the repository name, and Pages upload and deploy follow', () => {
  const build = runs.find((r) => r.startsWith('npm run build'))!;
  assert.match(build, /--path-prefix "\/\$\{\{ github\.event\.repository\.name \}\}\/"/);
  assert.ok(runs.indexOf('npm test') < runs.indexOf(build), 'tests run before the build is published');
  assert.ok(uses.some((u) => u.startsWith('actions/upload-pages-artifact@')));
  assert.ok(uses.some((u) => u.startsWith('actions/deploy-pages@')));
  assert.equal(workflow.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with.path, 'dist');
});
