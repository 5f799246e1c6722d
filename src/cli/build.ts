import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestFile, listArticleFiles } from '../build/ingest.ts';
import { buildCorpus } from '../corpus/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import { formatDiagnostic } from './output.ts';
import type { Io } from './io.ts';

export interface BuildOptions {
  articlesDir: string;
  strict: boolean;
}

/** Exit codes CI can act on. */
export const EXIT = { ok: 0, warnings: 1, someSkipped: 2, nothingBuilt: 3 } as const;

/** `bantin build`: ingest every article and report. */
export async function build(options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const dir = path.resolve(options.articlesDir);
  let files: string[];
  try {
    files = await listArticleFiles(dir);
  } catch (e) {
    io.err(`bantin: cannot read the articles folder ${options.articlesDir} (${(e as NodeJS.ErrnoException).code ?? e}).`);
    return EXIT.nothingBuilt;
  }
  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const { extraction, readError } = await ingestFile(path.join(dir, file), file);
    if (readError) diagnostics.push(readError);
    if (extraction) diagnostics.push(...extraction.diagnostics.map((d) => ({ ...d, file })));
    if (extraction?.record) records.push(extraction.record);
    else skipped.push(file);
  }
  const corpus = buildCorpus(records);
  diagnostics.push(...corpus.diagnostics);

  for (const d of diagnostics) io.err(formatDiagnostic(d));
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.err(`${files.length} files found, ${corpus.records.length} published, ${skipped.length} skipped, ${warnings} warnings (${seconds} s).`);
  if (corpus.records.length === 0) return EXIT.nothingBuilt;
  if (skipped.length > 0) return EXIT.someSkipped;
  if (options.strict && warnings > 0) return EXIT.warnings;
  return EXIT.ok;
}
