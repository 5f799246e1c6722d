import { bucketCount, bucketOf, foldSyllable, hasShard, tokenize, type Shard } from './query.ts';

export type { Shard };

/** Forms kept per syllable and per pair: enough for the client, small enough to download. */
const FORMS_PER_SYLLABLE = 4;
const FORMS_PER_PAIR = 3;

/**
 * Counts how the archive prints each folded syllable and each adjacent pair.
 * Feed it every indexed text, then take the shards.
 */
export class VocabularyBuilder {
  private readonly unigrams = new Map<string, Map<string, number>>();
  private readonly bigrams = new Map<string, Map<string, number>>();

  /** Per distinct word: its folded key, or null when it has no shard. An archive repeats its words, so each is folded once. */
  private readonly folded = new Map<string, string | null>();

  add(text: string): void {
    // Pairs do not cross punctuation: "… Hà Nội. Đảng …" is no pair.
    for (const run of text.split(/[.,;:!?…()"“”'‘’\[\]{}–—\n]+/u)) {
      const words = tokenize(run);
      const keys = words.map((w) => this.keyOf(w));
      for (let i = 0; i < words.length; i++) {
        if (keys[i] === null) continue;
        bump(this.unigrams, keys[i]!, words[i]!);
        const next = words[i + 1];
        if (next !== undefined && keys[i + 1] !== null) bump(this.bigrams, `${keys[i]} ${keys[i + 1]}`, `${words[i]} ${next}`);
      }
    }
  }

  private keyOf(word: string): string | null {
    let key = this.folded.get(word);
    if (key === undefined) {
      key = hasShard(word) ? foldSyllable(word) : null;
      this.folded.set(word, key);
    }
    return key;
  }

  /** Folded syllable → shard, in sorted order (deterministic output). */
  shards(): Map<string, Shard> {
    const best = new Map<string, string>();
    const shards = new Map<string, Shard>();
    for (const key of [...this.unigrams.keys()].sort()) {
      const forms = ranked(this.unigrams.get(key)!).slice(0, FORMS_PER_SYLLABLE);
      best.set(key, forms[0]![0]);
      shards.set(key, { f: forms, n: {} });
    }
    for (const pairKey of [...this.bigrams.keys()].sort()) {
      const [a, b] = pairKey.split(' ') as [string, string];
      const printed = ranked(this.bigrams.get(pairKey)!);
      const [pa, pb] = printed[0]![0].split(' ') as [string, string];
      // Only pairs with a choice to make are worth a byte: the client takes the others as the words' best forms.
      if (printed.length > 1 || pa !== best.get(a) || pb !== best.get(b)) {
        shards.get(a)!.n[b] = printed.slice(0, FORMS_PER_PAIR).map(([form, count]) => [...(form.split(' ') as [string, string]), count]);
      }
    }
    return shards;
  }
}

function bump(table: Map<string, Map<string, number>>, key: string, form: string): void {
  const forms = table.get(key) ?? new Map<string, number>();
  forms.set(form, (forms.get(form) ?? 0) + 1);
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
