import { buildSiteModel, type SiteModel } from '../render/site.ts';
import { ingestFolder, loadSiteConfig, loadStrings } from './inputs.ts';

let current: SiteModel | null = null;

/** Set by the build before it runs Eleventy, so that .eleventy.js renders what was just ingested. */
export function setCurrentSiteModel(site: SiteModel | null): void {
  current = site;
}

/**
 * The site model for .eleventy.js: the one the running build prepared, or,
 * when Eleventy is run on its own, one built here from the project folder.
 */
export async function currentSiteModel(): Promise<SiteModel> {
  if (current) return current;
  const projectDir = process.cwd();
  const config = await loadSiteConfig(projectDir);
  const { corpus } = await ingestFolder(`${projectDir}/articles`, config.timeZone);
  return buildSiteModel(corpus.records, config, await loadStrings(config.language, projectDir));
}
