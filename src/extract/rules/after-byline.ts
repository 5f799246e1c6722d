import { decide, type Rule } from '../decision.ts';
import { PhraseList, withoutColon } from '../phrases.ts';
import { announcesNextPart } from '../series.ts';
import { listMarker } from '../outline.ts';
import type { Line } from '../document.ts';
import data from '../data/bylines.json' with { type: 'json' };

const ARTICLE_NOTES = new PhraseList(data.articleNotes.phrases);
const REFERENCE_HEADINGS = new PhraseList(data.references.phrases);

/**
 * What a copied page has after the article's byline is the site's: its
 * description, links, statistics. A newsroom's note on the article (a
 * correction) stays the article's, as does a series' next part announced
 * (`Đón đọc Bài 2: …`) and the article's list of sources.
 */
export const afterByline: Rule = {
  name: 'after-byline',
  description: "Everything after the closing byline is site text, but for the newsroom's notes on the article (a correction, the series' next part, its sources).",
  classify(doc, decided) {
    const closing = decided.all().find((d) => d.kind === 'byline' && d.endsArticle);
    if (!closing) return [];
    const at = doc.lines[closing.line]!.number;
    const after = decided.free().filter((l) => l.index > closing.line);
    const cited = doc.lines.slice(0, closing.line).map((l) => l.text).join('\n');
    const references = referenceLines(after, cited);
    return after
      .filter((l) => !references.has(l.index) && !ARTICLE_NOTES.labelled(l.text) && !announcesNextPart(l.text))
      .map((l) => decide(l, 'chrome', this.name, `after the byline at line ${at}`));
  },
};

/** `(2) Sđd, tr.350.`, `[3] …`: a note's number in brackets, as a list of sources numbers its items. */
const NOTE_NUMBER = /^[([]\d{1,3}[)\]]\s/u;

/**
 * `Tài liệu tham khảo:` and the numbered items right under it (`1. Bộ luật
 * Hình sự năm 2015 …`), or a note the text before the byline cites by its
 * number (`… dân tộc ta(1).` and `(1) Hồ Chí Minh: Toàn tập …`) and the notes
 * under it: the article's sources, which journals print after the writer's
 * name. The indexes of those lines.
 */
function referenceLines(lines: readonly Line[], cited: string): Set<number> {
  const kept = new Set<number>();
  let previous: Line | null = null;
  for (const line of lines) {
    const note = NOTE_NUMBER.exec(line.text)?.[0].trim();
    const heading = REFERENCE_HEADINGS.equals(withoutColon(line.text)) || REFERENCE_HEADINGS.labelled(line.text) !== null || (note !== undefined && cited.includes(note));
    const item = previous !== null && kept.has(previous.index) && line.index === previous.index + 1 && (listMarker(line.text) !== null || NOTE_NUMBER.test(line.text));
    if (heading || item) kept.add(line.index);
    previous = line;
  }
  return kept;
}
