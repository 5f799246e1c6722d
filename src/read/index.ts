import type { Diagnostic } from '../diagnostics.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { splitFrontMatter } from './front-matter.ts';
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
  diagnostics: Diagnostic[];
}

export function readSource(file: string, bytes: Uint8Array): Source {
  const decoded = decodeBytes(bytes);
  const split = splitFrontMatter(normalizeText(decoded.text));
  return {
    file,
    format: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text',
    encoding: decoded.encoding,
    text: split.content,
    lineOffset: split.lineOffset,
    frontMatter: split.data,
    frontMatterLines: split.keyLines,
    diagnostics: [...decoded.diagnostics, ...split.diagnostics],
  };
}
