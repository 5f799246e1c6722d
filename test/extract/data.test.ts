import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const DATA = new URL('../../src/extract/data/', import.meta.url);

/** Every list of words in a data file, with where it is (`chrome.json buttons.phrases`). */
function* wordLists(value: unknown, where: string): Generator<[string, string[]]> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) yield [where, value as string[]];
    else for (const [i, v] of value.entries()) yield* wordLists(v, `${where}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) yield* wordLists(v, `${where} ${key}`);
  }
}

test('extraction data: each list holds a phrase once (a second copy is a sign the list was edited without being read)', () => {
  const repeated: string[] = [];
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.json'))) {
    for (const [where, words] of wordLists(JSON.parse(readFileSync(new URL(file, DATA), 'utf8')), file)) {
      const seen = new Set<string>();
      for (const word of words) {
        if (seen.has(word)) repeated.push(`${where}: '${word}'`);
        seen.add(word);
      }
    }
  }
  assert.deepEqual(repeated, []);
});
