import { mkdirSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { REPO, runBantin, tempDir } from '../helpers.ts';

export interface BuiltSite {
  project: string;
  dist: string;
  stderr: string;
  code: number | null;
}

/**
 * Builds a site the way a user does: a project folder with articles/ (the
 * seeds plus `extra` files) and bantin.config.json, then `bantin build`.
 */
export function buildProject(extra: Record<string, string> = {}, config: object = {}, args: string[] = [], templates: Record<string, string> = {}): BuiltSite {
  const project = tempDir('bantin-site-');
  mkdirSync(path.join(project, 'articles'));
  cpSync(path.join(REPO, 'articles'), path.join(project, 'articles'), { recursive: true });
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(project, 'articles', name), content);
  for (const [name, content] of Object.entries(templates)) {
    mkdirSync(path.dirname(path.join(project, 'templates', name)), { recursive: true });
    writeFileSync(path.join(project, 'templates', name), content);
  }
  writeFileSync(path.join(project, 'bantin.config.json'), JSON.stringify({ title: 'Bản tin thử', baseUrl: 'https://tin.example.vn', ...config }));
  const run = runBantin(['build', ...args], project);
  return { project, dist: path.join(project, 'dist'), stderr: run.stderr, code: run.code };
}

/** Every file of the built site, relative to it, sorted. */
export function siteFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)))
    .sort();
}

/** Every file of a built site (forward slashes) with its size in bytes. */
export function siteSizes(dist: string): Record<string, number> {
  return Object.fromEntries(siteFiles(dist).map((f) => [f.split(path.sep).join('/'), statSync(path.join(dist, f)).size]));
}

export function loadPage(dist: string, file: string) {
  return cheerio.load(readFileSync(path.join(dist, file), 'utf8'));
}

/** The file a site URL (without the path prefix) is served from, or null when it points outside the site. */
export function fileForUrl(dist: string, url: string, prefix = '/'): string | null {
  const { pathname } = new URL(url, 'https://tin.example.vn/');
  if (!pathname.startsWith(prefix)) return null;
  const rest = decodeURIComponent(pathname.slice(prefix.length));
  return rest === '' || rest.endsWith('/') ? path.join(rest, 'index.html') : rest;
}
