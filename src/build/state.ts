import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What one output folder holds, recorded when a build into it completed, so
 * that the next build into it touches only what changed.
 */
export interface TreeState {
  /** The live output folder this one belongs to: it is that folder or its spare. */
  out: string;
  /** Page file (relative to the site's root) → digest of what it shows. */
  pages: Record<string, string>;
  /** Search-index part folder → digest of its documents. */
  parts: Record<string, string>;
  /** Every file of the folder (relative, forward slashes) → its size in bytes. */
  files: Record<string, number>;
}

/**
 * The state of the output folders, by folder identity (see `folderIdentity`
 * in output.ts): folders change places when a build is swapped in, and a
 * folder whose build did not complete has no entry. `at` says which folder
 * stood at each place after the last completed swap, for folders whose
 * identity changed as a whole (restored from a CI cache, copied).
 */
export interface BuildState {
  version: 3;
  trees: Record<string, TreeState>;
  /** Folder path → the identity of the folder there after the last completed swap. */
  at: Record<string, string>;
}

export function emptyTree(out: string): TreeState {
  return { out, pages: {}, parts: {}, files: {} };
}

/** The recorded state; an empty one when there is none, it cannot be read, or an older bantin wrote it. */
export async function loadState(file: string): Promise<BuildState> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as BuildState;
    if (state.version === 3 && state.trees && state.at) return state;
  } catch {
    // No state: every page is rendered.
  }
  return { version: 3, trees: {}, at: {} };
}

/** Written to a temporary file and renamed: a killed build leaves the old state or the new one, never half of one. */
export async function saveState(file: string, state: BuildState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(state));
  await rename(`${file}.tmp`, file);
}
