/** A processed photo, ready for the templates: responsive HTML and the sizes other pages need. */
export interface Picture {
  /** `<picture>` with AVIF, WebP and JPEG sources, srcset, sizes, width and height. */
  html: string;
  /** A small JPEG for list pages and search results. */
  thumbnail: { url: string; width: number; height: number };
  /** The largest JPEG, for Open Graph and JSON-LD. */
  large: { url: string; width: number; height: number };
}

/** Article file → a picture for each figure that has a usable photo. */
export type PictureMap = Map<string, (Picture | null)[]>;
