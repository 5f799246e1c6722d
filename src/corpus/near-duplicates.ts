import { fnv1a } from '../fnv.ts';
import { matchKey } from '../vietnamese/fold.ts';

/**
 * Near-duplicate detection: the same article saved twice with small edits (a
 * corrected word, an added paragraph, another site's chrome). Each article is
 * a set of 5-word shingles; a MinHash signature estimates how much two sets
 * overlap, and locality-sensitive hashing (bands of the signature) finds the
 * pairs worth comparing without comparing every pair.
 *
 * The signature is a one-permutation MinHash (Li, Owen and Zhang 2012): each
 * shingle is hashed once, the hash's top bits pick one of the signature's
 * places and the rest is kept there if it is the smallest seen. Classic
 * MinHash hashes every shingle once per place (64 times), which made the
 * signature the largest single cost of extracting an article. Places no shingle
 * fell into borrow from the next filled place (rotation densification,
 * Shrivastava and Li 2014), so the estimate holds for short articles too.
 */
const SHINGLE = 5;
const HASHES = 64;
const PLACE_BITS = Math.log2(HASHES);
const VALUE_BITS = 32 - PLACE_BITS;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
/** Added per place borrowed over: a borrowed value never equals a value of the place's own. */
const BORROW_STEP = VALUE_MASK + 1;
const EMPTY = 0xffffffff;
const ROWS_PER_BAND = 4;
/** Estimated Jaccard similarity from which two articles are one. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** Too few shingles and two short notices look alike. */
const MIN_SHINGLES = 20;

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** MinHash values of an article's shingles; null for an article too short to compare. */
export type Signature = Uint32Array | null;

export function signature(paragraphs: readonly string[]): Signature {
  // Paragraph by paragraph: their keys are made for the fingerprint's paragraph keys anyway (and kept).
  const words = paragraphs.flatMap((p) => matchKey(p).split(' '));
  if (words.length - SHINGLE + 1 < MIN_SHINGLES) return null;
  // Each word is hashed once; a shingle's hash combines its words' (no string per shingle).
  const hashes = Uint32Array.from(words, fnv1a);
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    // FNV-style combination of the word hashes, then one mix to spread it over all 32 bits.
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE; w++) h = Math.imul(h ^ hashes[w]!, 0x01000193);
    h = mix(h, 0);
    const place = h >>> VALUE_BITS;
    const value = h & VALUE_MASK;
    if (value < sig[place]!) sig[place] = value;
  }
  return densify(sig);
}

/** Each empty place takes the value of the next filled one (circularly), shifted by how far it looked. */
function densify(sig: Uint32Array): Uint32Array {
  const own = sig.slice();
  for (let k = 0; k < HASHES; k++) {
    if (own[k] !== EMPTY) continue;
    for (let step = 1; step < HASHES; step++) {
      const from = own[(k + step) % HASHES]!;
      if (from !== EMPTY) {
        sig[k] = from + step * BORROW_STEP;
        break;
      }
    }
  }
  return sig;
}

/** The highest estimate below 1: all places but one equal. */
export const CLOSEST_ESTIMATE = (HASHES - 1) / HASHES;

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/**
 * A band value shared by more articles than this is a phrase the whole
 * archive prints (a standing formula), not a sign of a copy; comparing all
 * its articles pairwise would be quadratic. True near duplicates share many
 * bands (at a similarity of 0.8, six of the sixteen on average), so they are
 * still found through their other bands. On the benchmark's archive, whose
 * articles reuse a pool of sentences, a cap of 500 compared 1.35 million
 * pairs at 10,000 articles (0.8 s on every build); 100 takes 0.4 s.
 */
const MAX_BUCKET = 100;
const BANDS = HASHES / ROWS_PER_BAND;

/** Pairs of positions whose articles are near duplicates, each pair once, in order. */
export function nearDuplicatePairs(signatures: readonly (Uint32Array | null)[]): [number, number, number][] {
  // One table per band, keyed by a number made of the band's values: no string per band and article.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  signatures.forEach((sig, i) => {
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = buckets[b]!.get(key);
      if (list) list.push(i);
      else buckets[b]!.set(key, [i]);
    }
  });
  const pairs: [number, number, number][] = [];
  buckets.forEach((table, band) => {
    for (const list of table.values()) {
      if (list.length > MAX_BUCKET) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const a = signatures[list[x]!]!;
          const b = signatures[list[y]!]!;
          // Each pair is judged in the first band it shares (of those compared), so it is listed once without remembering it.
          if (!sameBand(a, b, band) || judgedEarlier(a, b, band, buckets)) continue;
          const s = similarity(a, b);
          if (s >= NEAR_DUPLICATE_SIMILARITY) pairs.push([list[x]!, list[y]!, s]);
        }
      }
    }
  });
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * A band's values as one number of 53 bits (two 32-bit hashes, one cut to
 * 21 bits). Two different bands sharing a number are told apart by
 * `sameBand`.
 */
function bandKey(sig: Uint32Array, band: number): number {
  let high = 0;
  let low = 0x9e3779b9;
  for (let k = band * ROWS_PER_BAND; k < (band + 1) * ROWS_PER_BAND; k++) {
    high = mix(high, sig[k]!);
    low = mix(low, sig[k]! ^ 0x5bd1e995);
  }
  return high * 0x200000 + (low & 0x1fffff);
}

function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let k = band * ROWS_PER_BAND; k < (band + 1) * ROWS_PER_BAND; k++) if (a[k] !== b[k]) return false;
  return true;
}

function judgedEarlier(a: Uint32Array, b: Uint32Array, band: number, buckets: readonly Map<number, number[]>[]): boolean {
  for (let earlier = 0; earlier < band; earlier++) {
    if (sameBand(a, b, earlier) && buckets[earlier]!.get(bandKey(a, earlier))!.length <= MAX_BUCKET) return true;
  }
  return false;
}
