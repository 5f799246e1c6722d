import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Linker, type SiteFile } from './files.ts';
import { prepareTemplates, type Templates } from './render.ts';
import { emptyTree, loadState, saveState, type BuildState, type TreeState } from './state.ts';

/**
 * The folder a build writes into: the spare output, kept beside the live one
 * from the build before last. What it holds and still shows the right thing
 * (same digest) stays; what changed is removed before it is written again;
 * what the live site has and the spare lacks is hard-linked from it.
 *
 * Nothing is written into a file this build did not make: a file is removed
 * before it is rendered again, so a file shared by hard link with the live
 * site or the photo cache is never changed through the other name.
 */
export class OutputTree {
  private readonly linker = new Linker();
  private readonly pages = new Map<string, string>();
  private readonly parts = new Map<string, string>();
  private readonly named = new Set<string>();
  /** Folders that lost a file: removed at the end when empty. */
  private readonly emptied = new Set<string>();
  /** Sizes of the files kept or linked, as the state they come from records them. */
  private readonly sizes = new Map<string, number>();
  /** The files of each index part, by the state they are recorded in. */
  private readonly partFiles = new Map<TreeState, Map<string, [string, number][]>>();
  /** Folders this build wrote something other than a page into (see listing). */
  private readonly folders = new Set<string>();
  /** Folders moved aside to be removed later (see discard), and how many. */
  private readonly trash: string;
  private discarded = 0;

  constructor(
    readonly dir: string,
    private readonly own: TreeState,
    private readonly live: { dir: string; state: TreeState } | null,
  ) {
    this.trash = trashOf(dir);
    // What every build writes anew (feeds, scripts, lists) goes first.
    for (const file of Object.keys(own.files)) {
      if (!(file in own.pages) && partOf(file, own) === null && !file.startsWith('img/')) this.remove(file);
    }
  }

  /** True when the page, with this digest, is in place (kept, or linked from the live site); false: render it. */
  page(file: string, digest: string): boolean {
    this.pages.set(file, digest);
    if (this.own.pages[file] === digest && file in this.own.files) return this.known(file, this.own.files[file]);
    this.remove(file);
    const linked = this.live?.state.pages[file] === digest && this.linker.file(path.join(this.live.dir, file), path.join(this.dir, file));
    return linked && this.known(file, this.live!.state.files[file]);
  }

  /** True when the index part folder, with this digest, is in place; false: it is empty, write it. */
  part(where: string, digest: string): boolean {
    this.parts.set(where, digest);
    this.folders.add(where);
    if (this.own.parts[where] === digest) return this.knownBelow(where, this.own);
    const folder = path.join(this.dir, where);
    this.discard(folder);
    if (this.live?.state.parts[where] === digest && this.linker.tree(path.join(this.live.dir, where), folder)) return this.knownBelow(where, this.live.state);
    rmSync(folder, { recursive: true, force: true });
    return false;
  }

  /** For a file named by its content (a photo): true when the tree holds it already. */
  holds(file: string): boolean {
    this.named.add(file);
    this.folders.add(path.posix.dirname(file));
    return file in this.own.files && this.known(file, this.own.files[file]);
  }

  /** Writes a file that is not a page (a script, a word list, the favicon). */
  async write(file: string, contents: string | Uint8Array): Promise<void> {
    const absolute = path.join(this.dir, file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, contents);
    this.wrote(file);
  }

  /** Something other than this tree wrote the file (Eleventy, a template that is not a page). */
  wrote(file: string): void {
    if (!this.pages.has(file)) this.folders.add(path.posix.dirname(file));
  }

  /**
   * Every file of the tree with its size, once everything is written, in a
   * stable order. Walking a large site costs a directory read per article
   * (each page is a folder of its own), slow once the build has pushed the
   * folders out of the kernel's cache: that walk was most of the offline
   * stage of a rebuild. So a folder that holds a page and nothing else this
   * build knows of is not read: its page is listed from what the tree knows. The other folders (the root, archives, index parts, photos,
   * scripts: everything written through `write`, `wrote`, `part` and
   * `holds`) are read; a size the state records is not asked for again.
   */
  listing(): SiteFile[] {
    const read = new Set<string>(['.']);
    const readUpTo = (folder: string) => {
      for (let dir = folder; !read.has(dir); dir = path.posix.dirname(dir)) read.add(dir);
    };
    for (const file of this.pages.keys()) readUpTo(path.posix.dirname(path.posix.dirname(file)));
    for (const folder of this.folders) readUpTo(folder);
    const pageOf = new Map<string, string>();
    for (const file of this.pages.keys()) if (!read.has(path.posix.dirname(file))) pageOf.set(path.posix.dirname(file), file);

    const files: SiteFile[] = [];
    const sizeOf = (file: string) => this.sizes.get(file) ?? statSync(path.join(this.dir, file)).size;
    const list = (folder: string) => {
      for (const entry of readdirSync(path.join(this.dir, folder), { withFileTypes: true })) {
        const relative = folder === '.' ? entry.name : `${folder}/${entry.name}`;
        const page = pageOf.get(relative);
        if (page !== undefined) files.push({ url: page, bytes: sizeOf(page) });
        else if (entry.isDirectory()) list(relative);
        else if (entry.isFile()) files.push({ url: relative, bytes: sizeOf(relative) });
      }
    };
    list('.');
    return files.sort((a, b) => (a.url < b.url ? -1 : 1));
  }

