import type { SiteTextLine } from '../corpus/site-text.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** What became of one input file. */
export interface FileOutcome {
  file: string;
  status: 'published' | 'skipped' | 'duplicate';
  /** The diagnostic code that decided it, for skipped files. */
  code?: string;
  reason?: string;
  line?: number | null;
  /** For duplicates: the file published instead, and how alike they are (1: the same paragraphs). */
  duplicateOf?: string;
  similarity?: number;
  /** For published files: the page's address on the site. */
  url?: string;
}

/** The machine-readable build report (.bantin/report.json). The counts add up to `found`. */
export interface BuildReport {
  found: number;
  published: number;
  skipped: number;
  duplicates: number;
  warnings: number;
  files: FileOutcome[];
  /** Editor and OS debris and photos beside the articles: not articles, not counted. */
  ignored: string[];
  /** Paragraphs printed in many files, removed from the articles as the site's own text. */
  siteText: SiteTextLine[];
  diagnostics: Diagnostic[];
}

export function makeReport(outcomes: FileOutcome[], ignored: string[], siteText: SiteTextLine[], diagnostics: Diagnostic[]): BuildReport {
  const count = (status: FileOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return {
    found: outcomes.length,
    published: count('published'),
    skipped: count('skipped'),
    duplicates: count('duplicate'),
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    files: [...outcomes].sort((a, b) => (a.file < b.file ? -1 : 1)),
    ignored,
    siteText,
    diagnostics,
  };
}
