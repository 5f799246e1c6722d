/**
 * Bundled to /search/pagefind.js and loaded by Pagefind's Component UI in
 * place of Pagefind's own module (`<pagefind-config bundle-path="/search/">`).
 * It is Pagefind, searching the queries `expandQuery` makes with exact
 * diacritics; only when they find nothing does the query as typed run with
 * Pagefind's loose matching. The index may be in parts (see
 * src/search/parts.ts): every instance merges them before it searches.
 */
// @ts-expect-error Pagefind's module exists only in the built site, next to this bundle.
import * as pagefind from '../pagefind/pagefind.js';
import { bucketOf, expandQuery, type Shard } from '../query.ts';

// @ts-expect-error see above
export * from '../pagefind/pagefind.js';

interface Result {
  id: string;
  score: number;
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
/** Set by the build: the index's other parts, relative to this module. */
declare const INDEX_PARTS: string[];

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
  const exact = withParts(pagefind.createInstance({ ...options, exactDiacritics: true }), { ...options, exactDiacritics: true });
  let loose: Instance | null = null;
  const exactSearch = exact.search.bind(exact);
  exact.search = async (term, searchOptions) => {
    if (!term) return exactSearch(term, searchOptions);
    const queries = await expandQuery(term, loadShard);
    const answers = (await Promise.all(queries.map((q) => exactSearch(q, searchOptions)))).filter((a): a is SearchResponse => !!a);
    const merged = mergeAnswers(answers);
    if (merged && merged.results.length > 0) return merged;
    loose ??= withParts(pagefind.createInstance({ ...options, exactDiacritics: false }), { ...options, exactDiacritics: false });
    return loose.search(term, searchOptions);
  };
  return exact;
}

/** The instance, searching only once every part of the index is merged into it. */
function withParts(instance: Instance, options: Record<string, unknown>): Instance {
  if (INDEX_PARTS.length === 0) return instance;
  const { basePath, bundlePath, ...shared } = options;
  const merged = Promise.all(INDEX_PARTS.map((part) => instance.mergeIndex(new URL(part, import.meta.url).pathname, shared)));
  const search = instance.search.bind(instance);
  const filters = instance.filters.bind(instance);
  instance.search = async (term, searchOptions) => (await merged, search(term, searchOptions));
  instance.filters = async () => (await merged, filters());
  return instance;
}

/** One answer from several searches of the same index: each page once, at its best score. */
function mergeAnswers(answers: SearchResponse[]): SearchResponse | null {
  const [first, ...rest] = answers;
  if (!first || rest.length === 0) return first ?? null;
  const best = new Map<string, Result>();
  for (const r of answers.flatMap((a) => a.results)) {
    const seen = best.get(r.id);
    if (!seen || r.score > seen.score) best.set(r.id, r);
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  return { ...first, results, unfilteredResultCount: Math.max(...answers.map((a) => a.unfilteredResultCount), results.length) };
}
