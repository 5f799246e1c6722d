import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Classification, decide, type LineKind } from '../../src/extract/decision.ts';
import { isProse, toDocument } from '../../src/extract/document.ts';
import { blockEdge, inSiteBlock } from '../../src/extract/rules/related-block.ts';
import { PROSE } from '../helpers.ts';
import { extractRecord, MAX_ARTICLE_LINES } from '../../src/extract/index.ts';
import { readSource } from '../../src/read/index.ts';

const LINES = [PROSE, 'Tin liên quan', 'Bình luận (2)', 'Gửi ý kiến', 'Nguyễn Văn An', '07/12/2026 08:30', 'anh-1.jpg', 'Chia sẻ', 'Đại biểu dự hội nghị.', 'Họ và tên: Lê Văn Tùng'];
const KINDS: LineKind[] = ['chrome', 'body', 'title', 'dateline', 'byline', 'caption'];

test("classification: where a line stands (at the top, how many of the article's lines above it, prose above or below it) is what walking the lines says, after every decision", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...KINDS)), { maxLength: 40 }), (texts, choices) => {
      const doc = toDocument(texts.join('\n\n'));
      const decided = new Classification(doc);
      const n = doc.lines.length;
      const prose = (i: number) => isProse(doc.lines[i]!) && decided.kindOf(i) !== 'chrome';
      const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
      for (const [at, kind] of choices) {
        decided.add(decide(doc.lines[at % n]!, kind, 'test', 'a random decision'));
        for (const i of range(0, n)) {
          assert.equal(decided.atTop(i), range(0, i).every((j) => decided.kindOf(j) === 'chrome'));
          assert.equal(decided.articleLinesAbove(i), range(0, i).filter((j) => decided.kindOf(j) !== 'chrome').length);
          assert.equal(decided.proseAbove(i), range(0, i).some(prose));
          assert.equal(decided.proseBelow(i), range(i + 1, n).some(prose));
        }
        assert.deepEqual(decided.all().map((d) => d.line), [...decided.all().map((d) => d.line)].sort((a, b) => a - b));
      }
    }),
    { numRuns: 150 },
  );
});

test("inSiteBlock: a line is in a site block when, walking up, a block's heading comes before a line that ends one; asked of every line, answered from one pass", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), (texts) => {
      const doc = toDocument(texts.join('\n\n'));
      const walked = (index: number) => {
        for (let i = index - 1; i >= 0; i--) {
          const edge = blockEdge(doc.lines[i]!);
          if (edge) return edge === 'heading';
        }
        return false;
      };
      for (const line of doc.lines) assert.equal(inSiteBlock(doc, line), walked(line.index), `${line.index}: ${line.text}`);
    }),
    { numRuns: 200 },
  );
});

test('document: a column of words that each go on from the line above joins a hundred lines at the most: no paragraph runs longer, and the rest opens lines of their own', () => {
  const doc = toDocument(['Tiêu đề', ...Array.from({ length: 250 }, () => 'chữ')].join('\n'));
  assert.deepEqual(doc.lines.map((l) => l.joined.length), [100, 100, 48]);
});

test('extraction: a file of more lines of text than any article is skipped as too large, with how many it has; a long report under the limit is read', () => {
  const lines = (n: number) => ['Báo cáo tổng kết công tác năm 2026', '07/12/2026 08:30', ...Array.from({ length: n }, (_, i) => `Mục ${i + 1}. ${PROSE}`), 'Hồng Quân'].join('\n');
  const long = extractRecord(readSource('a.txt', Buffer.from(lines(MAX_ARTICLE_LINES))));
  assert.deepEqual([long.record, long.diagnostics.map((d) => d.code)], [null, ['too-large']]);
  assert.match(long.diagnostics[0]!.message, /10003 lines/);
  assert.equal(extractRecord(readSource('a.txt', Buffer.from(lines(2000)))).record?.paragraphs.length, 2000);
});
