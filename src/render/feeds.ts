import type { SiteView } from './pages.ts';
import type { ArticlePage } from './site.ts';

/** Feeds carry the newest articles only; readers poll them. */
export const FEED_SIZE = 50;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for the site. */
export function jsonFeed(site: SiteView, absolute: (url: string) => string): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.config.title,
    description: site.config.description,
    language: site.config.language,
    home_page_url: absolute('/'),
    feed_url: absolute('/feed.json'),
    items: site.latest.map((a) => ({
      id: absolute(a.url),
      url: absolute(a.url),
      title: a.title,
      summary: a.description,
      content_html: a.bodyHtml,
      date_published: a.isoDate,
      ...(a.isoUpdated ? { date_modified: a.isoUpdated } : {}),
      ...(a.authors.length > 0 ? { authors: a.authors.map((au) => ({ name: au.name, url: absolute(au.url) })) } : {}),
      tags: a.record.tags,
      ...(a.image ? { image: site.config.baseUrl + a.image.url } : {}),
      language: a.lang,
    })),
  };
  return JSON.stringify(feed, null, 2);
}

/** JSON-LD `NewsArticle` for an article page; `<` is escaped so the text cannot close the script element. */
export function newsArticleJsonLd(site: SiteView, article: ArticlePage, absolute: (url: string) => string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: article.isoDate,
    dateModified: article.isoUpdated ?? article.isoDate,
    inLanguage: article.lang,
    mainEntityOfPage: absolute(article.url),
    url: absolute(article.url),
    ...(article.sectionLink ? { articleSection: article.sectionLink.name } : {}),
    author: article.authors.length > 0 ? article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absolute(a.url) })) : { '@type': 'Organization', name: article.record.source ?? site.config.title },
    publisher: { '@type': 'Organization', name: site.config.title, url: absolute('/') },
    keywords: article.record.tags.join(', '),
    ...(article.image ? { image: { '@type': 'ImageObject', url: site.config.baseUrl + article.image.url, width: article.image.width, height: article.image.height } } : {}),
    wordCount: article.record.wordCount,
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
