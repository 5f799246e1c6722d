import { derivedDigest } from '../content-digest.ts';
import type { ArticleEntry } from '../render/site.ts';
import { VocabularyBuilder } from './vocabulary.ts';

/** What Pagefind indexes of one article: its title and body, never the page's navigation or lists. */
export interface SearchDocument {
  url: string;
  /**
   * The title, then the paragraphs: the record's own strings. They are joined
   * (see documentContent) only where a document is indexed or its words
   * counted, a part at a time: the whole archive's text joined at once would
   * be held twice (800 MB more at 100,000 articles).
   */
  text: readonly string[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** `pathPrefix` is part of result URLs: Pagefind links records exactly as given. */
export function searchDocument(article: ArticleEntry, pathPrefix = '/'): SearchDocument {
  const r = article.record;
  const caption = r.figures.find((f) => f.caption)?.caption;
  const list = (xs: (string | null | undefined)[]) => xs.filter((x): x is string => !!x);
  const meta: Record<string, string> = { title: r.title, date: article.shortDate, published: article.isoDate };
  if (caption) meta.caption = caption;
  if (article.thumbnail) {
    meta.image = article.thumbnail.url;
    meta.image_alt = caption ?? r.title;
  }
  const described: Omit<SearchDocument, 'text'> = {
    url: `${pathPrefix.replace(/\/$/, '')}${article.url}`,
    meta,
    filters: {
      year: [article.date.slice(0, 4)],
      section: list([article.sectionLink?.name]),
      author: article.authors.map((a) => a.name),
      person: article.people.map((p) => p.name),
      place: article.places.map((p) => p.name),
      tag: article.tags.map((t) => t.name),
    },
    sort: { date: article.isoDate },
  };
  // The text is asked of the record only where the document is indexed or its words counted: a
  // record read back from the cache reads its text then (see RecordCache).
  const document: SearchDocument = {
    url: described.url,
    meta,
    filters: described.filters,
    sort: described.sort,
    get text() {
      return [r.title, ...r.paragraphs];
    },
  };
  // The text is the record's title and paragraphs, which the record's digest (made at
  // extraction, cached) covers already: the index parts' digests need not serialise an
  // archive's text again on every build.
  derivedDigest(document, r, described);
  return document;
}

/** The text Pagefind indexes: paragraphs apart, so that no phrase spans two. */
export function documentContent(document: SearchDocument): string {
  return document.text.join('\n\n');
}

/** The words the client restores diacritics from, counted: exactly the text that is indexed. */
export function countVocabulary(documents: Iterable<SearchDocument>): VocabularyBuilder {
  const builder = new VocabularyBuilder();
  for (const d of documents) builder.add(documentContent(d));
  return builder;
}

export function searchDocuments(articles: readonly ArticleEntry[], pathPrefix = '/'): SearchDocument[] {
  return articles.map((a) => searchDocument(a, pathPrefix));
}
