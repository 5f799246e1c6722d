import { bucketCount, bucketOf, foldSyllable, hasShard, lowerForSearch, splitWords, type Shard } from './query.ts';

export type { Shard };

/** Forms kept per syllable and per pair: enough for the client, small enough to download. */
const FORMS_PER_SYLLABLE = 4;
const FORMS_PER_PAIR = 3;

/** Pairs are counted under one number: the first word's id times this, plus the second's (ids stay below it). */
const PAIR_BASE = 2 ** 26;

/**
 * What a builder counted, as plain data that can be stored and merged:
 * printed words (those with a shard only) with their counts, and pairs of
 * indexes into `words` with theirs. Counts add up, so the counts of a
 * search-index part that did not change are kept from the previous build.
 */
export interface VocabularyCounts {
  words: string[];
  counts: Uint32Array;
  /** First word, second word, first word, … (indexes into `words`). */
  pairs: Uint32Array;
  pairCounts: Uint32Array;
}

/**
 * Counts how the archive prints each folded syllable and each adjacent pair.
 * Feed it every indexed text (or the counts of other builders), then take
 * the shards.
 *
 * Each distinct printed word gets an id the first time it is seen, with its
 * folded key; occurrences are then counted by id and pairs by a number made
 * of two ids, so the hot loop makes no strings: an archive of 10,000 articles
 * prints about ten million words but only some hundred thousand distinct ones.
 */
export class VocabularyBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per id: its folded key, or null when it has no shard. */
  private readonly keys: (string | null)[] = [];
  private readonly counts: number[] = [];
  private readonly pairs = new Map<number, number>();

  add(text: string): void {
    // Pairs do not cross punctuation: "… Hà Nội. Đảng …" is no pair.
    for (const run of lowerForSearch(text).split(/[.,;:!?…()"“”'‘’\[\]{}–—\n]+/u)) {
      let previous = -1;
      for (const word of splitWords(run)) {
        const id = this.idOf(word);
        if (this.keys[id] === null) {
          previous = -1;
          continue;
        }
        this.counts[id]!++;
        if (previous >= 0) {
          const pair = previous * PAIR_BASE + id;
          this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
        }
        previous = id;
      }
    }
  }

  /** Adds what another builder counted. */
  merge(other: VocabularyCounts): void {
    const ids = other.words.map((word, i) => {
      const id = this.idOf(word);
      this.counts[id]! += other.counts[i]!;
      return id;
    });
    for (let i = 0; i < other.pairCounts.length; i++) {
      const pair = ids[other.pairs[2 * i]!]! * PAIR_BASE + ids[other.pairs[2 * i + 1]!]!;
      this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + other.pairCounts[i]!);
    }
  }

  /** What was counted; words without a shard are left out (they are never counted). */
  counted(): VocabularyCounts {
    const index = new Map<number, number>();
    const words: string[] = [];
    const counts: number[] = [];
    this.counts.forEach((count, id) => {
      if (count === 0) return;
      index.set(id, words.length);
      words.push(this.words[id]!);
      counts.push(count);
    });
    const pairs = new Uint32Array(2 * this.pairs.size);
    const pairCounts = new Uint32Array(this.pairs.size);
    let i = 0;
    for (const [pair, count] of this.pairs) {
      pairs[2 * i] = index.get(Math.floor(pair / PAIR_BASE))!;
      pairs[2 * i + 1] = index.get(pair % PAIR_BASE)!;
      pairCounts[i++] = count;
    }
    return { words, counts: Uint32Array.from(counts), pairs, pairCounts };
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      if (id >= PAIR_BASE) throw new Error('too many distinct words for the vocabulary');
      this.ids.set(word, id);
      this.words.push(word);
      this.keys.push(hasShard(word) ? foldSyllable(word) : null);
      this.counts.push(0);
    }
    return id;
  }

  /** Folded syllable → shard, in sorted order (deterministic output). */
  shards(): Map<string, Shard> {
    const unigrams = new Map<string, Map<string, number>>();
    this.counts.forEach((count, id) => {
      if (count > 0) bump(unigrams, this.keys[id]!, this.words[id]!, count);
    });
    const bigrams = new Map<string, Map<string, number>>();
    for (const [pair, count] of this.pairs) {
      const a = Math.floor(pair / PAIR_BASE);
      const b = pair % PAIR_BASE;
      bump(bigrams, `${this.keys[a]} ${this.keys[b]}`, `${this.words[a]} ${this.words[b]}`, count);
    }
    const best = new Map<string, string>();
    const shards = new Map<string, Shard>();
    for (const key of [...unigrams.keys()].sort()) {
      const forms = ranked(unigrams.get(key)!).slice(0, FORMS_PER_SYLLABLE);
      best.set(key, forms[0]![0]);
      shards.set(key, { f: forms, n: {} });
    }
    for (const pairKey of [...bigrams.keys()].sort()) {
      const [a, b] = pairKey.split(' ') as [string, string];
      const printed = ranked(bigrams.get(pairKey)!);
      const [pa, pb] = printed[0]![0].split(' ') as [string, string];
      // Only pairs with a choice to make are worth a byte: the client takes the others as the words' best forms.
      if (printed.length > 1 || pa !== best.get(a) || pb !== best.get(b)) {
        shards.get(a)!.n[b] = printed.slice(0, FORMS_PER_PAIR).map(([form, count]) => [...(form.split(' ') as [string, string]), count]);
      }
    }
    return shards;
  }
}

function bump(table: Map<string, Map<string, number>>, key: string, form: string, count: number): void {
  const forms = table.get(key) ?? new Map<string, number>();
  forms.set(form, (forms.get(form) ?? 0) + count);
  table.set(key, forms);
}

/** Most frequent first; ties by the form, so output does not depend on input order. */
function ranked(forms: Map<string, number>): [string, number][] {
  return [...forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** The shards grouped into their buckets (see `bucketOf`); every bucket is present, empty or not. */
export function vocabularyBuckets(shards: Map<string, Shard>): Record<string, Shard>[] {
  const buckets: Record<string, Shard>[] = Array.from({ length: bucketCount(shards.size) }, () => ({}));
  for (const [key, shard] of shards) buckets[bucketOf(key, buckets.length)]![key] = shard;
  return buckets;
}
