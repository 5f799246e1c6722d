import matter from 'gray-matter';
import YAML from 'yaml';
import { warning, type Diagnostic } from '../diagnostics.ts';

export interface FrontMatterSplit {
  /** Fields the editor wrote; empty when there is no front matter or it does not parse. */
  data: Record<string, unknown>;
  /** The text after the front matter. */
  content: string;
  /** The file line of each top-level key, to point at a bad value. */
  keyLines: Record<string, number>;
  /** How many lines of the file the front matter took (to map body lines to file lines). */
  lineOffset: number;
  diagnostics: Diagnostic[];
}

/**
 * Splits YAML front matter off with gray-matter. YAML is parsed with the core
 * schema, so `date: 2022-10-17` stays the string the editor wrote instead of
 * becoming a UTC timestamp. A block that does not parse is reported and
 * skipped; the article is still read.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  // Only a line of exactly three dashes opens front matter; gray-matter would read '--- x' as a language name.
  if (!/^---[ \t]*(\n|$)/.test(text)) return { data: {}, content: text, keyLines: {}, lineOffset: 0, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const keyLines: Record<string, number> = {};
  const parsed = matter(text, {
    engines: {
      yaml: (source: string) => {
        try {
          const lineCounter = new YAML.LineCounter();
          const doc = YAML.parseDocument(source, { schema: 'core', uniqueKeys: true, lineCounter });
          if (doc.errors.length > 0) throw doc.errors[0];
          const value: unknown = doc.toJS();
          if (YAML.isMap(doc.contents)) {
            for (const pair of doc.contents.items) {
              // gray-matter hands over the block with the newline after '---', so YAML lines are file lines.
              if (YAML.isScalar(pair.key) && pair.key.range) keyLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line;
            }
          }
          if (value === null || value === undefined) return {};
          if (typeof value !== 'object' || Array.isArray(value)) {
            diagnostics.push(warning('front-matter-invalid', 'The front matter is not a list of `key: value` fields; it was ignored.', 2));
            return {};
          }
          return value as Record<string, unknown>;
        } catch (e) {
          diagnostics.push(yamlDiagnostic(e));
          return {};
        }
      },
    },
  });
  const lineOffset = countNewlines(text.slice(0, text.length - parsed.content.length));
  return { data: parsed.data, content: parsed.content, keyLines, lineOffset, diagnostics };
}

function yamlDiagnostic(e: unknown): Diagnostic {
  // The block starts with the newline after '---', so YAML lines are file lines.
  const linePos = e instanceof YAML.YAMLError ? e.linePos?.[0]?.line : undefined;
  const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return warning('front-matter-invalid', `The front matter does not parse (${reason}); it was ignored. Fix the YAML between the two '---' lines.`, linePos ?? 1);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
