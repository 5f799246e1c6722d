import { error, warning, type Diagnostic } from '../diagnostics.ts';
import type { ArticleRecord } from '../record.ts';
import type { Source } from '../read/index.ts';
import { slugify } from '../vietnamese/slug.ts';
import { assemble, bodyMarkdown, type Draft } from './assemble.ts';
import { formatDate, VIETNAM_ZONE, type DateValue } from './dates.ts';
import { Classification, type Decision, type Hints } from './decision.ts';
import { toDocument, type Document } from './document.ts';
import { dateFromAddress, dateFromPath, dateFromTitle, monthFirstDate, resolveDate, type ResolvedDate } from './fields/date.ts';
import { findEntities, mergeTags } from './fields/entities.ts';
import type { FieldNote } from './fields/note.ts';
import { readOverrides } from './fields/overrides.ts';
import { detectLanguage } from './language.ts';
import { countSyllables } from './letters.ts';
import { readMarkdown } from './markdown-source.ts';
import { LINE_RULES } from './rules/index.ts';

export interface ExtractOptions {
  /** IANA zone printed times are in. */
  zone?: string;
  /** Corpus-level facts: paragraphs the archive prints in many files. */
  siteText?: ReadonlySet<string>;
}

/** What extraction made of one file: the record (null when it cannot be published), and why. */
export interface Extraction {
  record: ArticleRecord | null;
  document: Document;
  decisions: Decision[];
  notes: FieldNote[];
  diagnostics: Diagnostic[];
}

/**
 * No article runs near this many lines of text (a long report, hundreds of
 * paragraphs with their captions, has a few thousand): a file this long is a
 * list or a dump. Its lines are not read by the rules, some of which ask of
 * each line about the lines around it.
 */
export const MAX_ARTICLE_LINES = 10_000;

/**
 * Source → record. The line rules classify every line; the decisions are
 * folded into a draft; record-level fields (date, entities, slug, language)
 * are worked out from it; the editor's front matter overrides the result.
 */
export function extractRecord(source: Source, options: ExtractOptions = {}): Extraction {
  const zone = options.zone ?? VIETNAM_ZONE;
  const document = toDocument(source.text, source.lineOffset, source.emphasised);
  // Bytes that are not text are not guessed at.
  if (source.diagnostics.some((d) => d.severity === 'error')) return { record: null, document, decisions: [], notes: [], diagnostics: source.diagnostics };
  if (document.lines.length === 0) {
    const empty = error('empty', 'The file holds no text; it was skipped.', null);
    return { record: null, document, decisions: [], notes: [], diagnostics: [...source.diagnostics, empty] };
  }
  if (document.lines.length > MAX_ARTICLE_LINES) {
    const long = error('too-large', `The file has ${document.lines.length} lines of text; articles have at most ${MAX_ARTICLE_LINES}. It was skipped: check that it is an article.`, null);
    return { record: null, document, decisions: [], notes: [], diagnostics: [...source.diagnostics, long] };
  }
  const { overrides, diagnostics: fmDiagnostics } = readOverrides(source.frontMatter, source.frontMatterLines, zone);
  const hints: Hints = { ...(overrides.title ? { title: overrides.title } : {}), ...(options.siteText ? { siteText: options.siteText } : {}) };
  const decisions = source.format === 'markdown' ? readMarkdown(document, hints) : classify(document, hints);
  const draft = assemble(document, decisions);
  const diagnostics: Diagnostic[] = [...source.diagnostics, ...fmDiagnostics];
  const notes: FieldNote[] = [];

  const lang = overrides.lang ?? detectLanguage(draft.paragraphs.map((p) => p.text).join(' '));
  const read = (date: DateValue | undefined) => (date && lang === 'en' ? englishReading(date, draft, decisions, document) : date);
  const fromText = resolveDate(read(draft.published), read(draft.updated), draft.paragraphs, { dayMonth: draft.dayMonth, captions: draft.figures.map((f) => f.caption), today: draft.today });
  const title = overrides.title ?? draft.title ?? draft.pageTitle ?? null;
  const resolved = fromText.date ? fromText : (dateOutsideText(document, decisions, draft, title, source.file) ?? fromText);
  if (resolved.note) notes.push(resolved.note);
  const date = overrides.date ?? (resolved.date ? formatDate(resolved.date, zone) : null);
  const dateInferred = overrides.date === undefined && resolved.inferred;
  if (dateInferred) diagnostics.push(warning('date-inferred', `${resolved.note?.reason ?? 'The date was inferred'}. Check it, or set 'date:' in front matter.`, resolved.note?.line ?? null));
  if (!title) diagnostics.push(error('no-title', "No title found. Put the title on the first line, or set 'title:' in front matter.", document.lines[0]?.number ?? 1));
  if (!date) diagnostics.push(error('no-date', "No publication date found. Add a date line under the title, or set 'date:' in front matter.", draft.titleLine));
  if (draft.paragraphs.length === 0) diagnostics.push(error('no-body', 'The article has no body paragraphs.', null));

  // The dateline's place (`Vĩnh Phúc, ngày …`) is named too: where the article was written.
  const texts = [title ?? '', draft.place ?? '', ...draft.paragraphs.map((p) => p.text), ...draft.figures.map((f) => f.caption)];
  const entities = findEntities(texts);
  const people = overrides.people ?? entities.people;
  const places = overrides.places ?? entities.places;
  const author = overrides.author !== undefined ? overrides.author : draft.author;
  const sourceName = overrides.source !== undefined ? overrides.source : draft.source;
  if (author === null && sourceName === null) diagnostics.push(warning('no-author', "No byline found. Set 'author:' in front matter if the article has one.", null));

  if (!title || !date || draft.paragraphs.length === 0) return { record: null, document, decisions, notes, diagnostics };
  const figures = overrides.figures ?? draft.figures;
  const record: ArticleRecord = {
    file: source.file,
    slug: overrides.slug ?? (slugify(title) || slugify(source.file.replace(/\.[^.]+$/, '')) || 'bai-viet'),
    lang,
    title,
    date,
    dateInferred,
    updated: overrides.updated !== undefined ? overrides.updated : resolved.updated ? formatDate(resolved.updated, zone) : null,
    author,
    source: sourceName,
    section: overrides.section !== undefined ? overrides.section : draft.section,
    views: overrides.views !== undefined ? overrides.views : draft.views,
    tags: overrides.tags ?? mergeTags(draft.tags, people, places),
    figures,
    lead: leadOf(draft.paragraphs.map((p) => p.text)),
    paragraphs: draft.paragraphs.map((p) => p.text),
    body: bodyMarkdown(draft),
    people,
    places,
    wordCount: countWords(draft),
    warnings: [],
  };
  record.warnings = diagnostics.map((d) => ({ code: d.code, message: d.message, line: d.line }));
  return { record, document, decisions, notes, diagnostics };
}

