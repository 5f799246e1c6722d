import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What the last build wrote, so the next one can keep what has not changed:
 * the digest of every page and of every search-index part, and where the
 * output went. Written only after the new output is in place.
 */
export interface BuildState {
  version: 1;
  /** The output folder the digests describe. */
  out: string;
  /** Output file (relative to the site's root) → digest of what it shows. */
  pages: Record<string, string>;
  /** Search-index part → digest of its documents. */
  parts: Record<string, string>;
}

export function emptyState(out: string): BuildState {
  return { version: 1, out, pages: {}, parts: {} };
}

/** The previous build's state for this output folder; an empty one when there is none or it describes another folder. */
export async function loadState(file: string, out: string): Promise<BuildState> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as BuildState;
    return state.version === 1 && state.out === out ? state : emptyState(out);
  } catch {
    return emptyState(out);
  }
}

export async function saveState(file: string, state: BuildState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(state));
  await rename(`${file}.tmp`, file);
}
