import rssPlugin, { dateToRfc822 } from '@11ty/eleventy-plugin-rss';
import { jsonFeed, newsArticleJsonLd } from './feeds.ts';
import type { RenderSet, SiteView } from './pages.ts';
import type { ArticlePage } from './site.ts';
import { text } from './strings.ts';

/** The part of Eleventy's configuration API bantin uses. */
export interface EleventyConfigApi {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
}

/** What one Eleventy run is handed: the site's shared data and the pages to render. */
export interface RenderContext {
  site: SiteView;
  render: RenderSet;
}

/**
 * Eleventy renders, and only renders: the site's data and the pages of this
 * run arrive as global data, already computed; filters format, they never
 * extract.
 */
export function configureEleventy(eleventyConfig: EleventyConfigApi, { site, render }: RenderContext) {
  const prefix = site.config.pathPrefix.replace(/\/$/, '');
  const absolute = (url: string) => `${site.config.baseUrl}${prefix}${url.startsWith('/') ? url : `/${url}`}`;

  eleventyConfig.addGlobalData('site', site);
  eleventyConfig.addGlobalData('t', site.strings);
  eleventyConfig.addGlobalData('render', render);
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, trimBlocks: true, lstripBlocks: true, throwOnUndefined: false });

  eleventyConfig.addFilter('absolute', (url: string) => absolute(url));
  eleventyConfig.addFilter('tr', (key: string, values: Record<string, string | number> = {}) => text(site.strings, key, values));
  eleventyConfig.addFilter('rfc822', (iso: string) => dateToRfc822(new Date(iso)));
  eleventyConfig.addFilter('limit', <T>(items: T[], n: number) => items.slice(0, n));
  eleventyConfig.addFilter('jsonFeed', () => jsonFeed(site, absolute));
  eleventyConfig.addFilter('jsonLd', (article: ArticlePage) => newsArticleJsonLd(site, article, absolute));

  return {
    dir: { includes: '_includes' },
    templateFormats: ['njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
    pathPrefix: site.config.pathPrefix,
  };
}