  /** Removes what the previous build into this folder wrote and this one did not claim. Call it once everything is written. */
  prune(): void {
    for (const file of Object.keys(this.own.pages)) if (!this.pages.has(file)) this.remove(file);
    for (const where of Object.keys(this.own.parts)) if (!this.parts.has(where)) this.discard(path.join(this.dir, where));
    for (const file of Object.keys(this.own.files)) if (file.startsWith('img/') && !this.named.has(file)) this.remove(file);
    // Deepest first, so that a folder emptied by removing its subfolders goes too.
    const folders = [...this.emptied].sort((a, b) => b.length - a.length);
    for (const folder of folders) removeIfEmpty(path.join(this.dir, folder), this.dir);
  }

  /**
   * Removes the folders moved aside. A rebuild moves aside the index part it
   * writes again (a thousand files: a tenth of a second to remove, on the
   * path to the new part); removing them can wait until the build waits anyway.
   */
  async emptyTrash(): Promise<void> {
    if (this.discarded > 0) await rm(this.trash, { recursive: true, force: true });
  }

  /** Moves a folder out of the tree at once, to be removed by emptyTrash. */
  private discard(folder: string): void {
    if (!existsSync(folder)) return;
    if (this.discarded === 0) rmSync(this.trash, { recursive: true, force: true });
    mkdirSync(this.trash, { recursive: true });
    renameSync(folder, path.join(this.trash, String(this.discarded++)));
  }

  /** The tree's state once complete, given its files. */
  state(files: readonly SiteFile[]): TreeState {
    return { out: this.own.out, pages: Object.fromEntries(this.pages), parts: Object.fromEntries(this.parts), files: Object.fromEntries(files.map((f) => [f.url, f.bytes])) };
  }

  /** Records a kept or linked file's size; true, for `page` and `holds` to return. */
  private known(file: string, bytes: number | undefined): true {
    if (bytes !== undefined) this.sizes.set(file, bytes);
    return true;
  }

  /** Records the sizes of a kept or linked part's files, from the state of the tree they come from. */
  private knownBelow(where: string, from: TreeState): true {
    let byPart = this.partFiles.get(from);
    if (!byPart) {
      // Grouped once per state: an archive has dozens of parts, and hundreds of thousands of files.
      byPart = new Map();
      for (const file in from.files) {
        const part = partOf(file, from);
        if (part === null) continue;
        const files = byPart.get(part);
        if (files) files.push([file, from.files[file]!]);
        else byPart.set(part, [[file, from.files[file]!]]);
      }
      this.partFiles.set(from, byPart);
    }
    for (const [file, bytes] of byPart.get(where) ?? []) this.sizes.set(file, bytes);
    return true;
  }

