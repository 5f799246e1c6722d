// The Eleventy packages ship JavaScript without type declarations; these
// declare the small part bantin calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { configPath?: string; quietMode?: boolean; pathPrefix?: string; config?: (eleventyConfig: unknown) => void });
    /** Passthrough copies, then one result per file written (`outputPath` false for a template with no output). */
    write(): Promise<[unknown, { outputPath: string | false }[]]>;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: (eleventyConfig: unknown) => void;
  export default rssPlugin;
  export function dateToRfc822(date: Date): string;
  export function dateToRfc3339(date: Date): string;
}

declare module '@11ty/eleventy-img' {
  interface ImageFunction {
    (src: string, options: Record<string, unknown>): Promise<Record<string, { url: string; filename: string; width: number; height: number }[]>>;
    generateHTML(metadata: unknown, attributes: Record<string, string>): string;
  }
  const Image: ImageFunction;
  export default Image;
}
