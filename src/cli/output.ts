import YAML from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import type { Extraction } from '../extract/index.ts';
import type { ArticleRecord } from '../record.ts';

/** `file:line  code  message`, the way compilers print problems, so editors can jump to them. */
export function formatDiagnostic(d: Diagnostic, file = d.file ?? ''): string {
  const where = d.line ? `${file}:${d.line}` : file;
  return `${where}  ${d.severity} ${d.code}  ${d.message}`;
}

/**
 * A record as a Markdown file with YAML front matter: what an editor would
 * save to correct it. Lead and paragraphs are the body; they are not repeated.
 */
export function formatRecordAsMarkdown(record: ArticleRecord): string {
  const { body, lead: _lead, paragraphs: _paragraphs, warnings: _warnings, ...fields } = record;
  return `---\n${YAML.stringify(fields, { lineWidth: 0 })}---\n\n${body}\n`;
}

const KIND_WIDTH = 13;
const TEXT_WIDTH = 72;

/** Every line of the file with the rule that classified it and why (`inspect --explain`). */
export function formatExplanation(extraction: Extraction, file: string): string {
  const { document, decisions, notes } = extraction;
  const byNumber = new Map(decisions.map((d) => [document.lines[d.line]!.number, d]));
  const joinedTo = new Map(document.lines.flatMap((l) => l.joined.map((n) => [n, l.number] as const)));
  const out: string[] = [`# ${file}`];
  for (let n = 1; n <= document.lineOffset; n++) out.push(`${String(n).padStart(4)}  ${'front-matter'.padEnd(KIND_WIDTH)}`);
  document.allLines.forEach((raw, i) => {
    const number = document.lineOffset + i + 1;
    const d = byNumber.get(number);
    const text = raw.replace(/\s+/g, ' ').trim();
    const into = joinedTo.get(number);
    if (into !== undefined) {
      out.push(`${String(number).padStart(4)}  ${'(joined)'.padEnd(KIND_WIDTH)}${truncate(text, TEXT_WIDTH)}`);
      out.push(`${' '.repeat(6 + KIND_WIDTH)}└ continues line ${into}: it goes on with a lower-case word where that line stopped mid-sentence`);
      return;
    }
    if (!d) {
      out.push(`${String(number).padStart(4)}`);
      return;
    }
    out.push(`${String(number).padStart(4)}  ${d.kind.padEnd(KIND_WIDTH)}${truncate(text, TEXT_WIDTH)}`);
    out.push(`${' '.repeat(6 + KIND_WIDTH)}└ ${d.rule}: ${d.reason}`);
  });
  if (notes.length > 0) out.push('', 'Fields:');
  for (const note of notes) out.push(`  ${note.field} (${note.rule}${note.line ? `, line ${note.line}` : ''}): ${note.reason}`);
  return out.join('\n');
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
