import { FEED_SIZE } from './feeds.ts';
import { contentDigest, sha1 } from '../content-digest.ts';
import { bodyJob, withBody, type ArchivePage, type ArticlePage, type ArticleSummary, type HomePage, type RenderedArticle, type SiteModel, type Term } from './site.ts';
import { bodiesInPlace, type BodyRenderer } from './body.ts';

/**
 * The site as pages. Every page of an article, a term, an archive or the
 * home list is a unit with a digest of everything it shows; the build
 * renders the units whose digest changed, in chunks, and keeps the others
 * from the previous output. The remaining templates (feeds, sitemap, search,
 * offline …) are few and are rendered every time.
 */
export type PageKind = 'article' | 'term' | 'year' | 'month' | 'home';

export interface PageUnit {
  kind: PageKind;
  url: string;
  /** The output file, relative to the site's root. */
  file: string;
  digest: string;
}

/** What every page shows besides its own data: the navigation, the feeds' and sitemap's data. Small, whatever the archive's size. */
export interface SiteView {
  config: SiteModel['config'];
  strings: SiteModel['strings'];
  buildId: string;
  years: ArchiveLink[];
  months: ArchiveLink[];
  /** The newest articles with their bodies, for the feeds. */
  latest: RenderedArticle[];
  sitemap: SitemapEntry[];
}

export interface ArchiveLink {
  title: string;
  url: string;
  year: number;
  month: number | null;
  count: number;
}

export interface SitemapEntry {
  url: string;
  lastmod: string | null;
}

/** The pages one Eleventy run renders. */
export interface RenderSet {
  articles: RenderedArticle[];
  terms: Term[];
  years: ArchivePage[];
  months: ArchivePage[];
  home: HomePage[];
}

/** A run's pages before their article bodies are rendered (see `withBodies`). */
export type PageSet = Omit<RenderSet, 'articles'> & { articles: ArticlePage[] };

/** The run with its article bodies, rendered by `bodies`. */
export async function withBodies(site: SiteModel, set: PageSet, bodies: BodyRenderer = bodiesInPlace): Promise<RenderSet> {
  const html = await bodies(set.articles.map((a) => bodyJob(site, a)), site.strings);
  return { ...set, articles: set.articles.map((a, i) => ({ ...a, bodyHtml: html[i]! })) };
}

export function siteView(site: SiteModel): SiteView {
  const link = (a: ArchivePage): ArchiveLink => ({ title: a.title, url: a.url, year: a.year, month: a.month, count: a.articles.length });
  return {
    config: site.config,
    strings: site.strings,
    buildId: site.buildId,
    years: site.years.map(link),
    months: site.months.map(link),
    latest: site.articles.slice(0, FEED_SIZE).map((a) => withBody(site, a)),
    sitemap: sitemap(site),
  };
}

/** Every page a reader or a search engine can reach from the home page, by URL. */
function sitemap(site: SiteModel): SitemapEntry[] {
  const { paths } = site.strings;
  const entries: SitemapEntry[] = [
    ...site.home.map((h) => ({ url: h.url, lastmod: null })),
    ...site.articles.map((a) => ({ url: a.url, lastmod: a.isoUpdated ?? a.isoDate })),
    ...Object.values(site.terms).flat().map((t) => ({ url: t.url, lastmod: null })),
    ...[...site.years, ...site.months].map((a) => ({ url: a.url, lastmod: null })),
    { url: `/${paths.search}/`, lastmod: null },
    { url: `/${paths.offline}/`, lastmod: null },
  ];
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

interface Sourced<T> {
  unit: PageUnit;
  data: T;
}

/** Every page of the site's collections, with its digest. `shared` is folded into every digest: what all pages show. */
export function pageUnits(site: SiteModel, shared: string): PageUnit[] {
  return sources(site, shared).map((s) => s.unit);
}

/**
 * The pages to render, in runs of at most `perRun`: each run's data, ready
 * for the templates but for the article bodies (see `withBodies`).
 */
export function* renderSets(site: SiteModel, units: readonly PageUnit[], perRun: number): Generator<PageSet> {
  const wanted = new Set(units.map((u) => `${u.kind} ${u.url}`));
  // Articles last: while Eleventy renders the runs of other pages, the first articles' bodies are rendered elsewhere (see withBodies).
  const todo = sources(site, null)
    .filter((s) => wanted.has(`${s.unit.kind} ${s.unit.url}`))
    .sort((a, b) => Number(a.unit.kind === 'article') - Number(b.unit.kind === 'article'));
  for (let i = 0; i === 0 || i < todo.length; i += perRun) {
    const set: PageSet = { articles: [], terms: [], years: [], months: [], home: [] };
    for (const { unit, data } of todo.slice(i, i + perRun)) {
      if (unit.kind === 'article') set.articles.push(data as ArticlePage);
      else if (unit.kind === 'term') set.terms.push(data as Term);
      else if (unit.kind === 'year') set.years.push(data as ArchivePage);
      else if (unit.kind === 'month') set.months.push(data as ArchivePage);
      else set.home.push(data as HomePage);
    }
    yield set;
  }
}

/** The units with their data. Digests are computed only when `shared` is given (they cost a serialisation of the page). */
function sources(site: SiteModel, shared: string | null): Sourced<unknown>[] {
  const unit = (kind: PageKind, url: string, data: unknown, extra: unknown = null): Sourced<unknown> => ({
    unit: { kind, url, file: fileOf(url), digest: shared === null ? '' : digestOf(shared, kind, data, extra) },
    data,
  });
  return [
    ...site.articles.map((a) => unit('article', a.url, a)),
    ...Object.values(site.terms).flat().map((t) => unit('term', t.url, t)),
    // A year's page lists its months with their counts, which the shared digest leaves out.
    ...site.years.map((y) => unit('year', y.url, y, site.months.filter((m) => m.year === y.year).map((m) => m.articles.length))),
    ...site.months.map((m) => unit('month', m.url, m)),
    ...site.home.map((h) => unit('home', h.url, h)),
  ];
}

/**
 * The page's data with each record and article summary it shows replaced
 * by that object's digest (see contentDigest), hashed with what all pages
 * share. SHA-1, as there: a digest tells page contents apart, it guards nothing.
 */
function digestOf(shared: string, kind: PageKind, data: unknown, extra: unknown): string {
  return sha1(shared + kind + JSON.stringify(digestable(kind, data)) + JSON.stringify(extra));
}

function digestable(kind: PageKind, data: unknown): unknown {
  const summaries = (list: readonly ArticleSummary[]) => list.map(contentDigest);
  switch (kind) {
    case 'article':
      // Made with the page, from its record's digest and what the page shows besides (see completeSiteModel): its body, its photos, its links.
      return contentDigest(data as ArticlePage);
    case 'home':
      return { ...(data as HomePage), items: summaries((data as HomePage).items) };
    default:
      return { ...(data as Term | ArchivePage), articles: summaries((data as Term | ArchivePage).articles) };
  }
}

/** Pages are folders with an index.html, as Eleventy writes them. */
export function fileOf(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}
