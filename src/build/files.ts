import { link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Hard-links a file of the previous output into the new one: no copy, and
 * the previous output can then be removed. False when the file is missing.
 */
export async function linkFile(from: string, to: string): Promise<boolean> {
  await mkdir(path.dirname(to), { recursive: true });
  return link(from, to).then(
    () => true,
    () => false,
  );
}

/**
 * Every file below `from` (those `include` accepts, by their path below it),
 * linked to the same place below `to`. False when `from` is missing or a
 * file cannot be linked.
 */
export async function linkTree(from: string, to: string, include: (relative: string) => boolean = () => true): Promise<boolean> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return false;
  for (const e of entries) {
    const relative = path.relative(from, path.join(e.parentPath, e.name));
    if (e.isFile() && include(relative) && !(await linkFile(path.join(from, relative), path.join(to, relative)))) return false;
  }
  return true;
}
