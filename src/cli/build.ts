import path from 'node:path';
import { buildSite, type BuildResult } from '../build/index.ts';
import { mergeShards } from '../build/merge.ts';
import { ShardError, type ArchiveShard } from '../build/shard.ts';
import { ConfigError } from '../render/config.ts';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.ts';
import { formatDiagnostic } from './output.ts';
import type { Io } from './io.ts';

export interface BuildCommandOptions {
  articlesDir: string;
  outDir: string;
  baseUrl?: string;
  pathPrefix?: string;
  strict: boolean;
  shard?: ArchiveShard;
  /** Print each stage's start and end as it happens, on standard output. */
  stages?: boolean;
}

/** Exit codes CI can act on (documented in the README). */
export const EXIT = { ok: 0, warnings: 1, someSkipped: 2, nothingBuilt: 3, usage: 64 } as const;

/** `bantin build`: the whole site, then one summary. */
export async function build(options: BuildCommandOptions, io: Io): Promise<number> {
  const progress = progressReporter(io);
  let result: BuildResult;
  try {
    result = await buildSite({
      projectDir: process.cwd(),
      articlesDir: path.resolve(options.articlesDir),
      outDir: path.resolve(options.outDir),
      config: configOverrides(options),
      shard: options.shard,
      onProgress: progress,
      ...(options.stages ? { onStage: (stage: string, phase: string) => io.out(`stage ${stage} ${phase}`) } : {}),
    });
  } catch (e) {
    progress.done();
    if (e instanceof ConfigError) {
      io.err(`bantin: ${e.message}`);
      return EXIT.usage;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`bantin: cannot read ${(e as NodeJS.ErrnoException).path ?? options.articlesDir}: no such file or folder.`);
      return EXIT.nothingBuilt;
    }
    throw e;
  }
  progress.done();
  io.err(formatReport(result));
  const { report } = result;
  if (report.published === 0) return EXIT.nothingBuilt;
  if (report.published < report.found) return EXIT.someSkipped;
  if (options.strict && report.warnings > 0) return EXIT.warnings;
  return EXIT.ok;
}

/** `bantin merge`: the shards' outputs as one site. */
export async function merge(options: { shardDirs: string[]; outDir: string; baseUrl?: string; pathPrefix?: string }, io: Io): Promise<number> {
  try {
    const result = await mergeShards({ projectDir: process.cwd(), shardDirs: options.shardDirs, outDir: path.resolve(options.outDir), config: configOverrides(options) });
    io.err(`merged ${result.shards} shards, ${result.articles} articles, into ${options.outDir}\ntime ${result.timings.map((t) => `${t.stage} ${t.seconds.toFixed(2)} s`).join(', ')}`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ShardError || e instanceof ConfigError) {
      io.err(`bantin merge: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }
}

function configOverrides(options: { baseUrl?: string; pathPrefix?: string }) {
  return { ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}) };
}

/** The build summary: counts, problems grouped by code with file:line, time per stage, output size. */
export function formatReport(result: BuildResult): string {
  const lines: string[] = [];
  const { report } = result;
  const byCode = new Map<DiagnosticCode | string, Diagnostic[]>();
  for (const d of report.diagnostics) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  for (const [code, list] of [...byCode].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) {
    lines.push(`${list[0]!.severity === 'error' ? 'error' : 'warning'} ${code} (${list.length})`);
    for (const d of list) lines.push(`  ${formatDiagnostic(d)}`);
  }
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (report.siteText.length > 0) {
    lines.push(`site text removed from articles (${report.siteText.length}):`);
    for (const t of report.siteText) lines.push(`  in ${t.files} files: ${t.text.length > 100 ? `${t.text.slice(0, 99)}…` : t.text}`);
  }
  lines.push('');
  lines.push(`files found ${report.found}, published ${report.published}, skipped ${report.skipped}, duplicates ${report.duplicates}, warnings ${report.warnings}, errors ${errors}`);
  lines.push(`time ${result.timings.map((t) => `${t.stage} ${t.seconds.toFixed(2)} s`).join(', ')}`);
  lines.push(`pages rendered ${result.pages.rendered}, kept from the previous build ${result.pages.kept}; search index parts written ${result.indexParts.written}, kept ${result.indexParts.kept}`);
  lines.push(`output ${result.outputFiles} files, ${(result.outputBytes / 1024).toFixed(0)} KiB; report ${result.reportPath}`);
  return lines.join('\n');
}

/** A progress bar on a terminal; nothing in CI logs, where the summary says it all. */
function progressReporter(io: Io) {
  let shown = false;
  const report = (stage: string, done: number, total: number) => {
    if (!io.isTTY || total === 0) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.err(`\r${stage} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`.padEnd(60).replace(/\n$/, '') + '\u001b[0K');
    shown = true;
  };
  return Object.assign(report, { done: () => shown && io.err('\n') });
}
