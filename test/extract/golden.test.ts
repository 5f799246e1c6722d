import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FIXTURES, REPO, runBantin } from '../helpers.ts';

interface GoldenArticle {
  file: string;
  [field: string]: unknown;
  mustNotContain: string[];
  figures: { src: string | null; caption: string; credit: string | null }[];
  paragraphs: string[];
  people: string[];
  places: string[];
}

const golden = JSON.parse(readFileSync(path.join(FIXTURES, 'seeds', 'golden.json'), 'utf8')) as { articles: GoldenArticle[] };
const schema = JSON.parse(readFileSync(path.join(REPO, 'src', 'article.schema.json'), 'utf8'));

/** The golden file's comparison rules: NFC, nbsp as space, white space collapsed. */
const norm = (s: unknown) => (typeof s === 'string' ? s.normalize('NFC').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim() : s);
const caption = (s: string) => (norm(s) as string).replace(/\.$/, '');

const files = golden.articles.map((a) => `articles/${a.file}`);
const run = runBantin(['inspect', ...files, '--json']);
const records = JSON.parse(run.stdout) as Record<string, unknown>[];

test('inspect --json prints one record per seed, in argument order, and exits 0', () => {
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(records.map((r) => r.file), golden.articles.map((a) => a.file));
});

test('every record validates against article.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  for (const r of records) assert.ok(validate(r), `${r.file}: ${JSON.stringify(validate.errors)}`);
});

for (const [i, expected] of golden.articles.entries()) {
  test(`seed ${expected.file} matches the golden record field by field`, () => {
    const actual = records[i]!;
    for (const field of ['title', 'date', 'dateInferred', 'author', 'source', 'views', 'lead']) {
      assert.deepEqual(norm(actual[field]), norm(expected[field]), field);
    }
    assert.equal(actual.section ?? null, expected.section ?? null, 'section');
    assert.deepEqual((actual.paragraphs as string[]).map(norm), expected.paragraphs.map(norm), 'paragraphs');
    const figures = actual.figures as GoldenArticle['figures'];
    assert.deepEqual(
      figures.map((f) => ({ src: f.src, caption: caption(f.caption), credit: norm(f.credit) })),
      expected.figures.map((f) => ({ src: f.src, caption: caption(f.caption), credit: norm(f.credit) })),
      'figures',
    );
    const text = `${actual.body}\n${(actual.paragraphs as string[]).join('\n')}`;
    for (const banned of expected.mustNotContain) assert.ok(!norm(text)!.toString().includes(norm(banned) as string), `body must not contain ${banned}`);
    for (const person of expected.people) assert.ok((actual.people as string[]).includes(person), `people include ${person}`);
    for (const place of expected.places) assert.ok((actual.places as string[]).includes(place), `places include ${place}`);
  });
}
