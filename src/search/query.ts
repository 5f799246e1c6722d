/**
 * Turns what a reader typed into the queries Pagefind should run, from the
 * site's own vocabulary. Runs in the browser (bundled into the search
 * client) and in Node (the build makes the vocabulary with the same rules).
 *
 * Pagefind matches tone marks loosely but not đ, and folded Vietnamese
 * syllables collide everywhere (dang: đảng, đang, đăng, dạng); matched
 * loosely, a name or a phrase drowns among pages that hold its syllables
 * apart. So the query is searched with exact diacritics, after putting them
 * back: a syllable typed without marks takes its most frequent printed form,
 * and a pair of syllables printed together overrides that (`dang uy` →
 * `đảng ủy`, `quoc to` → `quốc tỏ`). A word typed with marks keeps them, in
 * the tone placement the archive prints (`uỷ` → `ủy`); where the archive
 * prints both placements, both are searched.
 */
import { fnv1a } from '../fnv.ts';
import { foldVietnamese, toneKey } from '../vietnamese/fold.ts';

/** One folded syllable's vocabulary. */
export interface Shard {
  /** Printed forms, lower case, most frequent first, with their counts. */
  f: [string, number][];
  /**
   * Next folded syllable → how the pair is printed, most frequent first, with
   * counts. Only pairs with a choice to make are kept: printed more than one
   * way, or not as the two words' most frequent forms.
   */
  n: Record<string, [string, string, number][]>;
}

export type ShardLoader = (key: string) => Promise<Shard | null>;

/** Only plain ASCII words of this shape have a shard: Vietnamese syllables folded, and other Latin words. */
export const SHARD_KEY = /^[a-z0-9]{1,30}$/;

/**
 * Shards are stored in buckets by a hash of their key, so that every file a
 * client asks for exists (a missing word costs no 404) and a large archive
 * does not need one file per syllable. The bucket count is a power of two.
 */
export function bucketOf(key: string, buckets: number): number {
  return fnv1a(key) & (buckets - 1);
}

/** Aim for this many shards in a bucket: small files, few of them. */
export const SHARDS_PER_BUCKET = 8;

export function bucketCount(shards: number): number {
  let buckets = 1;
  while (buckets * SHARDS_PER_BUCKET < shards) buckets *= 2;
  return buckets;
}

/** At most this many tone-placement variants of one query are searched. */
const MAX_VARIANTS = 4;

/** Query or text → lower-case words, split on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  return splitWords(lowerForSearch(text));
}

/** The first half of `tokenize`: composed and lower-cased (a long text is better lowered once than run by run). */
export function lowerForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

/** The second half of `tokenize`, on lowered text. */
export function splitWords(lowered: string): string[] {
  return lowered.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** `Đảng` → `dang`. */
export function foldSyllable(word: string): string {
  return foldVietnamese(word).toLowerCase();
}

/** A word whose vocabulary can be looked up (numbers and other scripts cannot). */
export function hasShard(word: string): boolean {
  return SHARD_KEY.test(foldSyllable(word)) && !/^\d+$/.test(word);
}

/**
 * A word's own frequency only breaks ties: a pair printed even once (a name:
 * `Văn Hiểu`) must beat a frequent homograph that never stood there (`hiệu`).
 */
const UNIGRAM_WEIGHT = 0.1;
/** Printed together at all is worth this much, and more with every printing (logarithmically). */
const PAIR_PRESENCE = 1;
const pairCountScore = (count: number) => PAIR_PRESENCE + Math.log(1 + count);
/** A pair the vocabulary does not list is printed only as the words' most frequent forms: count it as seen once. */
const UNLISTED_PAIR_SCORE = pairCountScore(1);

/**
 * The queries to run, most likely first: the query with diacritics restored
 * and tone placement matched to the archive, then its other tone placements
 * where the archive prints more than one. Words the vocabulary never saw
 * are left as typed.
 *
 * The restored words are the sequence of printed forms that best fits the
 * archive (a Viterbi search): each form scores its own frequency a little
 * and each adjacent pair how often it was printed together, so `công tác
 * đảng và` beats `công tác đăng và` although `tác đăng` alone is common.
 */
export async function expandQuery(query: string, loadShard: ShardLoader): Promise<string[]> {
  const words = tokenize(query);
  if (words.length === 0) return [query];
  const folded = words.map(foldSyllable);
  const keys = [...new Set(words.filter(hasShard).map(foldSyllable))];
  const shards = new Map(await Promise.all(keys.map(async (k) => [k, await loadShard(k)] as const)));
  const shardOf = (i: number) => shards.get(folded[i]!) ?? null;
  const typed = words.map((w, i) => w !== folded[i] || !hasShard(w));

  // Typed with marks: the archive's forms of the same word, in any tone placement.
  const sameWord = words.map((w, i) => (typed[i] && hasShard(w) ? (shardOf(i)?.f.map(([form]) => form).filter((form) => toneKey(form) === toneKey(w)) ?? []) : []));
  const candidates = words.map((w, i): [string, number][] => {
    if (typed[i]) return [[sameWord[i]![0] ?? w, 0]];
    const forms = shardOf(i)?.f ?? [];
    const fromPairs = [...(shardOf(i)?.n[folded[i + 1] ?? ''] ?? []).map((p) => p[0]), ...(i > 0 ? (shardOf(i - 1)?.n[folded[i]!] ?? []).map((p) => p[1]) : [])];
    const all = new Map<string, number>(forms);
    for (const form of fromPairs) if (!all.has(form)) all.set(form, 0);
    return all.size > 0 ? [...all].map(([form, count]) => [form, Math.log(1 + count) * UNIGRAM_WEIGHT]) : [[w, 0]];
  });
  const pairScore = (i: number, a: string, b: string) => {
    const listed = shardOf(i)?.n[folded[i + 1]!];
    if (listed) {
      const hit = listed.find((p) => p[0] === a && p[1] === b);
      return hit ? pairCountScore(hit[2]) : 0;
    }
    return a === shardOf(i)?.f[0]?.[0] && b === shardOf(i + 1)?.f[0]?.[0] ? UNLISTED_PAIR_SCORE : 0;
  };

  // Viterbi: the best score of a sequence ending in each candidate, and where it came from.
  let scores = candidates[0]!.map(([, s]) => s);
  const from: number[][] = [];
  for (let i = 1; i < words.length; i++) {
    const previous = candidates[i - 1]!;
    const step = candidates[i]!.map(([form, own]) => {
      let best = -Infinity;
      let at = 0;
      previous.forEach(([prev], j) => {
        const s = scores[j]! + pairScore(i - 1, prev, form);
        if (s > best) [best, at] = [s, j];
      });
      return [best + own, at] as const;
    });
    scores = step.map(([s]) => s);
    from.push(step.map(([, at]) => at));
  }
  const forms: string[] = [];
  let at = scores.indexOf(Math.max(...scores));
  for (let i = words.length - 1; i >= 0; i--) {
    forms[i] = candidates[i]![at]![0];
    if (i > 0) at = from[i - 1]![at]!;
  }

  const queries = [forms.join(' ')];
  sameWord.forEach((variants, i) => {
    for (const variant of variants.slice(1)) {
      for (const q of [...queries]) {
        if (queries.length >= MAX_VARIANTS) return;
        const parts = q.split(' ');
        parts[i] = variant;
        queries.push(parts.join(' '));
      }
    }
  });
  return [...new Set(queries)];
}
