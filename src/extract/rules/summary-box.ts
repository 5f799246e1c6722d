import { decide, type Classification, type Rule } from '../decision.ts';
import { sentenceCount, type Document, type Line } from '../document.ts';
import { PhraseList, stripBullet, withoutColon, withoutLeadingIcons } from '../phrases.ts';
import { findLeadDate } from '../dates.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HEADINGS = new PhraseList(chrome.summaryBox.headings);
const { maxPoints, maxPointLength } = chrome.summaryBox;

/**
 * `AI tóm tắt` over `Công an tỉnh Bình Dương khởi tố 5 bị can …` and two
 * more points, then the note that a machine wrote them: the page's summary
 * of the article, over its text (or under its lead). Its points are short
 * sentences, one a line; the box ends at the first line that is not one
 * (the article's paragraph, longer, or opening with the day it tells of)
 * or that another rule has claimed (the note). Under more of the article's
 * prose, the heading and its points are the article's.
 */
export const summaryBox: Rule = {
  name: 'summary-box',
  description: "The page's summary of the article (its heading and short points) over the text.",
  classify(doc, decided) {
    const heading = decided.free().find((l) => HEADINGS.equals(withoutColon(withoutLeadingIcons(l.text))));
    if (!heading || paragraphsAbove(doc, decided, heading) > 1) return [];
    const points = pointsUnder(doc, heading, (l) => decided.isFree(l.index));
    if (points.length === 0) return [];
    const reason = `a point of the page's summary under its heading at line ${heading.number}`;
    return [decide(heading, 'chrome', this.name, `the heading of the page's summary of the article, ${points.length} points`), ...points.map((p) => decide(p, 'chrome', this.name, reason))];
  },
};

/** The article's paragraphs above the line: the lead at most stands over a summary. */
function paragraphsAbove(doc: Document, decided: Classification, line: Line): number {
  return doc.lines.slice(0, line.index).filter((l) => decided.isArticleProse(l)).length;
}

/** `• Bắt giữ 12 đối tượng.`: a summary's point, one short sentence; one that opens with the day it tells of is the article's lead. */
function isPoint(line: Line): boolean {
  const text = stripBullet(line.text);
  return text.length <= maxPointLength && sentenceCount(text) === 1 && findLeadDate(text) === null;
}

/** The points right under the heading, up to the first line that is not one or is not free; none when there are more than a summary holds. */
function pointsUnder(doc: Document, heading: Line, free: (line: Line) => boolean): Line[] {
  const points: Line[] = [];
  for (const line of doc.lines.slice(heading.index + 1)) {
    if (!free(line) || !isPoint(line)) break;
    points.push(line);
  }
  return points.length <= maxPoints ? points : [];
}
