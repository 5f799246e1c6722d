import { createHash } from 'node:crypto';
import { contentDigest, derivedDigest } from '../content-digest.ts';
import type { ArticleRecord } from '../record.ts';
import { slugify } from '../vietnamese/slug.ts';
import { renderBodyJob, type BodyJob } from './body.ts';
import type { Picture, PictureMap } from './pictures.ts';
import type { SiteConfig } from './config.ts';
import { formatDateline, formatShortDate, isoDateTime, parseRecordDate, twoDigits } from './dates.ts';
import { text, type Strings } from './strings.ts';

/** What list pages show of an article. */
export interface ArticleSummary {
  title: string;
  url: string;
  date: string;
  dateline: string;
  shortDate: string;
  lead: string;
  section: string | null;
  /** The first photo, small, for lists and search results. */
  thumbnail: Picture['thumbnail'] | null;
}

export type TermKind = 'tag' | 'person' | 'place' | 'author' | 'section';

export interface TermLink {
  name: string;
  url: string;
}

/** A tag, person, place, author or section, with its page and its articles (newest first). */
export interface Term extends TermLink {
  kind: TermKind;
  slug: string;
  articles: ArticleSummary[];
}

/** An article as the whole archive sees it: its summary, its term links and its dates (what the search index needs of it). */
export interface ArticleEntry extends ArticleSummary {
  record: ArticleRecord;
  isoDate: string;
  authors: TermLink[];
  sectionLink: TermLink | null;
  tags: TermLink[];
  people: TermLink[];
  places: TermLink[];
}

export interface ArticlePage extends ArticleEntry {
  isoUpdated: string | null;
  updatedLine: string | null;
  description: string;
  readingMinutes: number;
  lang: string;
  /** The first photo, large, for Open Graph and JSON-LD. */
  image: Picture['large'] | null;
  related: ArticleSummary[];
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
}

export interface ArchivePage {
  title: string;
  url: string;
  year: number;
  month: number | null;
  articles: ArticleSummary[];
}

/** An article page ready to render: with its body as HTML, made only when the page is rendered. */
export interface RenderedArticle extends ArticlePage {
  bodyHtml: string;
}

/** One page of the home page's list of latest articles. */
export interface HomePage {
  url: string;
  /** 1-based. */
  number: number;
  count: number;
  items: ArticleSummary[];
  previous: string | null;
  next: string | null;
}

/** Everything the templates render, computed once from the corpus. Plain data. */
export interface SiteModel {
  config: SiteConfig;
  strings: Strings;
  /** A hash of the inputs, never the clock: the same articles give the same id. */
  buildId: string;
  articles: ArticlePage[];
  terms: Record<TermKind, Term[]>;
  years: ArchivePage[];
  months: ArchivePage[];
  home: HomePage[];
  /** The photos of each article's figures, for its body. */
  pictures: PictureMap;
}

/** Readers of Vietnamese news read about 200 syllables a minute. */
const SYLLABLES_PER_MINUTE = 200;
const DESCRIPTION_LENGTH = 160;
const RELATED_COUNT = 5;
/** Related articles are looked for among this many neighbours in date order per shared term, so popular tags stay cheap. */
const RELATED_WINDOW = 40;
/** Articles per page of the home page's list. */
const HOME_PAGE_SIZE = 20;

/**
 * The archive's catalogue: each article's entry (summary, term links) and
 * its terms. It is what the search index is made from, so the index can be
 * written while the rest of the site model and the pages are made.
 */
export interface Catalogue {
  config: SiteConfig;
  strings: Strings;
  /** In the records' order (newest first). */
  entries: ArticleEntry[];
  /** The entries' summaries: what lists show, shared by every list that shows an article. */
  summaries: ArticleSummary[];
  /** Each entry's names by kind of term, for its related articles. */
  names: TermNames[];
  terms: TermIndex;
  pictures: PictureMap;
}

/** Records (newest first) → the site. */
export function buildSiteModel(records: readonly ArticleRecord[], config: SiteConfig, strings: Strings, pictures: PictureMap = new Map()): SiteModel {
  return completeSiteModel(buildCatalogue(records, config, strings, pictures));
}

