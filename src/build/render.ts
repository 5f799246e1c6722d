import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SiteConfig } from '../render/config.ts';
import { bodiesInPlace, type BodyJob } from '../render/body.ts';
import { renderSets, withBodies, type ArchiveLink, type PageUnit, type SiteView } from '../render/pages.ts';
import type { SiteModel } from '../render/site.ts';
import type { Strings } from '../render/strings.ts';
import { digestFiles } from './digest.ts';
import type { OutputTree } from './output.ts';
import { BANTIN_ROOT, DEFAULT_TEMPLATES } from './paths.ts';
import { setCurrentRender } from './site.ts';
import { runOnThread, taskModule } from './threads.ts';

/** The templates that render the site's collections, one page per unit; every other template is rendered once per build. */
const PAGE_TEMPLATES = ['article.njk', 'term.njk', 'archive-year.njk', 'archive-month.njk', 'index.njk'];
/** Pages per Eleventy run: bounds the memory of a run, whatever the archive's size. */
const PAGES_PER_RUN = 5000;

export interface Templates {
  /** Every template: bantin's, overridden by the project's of the same name. */
  all: string;
  /** The collection templates and their includes only. */
  pages: string;
  /** Changes whenever any template does. */
  digest: string;
  remove(): Promise<void>;
}

const TEMPLATES_PREFIX = 'bantin-templates-';
/** A build's template folder: the prefix, the build's process id, a random part. */
const TEMPLATES_FOLDER = new RegExp(`^${TEMPLATES_PREFIX}(\\d+)-`);

/** bantin's default templates, then the project's: a file of the same name in the project's templates/ wins. */
export async function prepareTemplates(projectTemplates: string): Promise<Templates> {
  await removeOrphanedTemplates();
  const root = await mkdtemp(path.join(os.tmpdir(), `${TEMPLATES_PREFIX}${process.pid}-`));
  const all = path.join(root, 'all');
  const pages = path.join(root, 'pages');
  await cp(DEFAULT_TEMPLATES, all, { recursive: true });
  if (path.resolve(projectTemplates) !== DEFAULT_TEMPLATES) await cp(projectTemplates, all, { recursive: true, force: true }).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'ENOENT') throw e; });
  await mkdir(pages);
  for (const name of ['_includes', ...PAGE_TEMPLATES]) await cp(path.join(all, name), path.join(pages, name), { recursive: true }).catch(() => undefined);
  return { all, pages, digest: await digestFiles(all, ['.']), remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * The template folders of builds that were killed (their process is gone)
 * and so could not remove them. A build's folder is named by its process.
 */
async function removeOrphanedTemplates(): Promise<void> {
  for (const name of await readdir(os.tmpdir()).catch(() => [])) {
    const pid = Number(TEMPLATES_FOLDER.exec(name)?.[1]);
    if (pid && !isRunning(pid)) await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * What every page shows besides its own data: the templates, the site's
 * configuration and texts, its navigation, and bantin's rendering code.
 * When it changes, every page is rendered again.
 */
export async function sharedDigest(view: SiteView, templates: Templates): Promise<string> {
  const code = await digestFiles(BANTIN_ROOT, ['src/render', 'package.json']);
  return createHash('sha256').update(templates.digest).update(code).update(JSON.stringify([view.config, view.strings, view.years.map(navigation), view.months.map(navigation)])).digest('hex');
}

/** An archive link as every page shows it: the counts are on the year pages only (their own digests hold them). */
function navigation({ count: _, ...link }: ArchiveLink): Omit<ArchiveLink, 'count'> {
  return link;
}

/**
 * Puts the pages in the output tree: a page whose digest is unchanged is
 * already there or linked (see OutputTree); the others are rendered by
 * Eleventy, a chunk at a time. The other templates render in the first run.
 */
export async function renderPages(site: SiteModel, view: SiteView, units: readonly PageUnit[], tree: OutputTree, templates: Templates, perRun = PAGES_PER_RUN): Promise<{ rendered: number; kept: number }> {
  const todo = units.filter((unit) => !tree.page(unit.file, unit.digest));
  const sets = [...renderSets(site, todo, perRun)];
  let next = withBodies(site, sets[0]!, renderBodies);
  for (let k = 0; k < sets.length; k++) {
    const render = await next;
    // The next run's bodies are rendered on other threads while Eleventy renders this run.
    if (k + 1 < sets.length) {
      next = withBodies(site, sets[k + 1]!, renderBodies);
      next.catch(() => undefined); // awaited at the next turn; a failure of this run comes first
    }
    // The feeds and the sitemap render in the first run only; later runs are not handed their data.
    setCurrentRender({ site: k === 0 ? view : { ...view, latest: [], sitemap: [] }, render });
    try {
      for (const file of await runEleventy(k === 0 ? templates.all : templates.pages, tree.dir, site.config)) tree.wrote(file);
    } finally {
      setCurrentRender(null);
    }
  }
  return { rendered: todo.length, kept: units.length - todo.length };
}

/** Below this many bodies, starting threads (each loads unified and remark) costs more than it saves. */
const MIN_BODIES_FOR_THREADS = 400;

/**
 * Article bodies as HTML, in order. Markdown to HTML (unified) is the
 * costliest part of an article page; a large run's bodies are split across
 * threads, one per core, which also frees Eleventy's thread.
 */
export async function renderBodies(jobs: BodyJob[], strings: Strings, minForThreads = MIN_BODIES_FOR_THREADS): Promise<string[]> {
  const threads = Math.max(1, os.availableParallelism());
  if (jobs.length < minForThreads || threads < 2) return bodiesInPlace(jobs, strings);
  const share = Math.ceil(jobs.length / threads);
  const task = taskModule('body-task');
  const parts = await Promise.all(Array.from({ length: threads }, (_, i) => runOnThread<string[]>(task, { jobs: jobs.slice(i * share, (i + 1) * share), strings }, 'rendering article bodies')));
  return parts.flat();
}

/** Renders the templates into `output`; returns the files written (relative, forward slashes). */
async function runEleventy(input: string, output: string, config: SiteConfig): Promise<string[]> {
  // On Node 20, Eleventy otherwise registers a module loader thread (module.register) that every later import
  // of the process goes through, to reload JavaScript templates changed under its watch mode: bantin has none,
  // and its preview runs new builds. The variable is Eleventy's own switch (11ty/eleventy#3371).
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(input, output, { configPath: path.join(BANTIN_ROOT, '.eleventy.js'), quietMode: true, pathPrefix: config.pathPrefix });
  const [, written] = await eleventy.write();
  return written.flatMap((w) => (w.outputPath ? [path.relative(output, path.resolve(w.outputPath)).split(path.sep).join('/')] : []));
}
