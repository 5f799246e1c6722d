import path from 'node:path';
import { ingestFile } from '../build/ingest.ts';
import { formatDiagnostic, formatExplanation, formatRecordAsMarkdown } from './output.ts';
import type { Io } from './io.ts';

export interface InspectOptions {
  files: string[];
  json: boolean;
  explain: boolean;
  /** Paths inside this folder are reported relative to it, as the build does. */
  articlesDir: string;
}

/**
 * `bantin inspect FILE… [--json | --explain]`. Exit code 0 when every file
 * gives a record, 1 when any cannot be published (its errors say why).
 */
export async function inspect(options: InspectOptions, io: Io): Promise<number> {
  let failed = false;
  const results = [];
  for (const given of options.files) {
    const absolute = path.resolve(given);
    const ingested = await ingestFile(absolute, displayPath(absolute, given, options.articlesDir));
    const { file, extraction, readError } = ingested;
    if (readError || !extraction?.record) failed = true;
    const diagnostics = readError ? [readError] : extraction!.diagnostics;
    if (options.json) {
      results.push(extraction?.record ?? { file, errors: diagnostics.map(({ code, message, line }) => ({ code, message, line })) });
      continue;
    }
    if (options.explain && extraction) io.out(formatExplanation(extraction, file) + '\n');
    else if (extraction?.record) io.out(formatRecordAsMarkdown(extraction.record));
    for (const d of diagnostics) io.err(formatDiagnostic(d, file));
  }
  if (options.json) io.out(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

/** Relative to the articles folder when inside it; otherwise as the user typed it. */
function displayPath(absolute: string, given: string, articlesDir: string): string {
  const relative = path.relative(path.resolve(articlesDir), absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : given).split(path.sep).join('/');
}
