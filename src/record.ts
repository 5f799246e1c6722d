/**
 * The structured record one article file becomes: the contract described by
 * `article.schema.json` and printed by `bantin inspect --json`.
 */
export interface Figure {
  /** Image file name or token as printed (e.g. `IMGP0713`); null when only a caption survived. */
  src: string | null;
  caption: string;
  credit: string | null;
}

export interface RecordWarning {
  code: string;
  message: string;
  line: number | null;
}

export interface ArticleRecord {
  /** Path of the source file, relative to the articles folder. */
  file: string;
  slug: string;
  lang: string;
  title: string;
  /** `YYYY-MM-DD`, or ISO 8601 with the +07:00 offset when a time is known. */
  date: string;
  dateInferred: boolean;
  updated: string | null;
  author: string | null;
  source: string | null;
  section: string | null;
  views: number | null;
  tags: string[];
  figures: Figure[];
  lead: string;
  paragraphs: string[];
  /** Markdown; `![](#figure-N)` marks where the Nth figure stood. */
  body: string;
  people: string[];
  places: string[];
  wordCount: number;
  warnings: RecordWarning[];
}
