/**
 * A diagnostic is a value, not a log line: what went wrong, where, and a stable
 * code that scripts and `--strict` can rely on. Bad input produces diagnostics;
 * only a bug in bantin throws.
 */
export type Severity = 'warning' | 'error';

export interface Diagnostic {
  /** Stable machine-readable code, e.g. `date-inferred`. */
  code: DiagnosticCode;
  message: string;
  severity: Severity;
  /** 1-based line in the source file, when the problem has a place. */
  line: number | null;
  /** Path of the file, relative to the articles folder. */
  file?: string;
}

/** Every code bantin emits, with what it means. Codes never change meaning. */
export const DIAGNOSTIC_CODES = {
  unreadable: 'The file could not be read from disk.',
  'not-a-file': 'A folder or a special file carries an article name; it is not an article.',
  'not-an-article': 'The file is not an article (not .txt, .md or .markdown).',
  'symlink-loop': 'A link leads back into itself.',
  'too-large': 'The file is far larger than any article.',
  binary: 'The file holds binary data (an image, a document …), not text.',
  empty: 'The file holds no text.',
  duplicate: 'The same article is in another file; that one is published.',
  'image-unreadable': 'A photo file cannot be read as an image; its figure shows a placeholder.',
  'image-unused': 'No article refers to a photo file; it was not published.',
  'encoding-converted': 'The file was not UTF-8 and was converted.',
  'encoding-invalid': 'The file had bytes that are not valid in its encoding; they were replaced.',
  'encoding-repaired': 'The text had been garbled (UTF-8 read as Windows-1252 and saved again); it was restored.',
  'html-markup': 'The file held HTML tags or character references; it was read as the text they show.',
  'markdown-marks': 'A .txt file held Markdown marks (headings, bold, italics, links); it was read as the text they mark.',
  'front-matter-invalid': 'The YAML front matter does not parse; it was ignored.',
  'front-matter-type': 'A front-matter field has the wrong type; it was ignored.',
  'front-matter-unknown': 'A front-matter field bantin does not know (a typo?); it was ignored.',
  'no-title': 'No title could be found.',
  'no-date': 'No publication date could be found.',
  'date-inferred': 'Part of the date was inferred from the body.',
  'no-author': 'No author or source could be found.',
  'no-body': 'The article has no body paragraphs.',
  'slug-collision': 'Another article has the same slug; this one got a suffix.',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function warning(code: DiagnosticCode, message: string, line: number | null = null): Diagnostic {
  return { code, message, severity: 'warning', line };
}

export function error(code: DiagnosticCode, message: string, line: number | null = null): Diagnostic {
  return { code, message, severity: 'error', line };
}
