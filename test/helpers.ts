import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/extract/index.ts';
import type { LineKind, Decision } from '../src/extract/decision.ts';
import { toDocument } from '../src/extract/document.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');

/** Runs the rules on a text and returns what each line became, keyed by the line's text. */
export function kindsOf(text: string): Map<string, LineKind> {
  const doc = toDocument(text);
  return new Map(classify(doc).map((d) => [doc.lines[d.line]!.text, d.kind]));
}

/** The decision about the line with this text. */
export function decisionFor(text: string, line: string): Decision | undefined {
  const doc = toDocument(text);
  return classify(doc).find((d) => doc.lines[d.line]!.text === line);
}

/** Runs the real command line, as a user would. */
export function runBantin(args: string[], cwd = REPO) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'bantin.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A body paragraph long enough to read as prose. */
export const PROSE =
  'Trong những năm qua, lực lượng Công an tỉnh đã triển khai đồng bộ nhiều giải pháp bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn, góp phần quan trọng vào sự phát triển kinh tế - xã hội của địa phương và nâng cao đời sống của nhân dân.';

const temporary: string[] = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed when the test process exits. */
export function tempDir(prefix = 'bantin-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
