/**
 * A document is the article text as a list of non-blank lines, each keeping its
 * line number in the file and the layout hints rules need (blank lines before
 * it, indentation).
 */
export interface Line {
  /** Position in `Document.lines`. */
  index: number;
  /** 1-based line number in the source file. */
  number: number;
  /** The line, trimmed, with runs of white space collapsed. */
  text: string;
  /** Blank lines between this line and the previous non-blank one. */
  blankBefore: number;
}

export interface Document {
  lines: Line[];
  /** Every line of the text, blank ones included, for `inspect --explain`. */
  allLines: string[];
  /** Line number in the file of the text's first line, minus one (front matter). */
  lineOffset: number;
}

export function toDocument(text: string, lineOffset = 0): Document {
  const allLines = text.split('\n');
  const lines: Line[] = [];
  let blank = 0;
  allLines.forEach((raw, i) => {
    const clean = raw.replace(/\s+/g, ' ').trim();
    if (clean === '') {
      blank++;
      return;
    }
    lines.push({ index: lines.length, number: lineOffset + i + 1, text: clean, blankBefore: lines.length === 0 ? 0 : blank });
    blank = 0;
  });
  return { lines, allLines, lineOffset };
}

const SENTENCE_END = /[.!?…:;"”')\]]$/u;

/** Ends the way a sentence or a paragraph does. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Sentences in the text, counted by their ends followed by a capital letter. */
export function sentenceCount(text: string): number {
  const inner = text.match(/[.!?…]+["”’)]?\s+(?=["“(]?\p{Lu})/gu)?.length ?? 0;
  return inner + 1;
}

/** Thresholds for telling prose from short labels, captions and bylines. */
export const PROSE_MIN_LENGTH = 200;

/** A line long enough that it can only be article prose (or a site's long description). */
export function isLongProse(line: Line): boolean {
  return line.text.length >= PROSE_MIN_LENGTH;
}
