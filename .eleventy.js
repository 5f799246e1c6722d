// Eleventy's configuration entry. `bantin build` runs Eleventy with this file
// after ingesting the articles, once per chunk of pages to render, and hands
// over the configuration for the pages it chose (see src/build/site.ts).
// Eleventy can also be run on its own (`npx @11ty/eleventy`): it then builds
// the whole site from articles/ itself.
const HANDOVER = Symbol.for('bantin.eleventy');

export default async function (eleventyConfig) {
  const handedOver = globalThis[HANDOVER];
  if (handedOver) return handedOver(eleventyConfig);
  (await import('tsx/esm/api')).register();
  const { configureEleventy } = await import('./src/render/eleventy.ts');
  const { wholeSiteRender } = await import('./src/build/site.ts');
  return configureEleventy(eleventyConfig, await wholeSiteRender());
}
