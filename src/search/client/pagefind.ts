/**
 * Bundled to /search/pagefind.js and loaded by Pagefind's Component UI in
 * place of Pagefind's own module (`<pagefind-config bundle-path="/search/">`).
 * It is Pagefind, searching the queries `expandQuery` makes, spelled as the
 * index is (see exact-words.ts); only when they find nothing does the query
 * as typed run, its last word matched as a prefix. The index may be in parts (see
 * src/search/parts.ts): every instance merges them before it searches.
 */
// @ts-expect-error Pagefind's module exists only in the built site, next to this bundle.
import * as pagefind from '../pagefind/pagefind.js';
import { spellPrefix, spellWords, unspellWords } from '../exact-words.ts';
import { bucketOf, expandQuery, type Shard } from '../query.ts';

// @ts-expect-error see above
export * from '../pagefind/pagefind.js';

interface ResultData {
  meta: Record<string, string>;
  content?: string;
  excerpt?: string;
  sub_results?: { excerpt?: string }[];
  [key: string]: unknown;
}
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  [key: string]: unknown;
}
interface Instance {
  search(term: string | null, options?: unknown): Promise<SearchResponse | null>;
  filters(): Promise<unknown>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  [key: string]: unknown;
}

/** Set by the build (esbuild `define`): how many vocabulary buckets the site has. */
declare const WORD_BUCKETS: number;
/** Set by the build: the index's other parts, relative to this module, newest first. */
declare const INDEX_PARTS: string[];
/** Set by the build: bits enough to count the documents of the largest part. */
declare const INDEX_PART_BITS: number;
/** Set by the build: the oldest date (ISO) in each part, the primary first; empty when parts' dates overlap (merged shards). */
declare const INDEX_PART_OLDEST: string[];

const buckets = new Map<number, Promise<Record<string, Shard>>>();

/** A syllable's vocabulary, from its bucket, fetched once per page. A syllable the archive never printed has none. */
async function loadShard(key: string): Promise<Shard | null> {
  const bucket = bucketOf(key, WORD_BUCKETS);
  let load = buckets.get(bucket);
  if (!load) {
    load = fetch(new URL(`words/${bucket}.json`, import.meta.url)).then((r) => (r.ok ? (r.json() as Promise<Record<string, Shard>>) : {}), () => ({}));
    buckets.set(bucket, load);
  }
  return (await load)[key] ?? null;
}

export function createInstance(options: Record<string, unknown> = {}): Instance {
  // exactDiacritics: words are indexed spelled (see exact-words.ts), and a spelled word has no variants to
  // match loosely. noWorker: Pagefind's worker script (44 KB) would be the largest download of a first
  // search; searching the few small chunks a query needs takes milliseconds on the page's own thread.
  const shared = { ...options, exactDiacritics: true };
  const made = (sorted: boolean) => withParts(pagefind.createInstance({ ...shared, noWorker: true, ...(sorted ? { indexWeight: sortWeight(0) } : {}) }), shared, sorted);
  const primary = made(false);
  const primarySearch = primary.search.bind(primary);
  let sortedInstance: Instance | undefined;
  // Sorted results of a parted index need their own instance (see sortWeight).
  const searcher = (sorted: boolean): Instance['search'] => (sorted ? (term, o) => (sortedInstance ??= made(true)).search(term, o) : primarySearch);
  primary.search = async (term, searchOptions) => {
    const search = searcher(INDEX_PARTS.length > 0 && hasSort(searchOptions));
    if (!term) return search(term, searchOptions);
    const queries = await expandQuery(term, loadShard);
    const answers = (await Promise.all(queries.map((q) => search(spellWords(q), searchOptions)))).filter((a): a is SearchResponse => !!a);
    const merged = mergeAnswers(answers, answers.length > 1 && hasSort(searchOptions) ? await sortedOrder(search, searchOptions) : null);
    if (merged && merged.results.length > 0) return printed(merged);
    return printed(await search(spellPrefix(term), searchOptions));
  };
  return primary;
}

