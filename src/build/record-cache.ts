import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { digestFiles } from './digest.ts';
import path from 'node:path';
import { BANTIN_ROOT } from './paths.ts';
import type { Extracted } from './ingest.ts';

/**
 * Everything an extraction depends on besides the file: the code and data
 * of the reading and extraction stages and bantin's version. A change to
 * any rule or word list makes every cached record stale at once.
 */
export function rulesetDigest(): Promise<string> {
  return digestFiles(BANTIN_ROOT, ['src/read', 'src/extract', 'src/vietnamese', 'src/record.ts', 'src/diagnostics.ts', 'package.json']);
}

/**
 * Extracted records, stored by a digest of what made them: the ruleset, the
 * options, the file's path and its bytes. An unchanged file is never parsed
 * twice. One JSON file per entry, written by rename, so a killed build leaves
 * no half-written entry.
 */
export class RecordCache {
  private readonly used = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  key(file: string, bytes: Uint8Array, options: unknown): string {
    return createHash('sha256').update(this.salt).update('\0').update(JSON.stringify(options)).update('\0').update(file).update('\0').update(bytes).digest('hex');
  }

  async get(key: string): Promise<Extracted | undefined> {
    this.used.add(key);
    try {
      return JSON.parse(await readFile(this.pathOf(key), 'utf8')) as Extracted;
    } catch {
      return undefined; // absent, or unreadable: extracted again
    }
  }

  async put(key: string, value: Extracted): Promise<void> {
    this.used.add(key);
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, target);
  }

  /** Removes the entries this build did not use: records of files since edited or deleted. */
  async prune(): Promise<number> {
    let removed = 0;
    for (const entry of await readdir(this.dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
      if (entry.isFile() && !this.used.has(`${path.basename(entry.parentPath)}${path.basename(entry.name, '.json')}`)) {
        await rm(path.join(entry.parentPath, entry.name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  private pathOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
