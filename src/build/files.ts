import { linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Hard-links files of a previous output into a new one: no copy, and the
 * previous output can then be removed.
 *
 * Calls are synchronous on purpose: a rebuild links tens of thousands of
 * files, each link a few microseconds of kernel work, and a round trip
 * through the thread pool per file would cost ten times the link itself.
 * Folders already made are remembered, so each is made once.
 */
export class Linker {
  private readonly made = new Set<string>();

  /** False when `from` is missing. */
  file(from: string, to: string): boolean {
    this.folder(path.dirname(to));
    try {
      linkSync(from, to);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Every file below `from` (those `include` accepts, by their path below
   * it), linked to the same place below `to`. False when `from` is missing
   * or a file cannot be linked.
   */
  tree(from: string, to: string, include: (relative: string) => boolean = () => true): boolean {
    let entries;
    try {
      entries = readdirSync(from, { recursive: true, withFileTypes: true });
    } catch {
      return false;
    }
    for (const e of entries) {
      const relative = path.relative(from, path.join(e.parentPath, e.name));
      if (e.isFile() && include(relative) && !this.file(path.join(from, relative), path.join(to, relative))) return false;
    }
    return true;
  }

  private folder(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}

/** A file of a site: its path relative to the site's root (forward slashes), and its size. */
export interface SiteFile {
  url: string;
  bytes: number;
}
