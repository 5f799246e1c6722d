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
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: NunjucksLibrary; environment: unknown }) => void): void;
  addExtension(extension: string, options: { compile: (source: string, inputPath: string) => (data: unknown) => Promise<string> }): void;
}

/** The part of the Nunjucks library Eleventy hands over that bantin uses. */
interface NunjucksLibrary {
  Template: new (source: string, environment: unknown, path: string, eagerCompile: boolean) => NunjucksTemplate;
}
interface NunjucksTemplate {
  render(data: unknown, done: (error: Error | null, output: string) => void): void;
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
  compileNunjucksOncePerRun(eleventyConfig);

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

/**
 * Eleventy 3.1 leaves Nunjucks out of its compile cache and makes a new
 * Nunjucks template for every page it paginates, so a template was compiled
 * once per page: a quarter of the render stage. Here each template is
 * compiled once per Eleventy run, with Eleventy's own Nunjucks environment
 * (its loaders, filters and options), and rendered as Eleventy would.
 * The cache lives and dies with the run: the next run has another
 * environment, with that run's filters.
 */
function compileNunjucksOncePerRun(eleventyConfig: EleventyConfigApi): void {
  let engine: { nunjucks: NunjucksLibrary; environment: unknown } | null = null;
  eleventyConfig.on('eleventy.engine.njk', (given) => (engine = given));
  const templates = new Map<string, NunjucksTemplate>();
  eleventyConfig.addExtension('njk', {
    compile(source, inputPath) {
      const key = `${inputPath}\0${source}`;
      let template = templates.get(key);
      if (!template) {
        if (!engine) throw new Error('Eleventy did not hand over its Nunjucks environment');
        template = new engine.nunjucks.Template(source, engine.environment, inputPath, false);
        templates.set(key, template);
      }
      const compiled = template;
      return (data) => new Promise((resolve, reject) => compiled.render(data, (error, output) => (error ? reject(error) : resolve(output))));
    },
  });
}
