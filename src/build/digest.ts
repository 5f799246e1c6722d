import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A digest of files and folders (their paths below `root` and their bytes), in a stable order. */
export async function digestFiles(root: string, sources: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const source of sources) {
    const absolute = path.join(root, source);
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true }).catch(() => null);
    const files = entries ? entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [absolute];
    for (const file of files.sort()) hash.update(path.relative(root, file)).update('\0').update(await readFile(file).catch(() => Buffer.alloc(0))).update('\0');
  }
  return hash.digest('hex');
}
