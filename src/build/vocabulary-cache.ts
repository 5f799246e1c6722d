import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { countVocabulary } from '../search/index.ts';
import type { IndexPart } from '../search/parts.ts';
import { VocabularyBuilder, type VocabularyCounts } from '../search/vocabulary.ts';
import { digestFiles } from './digest.ts';
import { BANTIN_ROOT } from './paths.ts';

/** The code the counts depend on besides the documents: how text is split into words and folded. */
export function vocabularyDigest(): Promise<string> {
  return digestFiles(BANTIN_ROOT, ['src/search/vocabulary.ts', 'src/search/query.ts', 'src/search/index.ts', 'src/vietnamese', 'package.json']);
}

/**
 * The vocabulary of the search index's parts, merged: counting the words of
 * a whole archive is most of what a rebuild's index stage would cost, and a
 * part whose documents did not change has the same counts. So each part's
 * counts are kept in `dir`, a file per part named by the part's digest and
 * the counting code's; files no part uses any more are removed. A part
 * written by this build was counted as it was written (see index-parts.ts,
 * storeVocabulary); a part without counts is counted here.
 */
export async function partsVocabulary(parts: readonly IndexPart[], dir: string, salt: string): Promise<VocabularyBuilder> {
  await mkdir(dir, { recursive: true });
  const merged = new VocabularyBuilder();
  const used = new Set<string>();
  for (const part of parts) {
    const file = countsFile(dir, salt, part.digest);
    used.add(path.basename(file));
    merged.merge((await stored(file)) ?? (await store(file, countVocabulary(part.documents).counted())));
  }
  for (const name of await readdir(dir)) if (!used.has(name)) await rm(path.join(dir, name), { force: true });
  return merged;
}

/** Keeps the counts of the part with this digest for partsVocabulary. */
export async function storeVocabulary(dir: string, salt: string, digest: string, counts: VocabularyCounts): Promise<void> {
  await mkdir(dir, { recursive: true });
  await store(countsFile(dir, salt, digest), counts);
}

function countsFile(dir: string, salt: string, digest: string): string {
  return path.join(dir, `${createHash('sha256').update(salt).update('\0').update(digest).digest('base64url')}.v8`);
}

/** A file that cannot be read back (torn by a killed build, written by another Node) counts as missing. */
async function stored(file: string): Promise<VocabularyCounts | undefined> {
  try {
    return deserialize(await readFile(file)) as VocabularyCounts;
  } catch {
    return undefined;
  }
}

/** Written aside, then renamed: a killed build leaves no torn file under a part's name. */
async function store(file: string, counts: VocabularyCounts): Promise<VocabularyCounts> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize(counts));
  await rename(temporary, file);
  return counts;
}
