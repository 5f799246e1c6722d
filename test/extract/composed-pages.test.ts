import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractRecord } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';

/** A piece of a copied page, and what it makes of the record. */
interface Piece {
  lines: string[];
}
interface Pieces {
  titles: (Piece & { title: string; capitals?: boolean })[];
  headers: (Piece & { section: string | null; capitals?: boolean; needsDateline?: boolean })[];
  datelines: (Piece & { date: string })[];
  paragraphs: string[];
  captions: (Piece & { figures: number; paragraphs: number })[];
  inserts: (Piece & { figures: number; paragraphs: number })[];
  bylines: (Piece & { author: string | null; source: string | null })[];
  topBylines: (Piece & { author: string; source: string | null })[];
  tails: string[][];
}

const pieces = JSON.parse(readFileSync(new URL('../fixtures/composed/pieces.json', import.meta.url), 'utf8')) as Pieces;
const PAGES = 400;
const SITE = 'Công an tỉnh Phú Thọ';

/** A small linear congruential generator: the same pages on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Whole pages composed from pieces of the pages this project has labelled
 * (a header, a tab's title, the title once or twice, a writer over the
 * dateline, a caption and an insert in the text, a byline, a tail), with
 * the spacing copies have (none, blank lines, indents, CRLF): the record
 * must be what each piece says, whatever its neighbours. The rules are
 * written one family at a time; this finds where two families meet.
 */
test(`composed pages: ${PAGES} pages from pieces of copied pages give the record each piece says, whatever the pieces around it`, () => {
  const rand = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const broken: string[] = [];
  for (let k = 0; k < PAGES; k++) {
    const title = pick(pieces.titles);
    const dateline = pick(pieces.datelines);
    const header = pick(pieces.headers.filter((h) => !(h.capitals && title.capitals) && !(h.needsDateline && dateline.lines.length === 0)));
    const caption = pick(pieces.captions);
    const insert = pick(pieces.inserts);
    const byline = pick(pieces.bylines);
    const tail = pick(pieces.tails);
    const top = rand() < 0.3 ? pick(pieces.topBylines) : null;
    const tab = rand() < 0.15;
    const twice = rand() < 0.2;
    const spacing = pick(['none', 'blank', 'indent', 'crlf'] as const);
    const signature = pick(['', '', '(CAPT) - ', 'CAND - ']);
    const [p1, p2, p3, p4] = pieces.paragraphs as [string, string, string, string];
    // With no dateline, the lead prints the year.
    const lead = signature + (dateline.lines.length === 0 ? p1.replace('Ngày 5/12,', 'Ngày 5/12/2026,') : p1);
    const body = [lead, p2, ...caption.lines, p3, ...insert.lines, p4].map((l) => (spacing === 'indent' && l.length > 80 ? ` ${l}` : l));
    const lines = [...(tab ? [`${title.title} - ${SITE}`] : []), ...header.lines, ...title.lines, ...(twice ? title.lines : []), ...(top?.lines ?? []), ...dateline.lines, ...body, ...(top ? [] : byline.lines), ...tail];
    const text = lines.join(spacing === 'blank' ? '\n\n' : spacing === 'crlf' ? '\r\n' : '\n');
    const record = extractRecord(readSource('a.txt', Buffer.from(text))).record;
    // An update's date over the text and a day's date under the byline: the day is the publication's. A day heading the page, over
    // the site's lines, is the header's date of today, and gives way to the article's own, its update's.
    const dayElsewhere = !top && byline.lines.includes('07/12/2026');
    const date = (dateline.lines.length === 0 || /Cập nhật/.test(dateline.lines.join(' '))) && dayElsewhere ? '2026-12-07' : dateline.date;
    const want = { title: title.title, section: header.section, date, paragraphs: 4 + caption.paragraphs + insert.paragraphs, figures: caption.figures + insert.figures, author: top ? top.author : byline.author, source: top ? top.source : byline.source };
    const got = record && { title: record.title, section: record.section, date: record.date, paragraphs: record.paragraphs.length, figures: record.figures.length, author: record.author, source: record.source };
    if (JSON.stringify(got) !== JSON.stringify(want)) broken.push(`page ${k} (${JSON.stringify({ header: header.lines, tab, twice, top: top?.lines, dateline: dateline.lines, caption: caption.lines, insert: insert.lines, byline: byline.lines, tail, spacing })}): want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(broken.slice(0, 5), [], `${broken.length} of ${PAGES} pages`);
});
