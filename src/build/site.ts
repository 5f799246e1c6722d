import type { RenderContext } from '../render/eleventy.ts';
import { pageUnits, renderSets, siteView, withBodies } from '../render/pages.ts';
import { buildSiteModel } from '../render/site.ts';
import { ingestFolder, loadSiteConfig, loadStrings } from './inputs.ts';

let current: RenderContext | null = null;

/** Set by the build before each Eleventy run, so that .eleventy.js renders the pages the build chose. */
export function setCurrentRender(context: RenderContext | null): void {
  current = context;
}

/**
 * What .eleventy.js renders: what the running build handed over, or, when
 * Eleventy is run on its own, the whole site built here from the project
 * folder.
 */
export async function currentRender(): Promise<RenderContext> {
  if (current) return current;
  const projectDir = process.cwd();
  const config = await loadSiteConfig(projectDir);
  const { corpus } = await ingestFolder(`${projectDir}/articles`, { zone: config.timeZone });
  const site = buildSiteModel(corpus.records, config, await loadStrings(config.language, projectDir));
  const units = pageUnits(site, '');
  const render = await withBodies(site, renderSets(site, units, units.length).next().value!);
  return { site: siteView(site), render };
}