/** Records (newest first) → their catalogue. */
export function buildCatalogue(records: readonly ArticleRecord[], config: SiteConfig, strings: Strings, pictures: PictureMap = new Map()): Catalogue {
  const summaries = records.map((r) => summarise(r, config, strings, firstPicture(pictures, r)));
  const slugOf = memoized(slugify);
  const names = termNames(records, slugOf);
  const terms = collectTerms(names, summaries, strings, slugOf);
  const linksOf = (kind: TermKind, names: (string | null)[]) => names.filter((n): n is string => !!n).map((n) => terms.link(kind, n)).filter((l): l is TermLink => !!l);
  const zone = config.timeZone;
  const entries = records.map((record, i): ArticleEntry => {
    const { title, url, date, dateline, shortDate, lead, section, thumbnail } = summaries[i]!;
    // The summary's fields listed, not spread: V8 makes an object spread into a literal with more
    // properties slowly (10 µs an object, a tenth of a second over 10,000 articles), a literal fast.
    return {
      title,
      url,
      date,
      dateline,
      shortDate,
      lead,
      section,
      thumbnail,
      record,
      isoDate: isoDateTime(record.date, zone),
      authors: linksOf('author', splitAuthors(record.author)),
      sectionLink: linksOf('section', [record.section])[0] ?? null,
      tags: linksOf('tag', names[i]!.tag),
      people: linksOf('person', names[i]!.person),
      places: linksOf('place', names[i]!.place),
    };
  });
  return { config, strings, entries, summaries, names, terms, pictures };
}

/** The catalogue → the site: each article's page (its related articles and neighbours), the term pages, archives and home pages. */
export function completeSiteModel({ config, strings, entries, summaries, names, terms, pictures }: Catalogue): SiteModel {
  const zone = config.timeZone;
  const records = entries.map((e) => e.record);
  const scores = new Int32Array(entries.length);
  const articles = entries.map((entry, i): ArticlePage => {
    const { record, title, url, date, dateline, shortDate, lead, section, thumbnail, isoDate, authors, sectionLink, tags, people, places } = entry;
    // Listed, not spread (see buildCatalogue).
    const page: ArticlePage = {
      title,
      url,
      date,
      dateline,
      shortDate,
      lead,
      section,
      thumbnail,
      record,
      isoDate,
      authors,
      sectionLink,
      tags,
      people,
      places,
      isoUpdated: record.updated ? isoDateTime(record.updated, zone) : null,
      updatedLine: record.updated ? text(strings, 'updated', { date: formatDateline(record.updated, zone, strings) }) : null,
      description: truncate(record.lead, DESCRIPTION_LENGTH),
      readingMinutes: Math.max(1, Math.round(record.wordCount / SYLLABLES_PER_MINUTE)),
      lang: record.lang,
      image: firstPicture(pictures, record)?.large ?? null,
      related: relatedTo(i, names[i]!, summaries, terms, scores),
      // Records are newest first: the previous article is the older one.
      previous: summaries[i + 1] ?? null,
      next: i > 0 ? summaries[i - 1]! : null,
    };
    // What the page shows besides its record's own fields: its photos, the terms' links (named across the archive), its neighbours.
    const neighbours = [...page.related, page.previous, page.next].map((s) => s && contentDigest(s));
    derivedDigest(page, record, [contentDigest(config), contentDigest(strings), pictures.get(record.file) ?? null, authors, sectionLink, tags, people, places, neighbours]);
    return page;
  });

  return {
    config,
    strings,
    buildId: buildIdOf(records, config),
    articles,
    terms: terms.terms(),
    ...archives(summaries, zone, strings),
    home: homePages(summaries, strings),
    pictures,
  };
}

function firstPicture(pictures: PictureMap, r: ArticleRecord): Picture | null {
  return pictures.get(r.file)?.find((p): p is Picture => !!p) ?? null;
}

/** A hash of the records and the configuration. */
function buildIdOf(records: readonly ArticleRecord[], config: SiteConfig): string {
  const hash = createHash('sha1');
  for (const r of records) hash.update(contentDigest(r));
  return hash.update(JSON.stringify(config)).digest('hex').slice(0, 16);
}

/** The article's page with its body rendered: done per page as it is rendered, so bodies never all sit in memory. */
export function withBody(site: SiteModel, page: ArticlePage): RenderedArticle {
  return { ...page, bodyHtml: renderBodyJob(bodyJob(site, page), site.strings) };
}

/** What rendering an article's body needs, as plain data (it can cross to another thread). */
export function bodyJob(site: SiteModel, page: ArticlePage): BodyJob {
  return { markdown: page.record.body, figures: page.record.figures, pictures: site.pictures.get(page.record.file) ?? [] };
}

