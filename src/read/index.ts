import type { Diagnostic } from '../diagnostics.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownMarksToText } from './markdown-marks.ts';
import { markupToText } from './markup.ts';
import { normalizeText } from './normalize.ts';

/** `text`: a raw copied page, cleaned by extraction; `markdown`: authored content, taken as written. */
export type SourceFormat = 'text' | 'markdown';

/** One article file, read: decoded, normalised, its front matter split off. */
export interface Source {
  /** Path relative to the articles folder (or as given on the command line). */
  file: string;
  format: SourceFormat;
  encoding: Encoding;
  /** The text after the front matter, normalised. */
  text: string;
  /** Line number in the file of `text`'s first line, minus one. */
  lineOffset: number;
  frontMatter: Record<string, unknown>;
  /** The file line of each front-matter key. */
  frontMatterLines: Record<string, number>;
  /** File lines a raw copy set wholly in italics (`*…*`), as some pages set photos' captions. */
  emphasised: number[];
  diagnostics: Diagnostic[];
}

export function readSource(file: string, bytes: Uint8Array): Source {
  const decoded = decodeBytes(bytes);
  const split = splitFrontMatter(normalizeText(decoded.text));
  const format: SourceFormat = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text';
  // Markdown is authored (and its HTML sanitised when rendered); a raw copy's tags are debris of the page it came from.
  const shown = format === 'text' ? textShown(split.content, split.lineOffset) : { text: split.content, diagnostics: [], emphasised: [] };
  return {
    file,
    format,
    encoding: decoded.encoding,
    // Decoded references (`&nbsp;`) are put in the same form as the rest.
    text: shown.text === split.content ? shown.text : normalizeText(shown.text),
    lineOffset: split.lineOffset,
    frontMatter: split.data,
    frontMatterLines: split.keyLines,
    emphasised: shown.emphasised,
    diagnostics: [...decoded.diagnostics, ...split.diagnostics, ...shown.diagnostics],
  };
}

/** A raw copy's text as its page showed it, without HTML tags or Markdown marks. */
function textShown(content: string, lineOffset: number): { text: string; diagnostics: Diagnostic[]; emphasised: number[] } {
  const html = markupToText(content, lineOffset);
  const markdown = markdownMarksToText(html.text, lineOffset);
  return { text: markdown.text, diagnostics: [...html.diagnostics, ...markdown.diagnostics], emphasised: markdown.emphasised };
}
