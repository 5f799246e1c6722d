import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/**
 * On disk, `state.json` names each folder's state by a file of its own in
 * `state/`, named by a digest of its content. A folder's state is the size
 * of its site's file list (megabytes at 10,000 articles), and a build
 * records the state three times (see publishSite): it then writes only the
 * state of the folder it built, once, and the rest is the small index.
 */
interface StateIndex {
  version: 4;
  /** Folder identity → the file of its state, in `state/`. */
  trees: Record<string, string>;
  at: Record<string, string>;
}

/** The file each state was read from or written to: a state is never changed once made, so it is never written twice. */
const STORED = new WeakMap<TreeState, string>();

/** The recorded state; an empty one when there is none, it cannot be read, or an older bantin wrote it. */
export async function loadState(file: string): Promise<BuildState> {
  try {
    const index = JSON.parse(await readFile(file, 'utf8')) as StateIndex;
    if (index.version === 4 && index.trees && index.at) {
      const trees: Record<string, TreeState> = {};
      await Promise.all(
        Object.entries(index.trees).map(async ([id, name]) => {
          trees[id] = JSON.parse(await readFile(path.join(treesDir(file), name), 'utf8')) as TreeState;
          STORED.set(trees[id], name);
        }),
      );
      return { version: 3, trees, at: index.at };
    }
  } catch {
    // No state, or not all of it: every page is rendered.
  }
  return { version: 3, trees: {}, at: {} };
}

/**
 * Each file written to a temporary file and renamed, the states before the
 * index that names them: a killed build leaves the old state or the new
 * one, never half of one. States no longer named are removed after.
 */
export async function saveState(file: string, state: BuildState): Promise<void> {
  const dir = treesDir(file);
  await mkdir(dir, { recursive: true });
  const index: StateIndex = { version: 4, trees: {}, at: state.at };
  for (const [id, tree] of Object.entries(state.trees)) {
    let name = STORED.get(tree);
    if (name === undefined) {
      const json = JSON.stringify(tree);
      name = `${createHash('sha1').update(json).digest('base64url')}.json`;
      await writeAtomically(path.join(dir, name), json);
      STORED.set(tree, name);
    }
    index.trees[id] = name;
  }
  await writeAtomically(file, JSON.stringify(index));
  const named = new Set(Object.values(index.trees));
  for (const name of await readdir(dir)) if (!named.has(name)) await rm(path.join(dir, name), { force: true });
}

function treesDir(file: string): string {
  return path.join(path.dirname(file), 'state');
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}