/** The answer with its results' text as printed: Pagefind holds it spelled (see exact-words.ts). */
function printed(answer: SearchResponse | null): SearchResponse | null {
  for (const r of answer?.results ?? []) {
    if (unspelled.has(r)) continue;
    unspelled.add(r);
    const data = r.data.bind(r);
    r.data = async () => {
      const d = await data();
      const text = (s: string | undefined) => (s === undefined ? s : unspellWords(s));
      return { ...d, content: text(d.content), excerpt: text(d.excerpt), sub_results: d.sub_results?.map((sub) => ({ ...sub, excerpt: text(sub.excerpt) })) };
    };
  }
  return answer;
}
const unspelled = new WeakSet<Result>();

/** The instance, searching only once every part of the index is merged into it. */
function withParts(instance: Instance, options: Record<string, unknown>, sorted: boolean): Instance {
  if (INDEX_PARTS.length === 0) return instance;
  const { basePath, bundlePath, ...shared } = options;
  const merged = Promise.all(INDEX_PARTS.map((part, i) => instance.mergeIndex(new URL(part, import.meta.url).pathname, { ...shared, ...(sorted ? { indexWeight: sortWeight(i + 1) } : {}) })));
  const search = instance.search.bind(instance);
  const filters = instance.filters.bind(instance);
  instance.search = async (term, searchOptions) => {
    await merged;
    const answer = await search(term, searchOptions);
    return sorted && answer ? { ...answer, results: await placeUnscored(answer.results) } : answer;
  };
  instance.filters = async () => (await merged, filters());
  return instance;
}

/**
 * Sorted, Pagefind scores a part's results by rank (count − position) and
 * merges parts by score, which interleaves them. Parts hold disjoint date
 * ranges, newest first; weighting part i by 2^-(i·bits), where 2^bits is
 * more than a part's size, puts all of a newer part's results before an
 * older one's, each part in its own order. Powers of two are exact, and
 * the exponent range of a double fits about 150 parts.
 */
function sortWeight(part: number): number {
  return 2 ** (1000 - part * INDEX_PART_BITS);
}

/** The part a weighted sorted result came from, by its score's exponent. */
const partOfScore = (score: number) => Math.ceil((1000 - Math.floor(Math.log2(score))) / INDEX_PART_BITS);

/**
 * A part's last result scores 0 whatever its weight, and Pagefind puts all
 * of those at the end. Each is put back after its part's other results: its
 * part is found from its date (`published`) and the parts' date ranges.
 */
async function placeUnscored(results: Result[]): Promise<Result[]> {
  const unscored = results.filter((r) => r.score === 0);
  if (unscored.length === 0 || INDEX_PART_OLDEST.length === 0) return results;
  const partOf = new Map<Result, number>(results.filter((r) => r.score > 0).map((r) => [r, partOfScore(r.score)]));
  for (const r of unscored) {
    const published = (await r.data()).meta.published ?? '';
    const part = INDEX_PART_OLDEST.findIndex((oldest) => published >= oldest);
    partOf.set(r, part === -1 ? INDEX_PART_OLDEST.length : part);
  }
  // Stable: within a part, Pagefind's order stands, and the unscored result comes last.
  return [...results].sort((a, b) => partOf.get(a)! - partOf.get(b)!);
}

const hasSort = (options: unknown): boolean => !!(options as { sort?: unknown } | undefined)?.sort;

/**
 * Every page's place in a sorted listing (the same filters, no search
 * term): answers of several searches are merged in this order, which
 * their scores (ranks within each answer) cannot give.
 */
async function sortedOrder(search: Instance['search'], options: unknown): Promise<Map<string, number>> {
  const all = await search(null, options);
  return new Map((all?.results ?? []).map((r, i) => [r.id, i]));
}

/** One answer from several searches of the same index: each page once, at its best score, or in `order` when sorted. */
function mergeAnswers(answers: SearchResponse[], order: Map<string, number> | null): SearchResponse | null {
  const [first, ...rest] = answers;
  if (!first || rest.length === 0) return first ?? null;
  const best = new Map<string, Result>();
  for (const r of answers.flatMap((a) => a.results)) {
    const seen = best.get(r.id);
    if (!seen || r.score > seen.score) best.set(r.id, r);
  }
  const place = (r: Result) => order?.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  const results = [...best.values()].sort(order ? (a, b) => place(a) - place(b) : (a, b) => b.score - a.score);
  return { ...first, results, unfilteredResultCount: Math.max(...answers.map((a) => a.unfilteredResultCount), results.length) };
}
