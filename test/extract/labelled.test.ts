import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scoreSet, type Field } from '../../scripts/lib/score.ts';
import { FIXTURES } from '../helpers.ts';

/**
 * The accuracy floors of the labelled set, per field (as trafilatura gates its
 * evaluation). A floor is only lowered on purpose, in its own commit.
 */
const baseline = JSON.parse(readFileSync(path.join(FIXTURES, 'labelled', 'baseline.json'), 'utf8')) as { floors: Record<Field, number> };

test('the labelled set scores at or above its pinned floors, field by field', () => {
  const { accuracy, misses } = scoreSet(path.join(FIXTURES, 'labelled', 'golden.json'));
  for (const [field, floor] of Object.entries(baseline.floors) as [Field, number][]) {
    const got = accuracy[field] ?? 0;
    assert.ok(got >= floor, `${field}: ${(got * 100).toFixed(1)}% is below the floor ${(floor * 100).toFixed(1)}%; misses: ${JSON.stringify(misses.filter((m) => m.fields.includes(field)).map((m) => m.file))}`);
  }
});

test('the seeds stay exact on every field', () => {
  const { misses } = scoreSet(path.join(FIXTURES, 'seeds', 'golden.json'));
  assert.deepEqual(misses.map((m) => `${m.file}: ${m.fields.join(', ')}`), []);
});