function homePages(summaries: ArticleSummary[], strings: Strings): HomePage[] {
  const count = Math.max(1, Math.ceil(summaries.length / HOME_PAGE_SIZE));
  const urlOf = (n: number) => (n === 1 ? '/' : `/${strings.paths.page}/${n}/`);
  return Array.from({ length: count }, (_, i) => ({
    url: urlOf(i + 1),
    number: i + 1,
    count,
    items: summaries.slice(i * HOME_PAGE_SIZE, (i + 1) * HOME_PAGE_SIZE),
    previous: i > 0 ? urlOf(i) : null,
    next: i + 1 < count ? urlOf(i + 2) : null,
  }));
}

/**
 * The summary is made from the record, the configuration, the texts and the
 * photo only, and its digest from theirs (see derivedDigest): every page that
 * lists the article digests it, and serialising 10,000 summaries again was a
 * tenth of the digests of a rebuild's pages.
 */
function summarise(r: ArticleRecord, config: SiteConfig, strings: Strings, picture: Picture | null): ArticleSummary {
  const zone = config.timeZone;
  const dt = parseRecordDate(r.date, zone);
  const summary: ArticleSummary = {
    title: r.title,
    url: `/${dt.year}/${twoDigits(dt.month)}/${r.slug}/`,
    date: r.date,
    dateline: formatDateline(r.date, zone, strings),
    shortDate: formatShortDate(r.date, zone),
    lead: truncate(r.lead, 300),
    section: r.section,
    thumbnail: picture?.thumbnail ?? null,
  };
  derivedDigest(summary, r, [contentDigest(config), contentDigest(strings), summary.thumbnail]);
  return summary;
}

/** Several authors are stored joined by ', '; each gets a page. */
function splitAuthors(author: string | null): string[] {
  return author ? author.split(/\s*,\s*/).filter(Boolean) : [];
}

export interface TermIndex {
  link(kind: TermKind, name: string): TermLink | undefined;
  /** Positions (in the records' order) of the articles that carry the term. */
  positions(kind: TermKind, name: string): number[];
  terms(): Record<TermKind, Term[]>;
}

/**
 * Groups articles by tag, person, place, author and section. Names that fold
 * to the same slug (`Hòa Bình`, `Hoà Bình`) are one term, shown as it is
 * printed most often.
 */
function collectTerms(names: readonly TermNames[], summaries: ArticleSummary[], strings: Strings, slugOf: (name: string) => string): TermIndex {
  type Group = { kind: TermKind; slug: string; spellings: Map<string, number>; positions: number[]; link?: TermLink };
  // Per kind, by slug and by name as printed: an archive names the same terms hundreds of thousands of times.
  const bySlug = Object.fromEntries(TERM_KINDS.map((k) => [k, new Map<string, Group>()])) as Record<TermKind, Map<string, Group>>;
  const byName = Object.fromEntries(TERM_KINDS.map((k) => [k, new Map<string, Group | null>()])) as Record<TermKind, Map<string, Group | null>>;
  const groupOf = (kind: TermKind, name: string): Group | null => {
    let group = byName[kind].get(name);
    if (group === undefined) {
      const slug = slugOf(name);
      group = slug ? (bySlug[kind].get(slug) ?? null) : null;
      if (slug && !group) bySlug[kind].set(slug, (group = { kind, slug, spellings: new Map(), positions: [] }));
      byName[kind].set(name, group);
    }
    return group;
  };
  names.forEach((byKind, i) => {
    for (const kind of TERM_KINDS) {
      for (const name of new Set(byKind[kind])) {
        const group = groupOf(kind, name);
        if (!group) continue;
        group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
        if (group.positions[group.positions.length - 1] !== i) group.positions.push(i);
      }
    }
  });
  const nameOf = (spellings: Map<string, number>) => [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const urlOf = (kind: TermKind, slug: string) => `/${strings.paths[kind]}/${slug}/`;
  // Only names seen while collecting have groups: asking for another makes none.
  const known = (kind: TermKind, name: string) => byName[kind].get(name) ?? null;
  return {
    link(kind, name) {
      const group = known(kind, name);
      // A term is linked from each of its articles: its link is made once.
      if (group) group.link ??= { name: nameOf(group.spellings), url: urlOf(kind, group.slug) };
      return group?.link;
    },
    positions(kind, name) {
      return known(kind, name)?.positions ?? [];
    },
    terms() {
      const byKind = Object.fromEntries(TERM_KINDS.map((k) => [k, [] as Term[]])) as Record<TermKind, Term[]>;
      const collator = new Intl.Collator();
      for (const g of TERM_KINDS.flatMap((k) => [...bySlug[k].values()]).sort((a, b) => collator.compare(a.slug, b.slug))) {
        byKind[g.kind].push({ kind: g.kind, slug: g.slug, name: nameOf(g.spellings), url: urlOf(g.kind, g.slug), articles: g.positions.map((p) => summaries[p]!) });
      }
      return byKind;
    },
  };
}

const TERM_KINDS: readonly TermKind[] = ['tag', 'person', 'place', 'author', 'section'];

export type TermNames = Record<TermKind, string[]>;

/**
 * Each record's names by kind of term, in the records' order. A tag that
 * names a person or a place of the archive is that person or place: they
 * have pages of their own, and a topic page of the same name would repeat or
 * split them.
 */
function termNames(records: readonly ArticleRecord[], slugOf: (name: string) => string): TermNames[] {
  const people = new Set(records.flatMap((r) => r.people.map(slugOf)));
  const places = new Set(records.flatMap((r) => r.places.map(slugOf)));
  return records.map((r) => {
    const names: TermNames = { tag: [], person: [...r.people], place: [...r.places], author: splitAuthors(r.author), section: r.section ? [r.section] : [] };
    for (const tag of r.tags) {
      const slug = slugOf(tag);
      names[people.has(slug) ? 'person' : places.has(slug) ? 'place' : 'tag'].push(tag);
    }
    names.person = oncePerSlug(names.person, slugOf);
    names.place = oncePerSlug(names.place, slugOf);
    return names;
  });
}

/** The first of the names that fold to the same slug. */
function oncePerSlug(names: string[], slugOf: (name: string) => string): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(slugOf(n)) && !!seen.add(slugOf(n)));
}

