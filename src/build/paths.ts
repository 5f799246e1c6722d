import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where bantin itself is installed: the nearest folder above this module
 * with a package.json. This module runs from src/build, or compiled from a
 * cache inside the installation (see bin/compiled.js).
 */
export const BANTIN_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_TEMPLATES = path.join(BANTIN_ROOT, 'templates');

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`bantin cannot find its package.json above ${from}`);
  }
}
