import { decide, type Rule } from '../decision.ts';
import { isLongProse } from '../document.ts';
import { keyAlternatives } from '../phrases.ts';
import { foldInPlace } from '../../vietnamese/fold.ts';
import { MAX_CAPTION_LENGTH } from '../figures.ts';
import { readByline } from '../bylines.ts';
import data from '../data/figures.json' with { type: 'json' };

/** `Video: Hiện trường …`, and `(Nguồn: Facebook)` after it, on folded text: the caption (group 1) and where the video came from (group 2). */
const VIDEO_CAPTION = new RegExp(
  `^(?:${keyAlternatives(data.videoCaptions.labels)})\\s*[:：]\\s*(\\S.*?)(?:\\s*[(\\[]\\s*(?:${keyAlternatives(data.videoCaptions.creditLabels)})\\s*[:：]\\s*([^()\\[\\]]{1,60}?)\\s*[)\\]])?\\.?$`,
  'u',
);

/**
 * `Video: Hiện trường vụ cháy xe khách (Nguồn: Facebook)` among the
 * paragraphs: where a video was embedded, the page kept its caption under
 * its label, and where the video came from. The video's figure, not the
 * article's text. Only under the title: `Clip: …` at the top is the title.
 */
export const videoCaption: Rule = {
  name: 'video-caption',
  description: "An embedded video's caption under its label ('Video: …'), among the paragraphs.",
  classify(doc, decided) {
    const title = decided.first('title');
    if (!title) return [];
    return decided.free().flatMap((line) => {
      if (line.index < title.line || line.text.length > MAX_CAPTION_LENGTH || isLongProse(line)) return [];
      const m = VIDEO_CAPTION.exec(foldInPlace(line.text));
      // `Video: Hoàng Long`: who made the video, credited with the article's team (see readByline), not what it shows.
      if (!m || readByline(line.text)?.team) return [];
      // Folding keeps lengths: the match's groups are sliced from the printed line.
      const captionAt = m[0].indexOf(m[1]!);
      const caption = line.text.slice(captionAt, captionAt + m[1]!.length);
      const creditAt = m[2] ? m[0].lastIndexOf(m[2]) : -1;
      const credit = m[2] ? line.text.slice(creditAt, creditAt + m[2].length) : undefined;
      return [decide(line, 'caption', this.name, "an embedded video's caption under its label", credit ? { caption, credit } : { caption })];
    });
  },
};