/** `f`, computed once per distinct argument: an archive names the same people, places and tags thousands of times. */
function memoized(f: (name: string) => string): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let value = known.get(name);
    if (value === undefined) known.set(name, (value = f(name)));
    return value;
  };
}

/**
 * Articles sharing the most people, places and tags, nearest in date first.
 * Each shared term looks only at its neighbours in date order, so a tag on
 * every article does not make this quadratic. `scores` is zero for every
 * article on entry and on return: one array serves every article, rather
 * than a map made and filled for each.
 */
function relatedTo(i: number, names: TermNames, summaries: ArticleSummary[], index: TermIndex, scores: Int32Array): ArticleSummary[] {
  const candidates: number[] = [];
  for (const kind of ['person', 'place', 'tag'] as const) {
    for (const name of names[kind]) {
      const positions = index.positions(kind, name);
      const at = sortedIndexOf(positions, i);
      for (let k = Math.max(0, at - RELATED_WINDOW); k <= at + RELATED_WINDOW && k < positions.length; k++) {
        const p = positions[k]!;
        if (p !== i && scores[p]!++ === 0) candidates.push(p);
      }
    }
  }
  // The best few of some hundred candidates: kept in order as they come, rather than all sorted.
  const before = (a: [number, number], b: [number, number]) => b[1] - a[1] || Math.abs(a[0] - i) - Math.abs(b[0] - i) || a[0] - b[0];
  const best: [number, number][] = [];
  for (const p of candidates) {
    const candidate: [number, number] = [p, scores[p]!];
    scores[p] = 0;
    if (best.length === RELATED_COUNT && before(candidate, best[RELATED_COUNT - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > RELATED_COUNT) best.pop();
  }
  return best.map(([p]) => summaries[p]!);
}

/** Where `value` is in ascending `sorted` (a term's positions): a tag on every article would make a scan quadratic. */
function sortedIndexOf(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else if (sorted[middle]! > value) high = middle - 1;
    else return middle;
  }
  return -1;
}

function archives(summaries: ArticleSummary[], zone: string, strings: Strings): { years: ArchivePage[]; months: ArchivePage[] } {
  const years = new Map<number, ArchivePage>();
  const months = new Map<string, ArchivePage>();
  for (const s of summaries) {
    const dt = parseRecordDate(s.date, zone);
    const year = years.get(dt.year) ?? { title: text(strings, 'archiveYear', { year: dt.year }), url: `/${dt.year}/`, year: dt.year, month: null, articles: [] };
    year.articles.push(s);
    years.set(dt.year, year);
    const key = `${dt.year}-${dt.month}`;
    const month = months.get(key) ?? { title: text(strings, 'archiveMonth', { year: dt.year, month: dt.month }), url: `/${dt.year}/${twoDigits(dt.month)}/`, year: dt.year, month: dt.month, articles: [] };
    month.articles.push(s);
    months.set(key, month);
  }
  const newestFirst = (a: ArchivePage, b: ArchivePage) => b.year - a.year || (b.month ?? 0) - (a.month ?? 0);
  return { years: [...years.values()].sort(newestFirst), months: [...months.values()].sort(newestFirst) };
}

/** Cuts on a word boundary and marks the cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
