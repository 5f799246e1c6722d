// Eleventy's configuration entry. `bantin build` runs Eleventy with this file
// after ingesting the articles; Eleventy renders the site model it is handed.
// It can also be run on its own (`npx @11ty/eleventy`): it then builds the
// site model from articles/ itself.
import { register } from 'tsx/esm/api';

register();
const { configureEleventy } = await import('./src/render/eleventy.ts');
const { currentSiteModel } = await import('./src/build/site.ts');

export default async function (eleventyConfig) {
  return configureEleventy(eleventyConfig, await currentSiteModel());
}
