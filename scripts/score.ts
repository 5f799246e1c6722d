/**
 * Prints extraction accuracy per field on the labelled sets.
 *
 *   node --import tsx scripts/score.ts [--verbose] [golden.json…]
 *
 * Defaults to the seeds and the labelled set in test/fixtures. Run it on every
 * change to the rules; test/extract/labelled.test.ts holds the floors.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, scoreSet } from './lib/score.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const sets = args.filter((a) => !a.startsWith('--'));
const defaults = [path.join(repo, 'test/fixtures/seeds/golden.json'), path.join(repo, 'test/fixtures/labelled/golden.json')];

for (const goldenPath of sets.length > 0 ? sets : defaults) {
  const { accuracy, misses } = scoreSet(goldenPath);
  console.log(`\n${path.relative(repo, goldenPath)}`);
  for (const field of FIELDS) {
    const a = accuracy[field];
    if (a !== undefined) console.log(`  ${field.padEnd(15)} ${(a * 100).toFixed(1).padStart(5)}%`);
  }
  for (const miss of misses) {
    console.log(`  ✗ ${miss.file}: ${miss.fields.join(', ')}`);
    if (verbose && miss.actual) {
      for (const field of miss.fields) console.log(`      ${field}: ${JSON.stringify((miss.actual as unknown as Record<string, unknown>)[field === 'mustNotContain' ? 'body' : field])}`);
    }
  }
}
