import type { DateValue, DayMonth } from './dates.ts';
import { isProse, type Document, type Line } from './document.ts';

/** What a line of the raw text turned out to be. */
export type LineKind =
  | 'account' // a CMS user name printed above the article
  | 'breadcrumb'
  | 'section'
  | 'title'
  | 'title-repeat'
  | 'dateline'
  | 'views'
  | 'byline'
  | 'tags'
  | 'image' // an image file name or photo placeholder
  | 'caption'
  | 'credit' // a photo credit standing alone
  | 'chrome' // the site's text, not the article's
  | 'body';

/** Values a line carries into the record. */
export interface LineFields {
  title?: string;
  /** The page's name in its trail (the last crumb, reading as a title): the title where no line prints one. */
  pageTitle?: string;
  section?: string;
  /** Where the article was written, as its dateline names it (`Vĩnh Phúc, ngày 04 tháng 12 năm 2026`). */
  place?: string;
  published?: DateValue;
  updated?: DateValue;
  /** A dateline that prints day and month only: the year is inferred from the body. */
  dayMonth?: DayMonth;
  /** The header's date of today (the day the page was copied), not the article's: the latest the article can be. */
  today?: DateValue;
  views?: number;
  author?: string;
  source?: string;
  tags?: string[];
  src?: string | null;
  caption?: string;
  credit?: string;
  /** A paragraph's text, when its line holds more than the paragraph (a label before the lead). */
  text?: string;
}

/** One rule's verdict on one line, with the reason `inspect --explain` prints. */
export interface Decision {
  line: number;
  kind: LineKind;
  rule: string;
  reason: string;
  fields?: LineFields;
  /** A byline after which the rest of the file is site text. */
  endsArticle?: boolean;
}

/** What an editor's front matter tells the rules before they run. */
export interface Hints {
  title?: string;
  /** Match keys of paragraphs the corpus stage found printed in many files: site text. */
  siteText?: ReadonlySet<string>;
}

/**
 * A rule looks at the lines not yet decided and returns decisions about some of
 * them. Rules are pure: the same document and decisions give the same answer.
 */
export interface Rule {
  name: string;
  /** One sentence: what the rule finds. */
  description: string;
  classify(doc: Document, decided: Classification, hints: Hints): Decision[];
}

/**
 * The decisions made so far, by line. The first decision about a line stands.
 * Rules ask where a line stands (at the top, under prose) of every line: the
 * answers come from counts made once per state of the decisions, so a page
 * of many lines costs in proportion to them, not to their square.
 */
export class Classification {
  private readonly byLine = new Map<number, Decision>();
  /** For each line index i, how many lines before i are not the site's, and how many are the article's prose; up to date or null. */
  private counts: { notChrome: Int32Array; prose: Int32Array } | null = null;
  private sorted: Decision[] | null = null;
  /** Which lines read as prose, whoever decides them: asked once. */
  private readonly prose: readonly boolean[];

  constructor(private readonly doc: Document) {
    this.prose = doc.lines.map(isProse);
  }

  add(decision: Decision): boolean {
    if (this.byLine.has(decision.line)) return false;
    this.byLine.set(decision.line, decision);
    this.counts = null;
    this.sorted = null;
    return true;
  }

  get(line: number): Decision | undefined {
    return this.byLine.get(line);
  }

  kindOf(line: number): LineKind | undefined {
    return this.byLine.get(line)?.kind;
  }

  isFree(line: number): boolean {
    return !this.byLine.has(line);
  }

  /** Lines no rule has decided yet, in order. */
  free(): Line[] {
    return this.doc.lines.filter((l) => !this.byLine.has(l.index));
  }

  /** Whether every line above this one is the site's (chrome): the line is at the top of the page. */
  atTop(line: number): boolean {
    return this.prefixCounts().notChrome[line] === 0;
  }

  /** How many lines above this one no rule has found to be the site's (chrome): how far down the article the line is. */
  articleLinesAbove(line: number): number {
    return this.prefixCounts().notChrome[line]!;
  }

  /**
   * A paragraph of the article's running text: prose no rule has found to be
   * the site's or a copying tool's. A long notice over the page (a search
   * engine's cache banner) reads as prose, and would otherwise be taken for
   * where the article begins.
   */
  isArticleProse(line: Line): boolean {
    return this.prose[line.index]! && this.kindOf(line.index) !== 'chrome';
  }

  /** How many lines above this one are the article's prose. */
  articleProseAbove(line: number): number {
    return this.prefixCounts().prose[line]!;
  }

  /** Whether any line above this one is the article's prose. */
  proseAbove(line: number): boolean {
    return this.articleProseAbove(line) > 0;
  }

  /** Whether any line below this one is the article's prose. */
  proseBelow(line: number): boolean {
    const { prose } = this.prefixCounts();
    return prose[this.doc.lines.length]! - prose[Math.min(line + 1, this.doc.lines.length)]! > 0;
  }

  /** The first decided line of a kind. */
  first(kind: LineKind): Decision | undefined {
    return this.inOrder().find((d) => d.kind === kind);
  }

  /** All decisions in line order. */
  all(): Decision[] {
    return [...this.inOrder()];
  }

  private inOrder(): readonly Decision[] {
    return (this.sorted ??= [...this.byLine.values()].sort((a, b) => a.line - b.line));
  }

  private prefixCounts(): { notChrome: Int32Array; prose: Int32Array } {
    if (this.counts) return this.counts;
    const lines = this.doc.lines;
    const notChrome = new Int32Array(lines.length + 1);
    const prose = new Int32Array(lines.length + 1);
    for (let i = 0; i < lines.length; i++) {
      const chrome = this.kindOf(i) === 'chrome';
      notChrome[i + 1] = notChrome[i]! + (chrome ? 0 : 1);
      prose[i + 1] = prose[i]! + (!chrome && this.prose[i] ? 1 : 0);
    }
    return (this.counts = { notChrome, prose });
  }
}

export function decide(line: Line, kind: LineKind, rule: string, reason: string, fields?: LineFields): Decision {
  return fields ? { line: line.index, kind, rule, reason, fields } : { line: line.index, kind, rule, reason };
}
