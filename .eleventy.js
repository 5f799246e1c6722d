// Eleventy's configuration entry. `bantin build` runs Eleventy with this file
// after ingesting the articles, once per chunk of pages to render; Eleventy
// renders what it is handed. It can also be run on its own
// (`npx @11ty/eleventy`): it then builds the whole site from articles/ itself.
import { register } from 'tsx/esm/api';

register();
const { configureEleventy } = await import('./src/render/eleventy.ts');
const { currentRender } = await import('./src/build/site.ts');

export default async function (eleventyConfig) {
  return configureEleventy(eleventyConfig, await currentRender());
}
