import { configureEleventy, type EleventyConfigApi, type RenderContext } from '../render/eleventy.ts';
import { pageUnits, renderSets, siteView, withBodies } from '../render/pages.ts';
import { buildSiteModel } from '../render/site.ts';
import { ingestFolder, loadSiteConfig, loadStrings } from './inputs.ts';

/**
 * Where the running build hands .eleventy.js its configuration, pages
 * chosen. A global, not this module's state: bantin compiled (see
 * bin/compiled.js) is not the instance of this module .eleventy.js would
 * import, and with the handover .eleventy.js imports nothing of bantin.
 */
const HANDOVER = Symbol.for('bantin.eleventy');
type Handover = (eleventyConfig: EleventyConfigApi) => unknown;

/** Set by the build before each Eleventy run, so that .eleventy.js renders the pages the build chose. */
export function setCurrentRender(context: RenderContext | null): void {
  (globalThis as { [HANDOVER]?: Handover })[HANDOVER] = context ? (eleventyConfig) => configureEleventy(eleventyConfig, context) : undefined;
}

/** What .eleventy.js renders when Eleventy is run on its own: the whole site, built here from the project folder. */
export async function wholeSiteRender(): Promise<RenderContext> {
  const projectDir = process.cwd();
  const config = await loadSiteConfig(projectDir);
  const { corpus } = await ingestFolder(`${projectDir}/articles`, { zone: config.timeZone });
  const site = buildSiteModel(corpus.records, config, await loadStrings(config.language, projectDir));
  const units = pageUnits(site, '');
  const render = await withBodies(site, renderSets(site, units, units.length).next().value!);
  return { site: siteView(site), render };
}