  private remove(file: string): void {
    if (!(file in this.own.files)) return;
    try {
      unlinkSync(path.join(this.dir, file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    this.emptied.add(path.posix.dirname(file));
  }
}

/** The index part folder of the tree that holds the file, if any: its first folder, or its first two. Asked of every file of a site. */
function partOf(file: string, tree: TreeState): string | null {
  const slash = file.indexOf('/');
  if (slash < 0) return null;
  const first = file.slice(0, slash);
  if (first in tree.parts) return first;
  const next = file.indexOf('/', slash + 1);
  const two = next < 0 ? null : file.slice(0, next);
  return two !== null && two in tree.parts ? two : null;
}

/** Removes `folder` and then its parents up to `root` while they are empty. */
function removeIfEmpty(folder: string, root: string): void {
  for (let dir = folder; dir.length > root.length; dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/** What a build gives back to `publishSite`: its result, and every file of the site with its size (the offline stage lists them). */
export interface Published<T> {
  result: T;
  files: SiteFile[];
}

export interface PublishOptions {
  /** Keep what the spare and the live output hold; false: write everything and record nothing (`bantin merge`). */
  reuse: boolean;
}

/**
 * Runs `work` on the spare output folder, then swaps it with the live one
 * by renames. Until the swap the live site is untouched, so a failed or
 * killed build leaves it whole; the swapped-out site becomes the spare the
 * next build updates.
 */
export async function publishSite<T>(out: string, projectDir: string, work: (tree: OutputTree, templates: Templates) => Promise<Published<T>>, options: PublishOptions): Promise<T> {
  const spare = spareOf(out);
  const statePath = path.join(projectDir, '.bantin', 'state.json');
  recoverInterruptedSwap(out, spare);
  const state = await loadState(statePath);
  const liveId = folderIdentity(out);
  const [live, own] = options.reuse ? recordedTrees(state, [out, spare]) : [undefined, undefined];
  if (!own) rmSync(spare, { recursive: true, force: true });
  // From here the spare changes: it has no recorded state until it is complete.
  state.trees = { ...otherOutputs(state, out), ...(liveId && live ? { [liveId]: live } : {}) };
  delete state.at[out];
  delete state.at[spare];
  await saveState(statePath, state);
  const templates = await prepareTemplates(path.join(projectDir, 'templates'));
  let tree: OutputTree | undefined;
  try {
    tree = new OutputTree(spare, own ?? emptyTree(out), live ? { dir: out, state: live } : null);
    const { result, files } = await work(tree, templates);
    const spareId = folderIdentity(spare);
    if (options.reuse && spareId) {
      state.trees[spareId] = tree.state(files);
      await saveState(statePath, state);
    }
    swap(spare, out);
    if (options.reuse && spareId) {
      state.at[out] = spareId;
      if (liveId) state.at[spare] = liveId;
      await saveState(statePath, state);
    }
    return result;
  } finally {
    await tree?.emptyTrash();
    await templates.remove();
  }
}

/**
 * The recorded state of each folder, by its identity. When neither folder
 * is known by identity, but folders stand where the last completed swap
 * left them (a CI cache restored them, or the project was copied: every
 * identity changed at once), their places say which is which.
 */
function recordedTrees(state: BuildState, dirs: string[]): (TreeState | undefined)[] {
  const ids = dirs.map(folderIdentity);
  const byIdentity = ids.map((id) => (id ? state.trees[id] : undefined));
  if (byIdentity.some(Boolean)) return byIdentity;
  return dirs.map((dir, i) => (ids[i] && state.at[dir] ? state.trees[state.at[dir]!] : undefined));
}

/** The recorded trees of other output folders (`bantin build --out elsewhere`), while they are still there. */
function otherOutputs(state: BuildState, out: string): Record<string, TreeState> {
  const kept: Record<string, TreeState> = {};
  for (const [id, tree] of Object.entries(state.trees)) {
    if (tree.out === out) continue;
    const places = [tree.out, spareOf(tree.out)];
    if (places.some((p) => folderIdentity(p) === id || state.at[p] === id)) kept[id] = tree;
  }
  return kept;
}

/** Where the spare output lives: beside the live one (renames do not cross disks), hidden. */
export function spareOf(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.spare`);
}

/**
 * A folder's identity across renames: its device, inode and birth time. A
 * new folder that happens to get a removed one's inode differs in birth time.
 */
function folderIdentity(dir: string): string | null {
  try {
    const s = statSync(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}:${Math.round(s.birthtimeMs)}` : null;
  } catch {
    return null;
  }
}

/** Where a tree's discarded folders wait to be removed: beside it (renames do not cross disks). */
function trashOf(tree: string): string {
  return `${tree}.trash`;
}

/** Three renames: the live site is moved aside, the spare put in its place, the old site made the spare. */
function swap(spare: string, out: string): void {
  const aside = `${out}.old-${process.pid}`;
  const hadLive = existsSync(out);
  if (hadLive) renameSync(out, aside);
  renameSync(spare, out);
  if (hadLive) renameSync(aside, spare);
}

/**
 * After a build killed between the renames: a site moved aside goes back
 * where it was missing (the live place first, then the spare's). Staging
 * folders of older bantin versions are removed.
 */
function recoverInterruptedSwap(out: string, spare: string): void {
  const dir = path.dirname(out);
  const base = path.basename(out);
  if (!existsSync(dir)) return;
  rmSync(trashOf(spare), { recursive: true, force: true });
  for (const name of readdirSync(dir).sort()) {
    const where = path.join(dir, name);
    if (name.startsWith(`${base}.old-`)) {
      if (!existsSync(out)) renameSync(where, out);
      else if (!existsSync(spare)) renameSync(where, spare);
      else rmSync(where, { recursive: true, force: true });
    } else if (name.startsWith(`${base}.building-`)) rmSync(where, { recursive: true, force: true });
  }
}