/**
 * When the text dates nothing, in order of trust: the page's own address
 * printed with the copy (its lines, not the text's links), the day a
 * bulletin's title names, the file's name.
 */
function dateOutsideText(document: Document, decisions: readonly Decision[], draft: Draft, title: string | null, file: string): ResolvedDate | null {
  const pageLines = decisions.filter((d) => d.kind !== 'body' && d.kind !== 'caption').map((d) => document.lines[d.line]!);
  return dateFromAddress(pageLines) ?? (title ? dateFromTitle({ text: title, line: draft.titleLine }, draft.paragraphs) : null) ?? dateFromPath(file);
}

/** Runs the line rules in order; each line keeps the first decision made about it. */
export function classify(document: Document, hints: Hints = {}): Decision[] {
  const decided = new Classification(document);
  for (const rule of LINE_RULES) {
    for (const decision of rule.classify(document, decided, hints)) decided.add(decision);
  }
  return decided.all();
}

/**
 * The first paragraph, as a summary of the article: not a note in brackets
 * above it (`(Bài 2 trong loạt bài …)`, an editor's note), which says what
 * the article is part of, not what it says.
 */
export function leadOf(paragraphs: readonly string[]): string {
  return paragraphs.find((p) => !/^\([^()]*\)\.?$/u.test(p)) ?? paragraphs[0]!;
}

function countWords(draft: Draft): number {
  return draft.paragraphs.reduce((n, p) => n + countSyllables(p.text), 0);
}

/**
 * A dateline's date as an English page means it: printed in digits month
 * first where the text's months say so (see monthFirstDate).
 */
function englishReading(date: DateValue, draft: Draft, decisions: readonly Decision[], document: Document): DateValue {
  const same = (d: DateValue | undefined) => !!d && d.year === date.year && d.month === date.month && d.day === date.day;
  const dateline = decisions.find((d) => same(d.fields?.published) || same(d.fields?.updated));
  const body = draft.paragraphs.map((p) => p.text).join('\n');
  return (dateline && monthFirstDate(date, document.lines[dateline.line]!.text, body)) || date;
}
