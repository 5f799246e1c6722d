import { decide, type Rule } from '../decision.ts';
import { sentenceCount, type Document, type Line } from '../document.ts';
import { escapeRegExp, PhraseList, stripBullet, withoutColon, withoutLeadingIcons } from '../phrases.ts';
import { findLeadDate } from '../dates.ts';
import { MACHINE_MARK, markMachine, saysMachineMade } from '../machine-notes.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HEADINGS = new PhraseList(chrome.summaryBox.headings);
const { maxPoints, maxPointLength, machine } = chrome.summaryBox;
const HEADING_WORDS = new PhraseList(machine.headingWords);
const BY = `(?:(?:${machine.by.map(escapeRegExp).join('|')})\\s+)?`;
/** `AI tóm tắt`, `Tóm tắt bởi AI`, `Tóm tắt nội dung (AI)`, `Tóm tắt - AI`: the machine's name (marked) before or after the heading's words (group 1 or 2). */
const MACHINE_HEADING = new RegExp(`^(?:${MACHINE_MARK}\\s+(.+)|(.+?)\\s*(?:[-–—|:]\\s*|\\(\\s*)?${BY}${MACHINE_MARK}\\s*\\)?)$`, 'u');

/**
 * `AI tóm tắt` over `Công an tỉnh Bình Dương khởi tố 5 bị can …` and two
 * more points, then the note that a machine wrote them: the page's summary
 * of the article, over its text (or under its lead). Its points are short
 * sentences, one a line; the box ends at the first line that is not one
 * (the article's paragraph, longer, or opening with the day it tells of),
 * at the machine's note, or at a line another rule has claimed. Under more
 * of the article's prose, the heading and its points are the article's.
 */
export const summaryBox: Rule = {
  name: 'summary-box',
  description: "The page's summary of the article (its heading and short points) over the text.",
  classify(doc, decided) {
    // The site's chrome may have claimed the heading already (`Tóm tắt bởi AI` is printed alone too): its points are still free.
    const open = (l: Line) => decided.isFree(l.index) || decided.kindOf(l.index) === 'chrome';
    const heading = doc.lines.find((l) => open(l) && (isHeading(l.text) || HEADING_WORDS.equals(withoutColon(withoutLeadingIcons(l.text)))));
    // The lead at most stands over a summary.
    if (!heading || decided.articleProseAbove(heading.index) > 1) return [];
    const { points, note, noted } = pointsUnder(doc, heading, (l) => decided.isFree(l.index));
    // `Tóm tắt:` and `Nội dung chính` alone head the lead or the contents too: over points, only the machine's note says they are its summary.
    if (points.length === 0 || (!noted && !isHeading(heading.text))) return [];
    const reason = `a point of the page's summary under its heading at line ${heading.number}`;
    return [
      decide(heading, 'chrome', this.name, `the heading of the page's summary of the article, ${points.length} points`),
      ...points.map((p) => decide(p, 'chrome', this.name, reason)),
      ...(note ? [decide(note, 'chrome', this.name, `the note that a machine wrote the summary under the heading at line ${heading.number}`)] : []),
    ];
  },
};

/** `Bản tin tóm tắt`, `Tóm tắt nội dung bài viết`: a heading's few words, not a sentence about a summary. */
const MAX_HEADING_WORDS = 5;

/** A summary's heading: one of the headings, or the words of one with the machine's name before or after them. */
function isHeading(text: string): boolean {
  const bare = withoutColon(withoutLeadingIcons(text)).trim();
  if (HEADINGS.equals(bare)) return true;
  const marked = markMachine(bare);
  const m = marked === null ? null : MACHINE_HEADING.exec(marked);
  const words = m && (m[1] ?? m[2])!.trim();
  return !!words && HEADING_WORDS.foundIn(words) !== null && words.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

/** `• Bắt giữ 12 đối tượng.`: a summary's point, one short sentence; one that opens with the day it tells of is the article's lead. */
function isPoint(line: Line): boolean {
  const text = stripBullet(line.text);
  return text.length <= maxPointLength && sentenceCount(text) === 1 && findLeadDate(text) === null;
}

/**
 * The points right under the heading, up to the first line that is not one
 * or is not free, or up to the machine's note, which closes them (`noted`;
 * `note` when no rule has claimed it yet); none when
 * there are more than a summary holds. Points set with bullets are all set
 * with the same: a line without one, or with another, is not the summary's.
 */
function pointsUnder(doc: Document, heading: Line, free: (line: Line) => boolean): { points: Line[]; note?: Line; noted: boolean } {
  const points: Line[] = [];
  // `• `, `- `, `1. `: what sets a point off; a point set off otherwise, or not at all, is the next list's or the text's.
  const bullet = (line: Line) => line.text.trim().slice(0, line.text.trim().length - stripBullet(line.text).length).trim();
  for (const line of doc.lines.slice(heading.index + 1)) {
    // The site's chrome may have claimed the note (`Nội dung do AI tóm tắt`): it closes the points all the same.
    if (saysMachineMade(line.text)) return points.length > 0 && points.length <= maxPoints ? { points, ...(free(line) ? { note: line } : {}), noted: true } : { points: [], noted: false };
    if (!free(line) || !isPoint(line) || (points.length > 0 && bullet(points[0]!) !== '' && bullet(line) !== bullet(points[0]!))) break;
    points.push(line);
  }
  return { points: points.length <= maxPoints ? points : [], noted: false };
}
