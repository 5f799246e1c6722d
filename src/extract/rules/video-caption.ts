import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { endsLikeSentence, isLongProse, isProse, type Document, type Line } from '../document.ts';
import { keyAlternatives, PhraseList } from '../phrases.ts';
import { foldInPlace } from '../../vietnamese/fold.ts';
import { MAX_CAPTION_LENGTH } from '../figures.ts';
import { readByline } from '../bylines.ts';
import { HEADERS } from './site-chrome.ts';
import data from '../data/figures.json' with { type: 'json' };
import chrome from '../data/chrome.json' with { type: 'json' };

/** `Video: Hiện trường …`, and `(Nguồn: Facebook)` after it, on folded text: the caption (group 1) and where the video came from (group 2). */
const VIDEO_CAPTION = new RegExp(
  `^(?:${keyAlternatives(data.videoCaptions.labels)})\\s*[:：]\\s*(\\S.*?)(?:\\s*[(\\[]\\s*(?:${keyAlternatives(data.videoCaptions.creditLabels)})\\s*[:：]\\s*([^()\\[\\]]{1,60}?)\\s*[)\\]])?\\.?$`,
  'u',
);

/** `Xem video:` alone on its line, over the video's caption. */
const LABEL_ALONE = new RegExp(`^(?:${keyAlternatives(data.videoCaptions.labels)})\\s*[:：]$`, 'u');
/** `Nguồn video: Fanpage Công an Nghệ An` under the caption: its label (group 1) and where the video came from (group 2). */
const CREDIT_LINE = new RegExp(`^[(\\[]?\\s*(${keyAlternatives(data.videoCaptions.creditLabels)})\\s*[:：]\\s*([^()\\[\\]]{1,60}?)\\s*[)\\]]?\\.?$`, 'u');
const ARTICLE_CREDIT_LABELS = new PhraseList(data.videoCaptions.articleCreditLabels);

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
    // `Xem video:` alone on its line (the site's words, maybe decided so already) over the video's caption.
    const underLabels = doc.lines.slice(title.line + 1).flatMap((line) => labelOverCaption(doc, line, decided));
    const claimed = new Set(underLabels.map((d) => d.line));
    return [...underLabels, ...decided.free().flatMap((line) => {
      if (claimed.has(line.index) || line.index < title.line || line.text.length > MAX_CAPTION_LENGTH || isLongProse(line)) return [];
      const m = VIDEO_CAPTION.exec(foldInPlace(line.text));
      // `Video khác` over `Clip: …` over `Clip: …`: other videos' headlines in the site's block, not this one's caption.
      if (m && underSiteBlock(doc, decided, line)) return [];
      // `Video: Hoàng Long`: who made the video, credited with the article's team (see readByline), not what it shows.
      if (!m || readByline(line.text)?.team) return [];
      // Folding keeps lengths: the match's groups are sliced from the printed line.
      const captionAt = m[0].indexOf(m[1]!);
      const caption = line.text.slice(captionAt, captionAt + m[1]!.length);
      const creditAt = m[2] ? m[0].lastIndexOf(m[2]) : -1;
      const credit = m[2] ? line.text.slice(creditAt, creditAt + m[2].length) : undefined;
      // `Nguồn: VTV` on the line under it, when the caption's line names none: the video's source, not the article's.
      const under = credit ? [] : creditUnder(doc, decided, line, `the video's caption at line ${line.number}`);
      under.forEach((d) => claimed.add(d.line));
      return [decide(line, 'caption', this.name, "an embedded video's caption under its label", credit ? { caption, credit } : { caption }), ...under];
    })];
  },
};

/** Headings of an advertiser's block: a label over an ad, which may stand right over the article's own video. */
const AD_HEADINGS = new PhraseList(chrome.adHeadings.phrases);

/** The line stands in a run of videos' captions right under the heading of a site's block (`Video khác`, `Tin liên quan`), not an ad's label. */
function underSiteBlock(doc: Document, decided: Classification, line: Line): boolean {
  let above = doc.lines[line.index - 1];
  while (above && decided.isFree(above.index) && VIDEO_CAPTION.test(foldInPlace(above.text))) above = doc.lines[above.index - 1];
  return !!above && decided.kindOf(above.index) === 'chrome' && HEADERS.equals(above.text) && !AD_HEADINGS.equals(above.text);
}

/**
 * `Xem video:` over `CSGT dẫn đường đưa sản phụ đi cấp cứu` over `Nguồn
 * video: Fanpage Công an Nghệ An`: the label alone on its line (the video
 * stood under it), the video's caption on the next, and where it came from
 * on the line after, when printed. None when the line is no such label.
 */
function labelOverCaption(doc: Document, line: Line, decided: Classification): Decision[] {
  if (!LABEL_ALONE.test(foldInPlace(line.text))) return [];
  const caption = doc.lines[line.index + 1];
  if (!caption || !decided.isFree(caption.index) || isProse(caption) || caption.text.length > MAX_CAPTION_LENGTH) return [];
  const where = `the video's label at line ${line.number}`;
  return [
    ...(decided.isFree(line.index) ? [decide(line, 'chrome', videoCaption.name, "an embedded video's label alone, over its caption")] : []),
    decide(caption, 'caption', videoCaption.name, `an embedded video's caption under ${where}`, { caption: caption.text }),
    ...creditUnder(doc, decided, caption, where),
  ];
}

/**
 * `Nguồn video: Fanpage Công an Nghệ An` right under the video's caption:
 * where the video came from, when printed. `Nguồn: VTV` there is the video's
 * only with the article's text going on under it: ending the text, it is the
 * article's source.
 */
function creditUnder(doc: Document, decided: Classification, caption: Line, where: string): Decision[] {
  const credit = doc.lines[caption.index + 1];
  const source = credit && decided.isFree(credit.index) ? CREDIT_LINE.exec(foldInPlace(credit.text)) : null;
  if (!source || (ARTICLE_CREDIT_LABELS.equals(source[1]!) && !textBelow(doc, decided, credit!))) return [];
  // Folding keeps lengths: the source is sliced from the printed line.
  const from = source[0].lastIndexOf(source[2]!);
  return [decide(credit!, 'credit', videoCaption.name, `where the video came from, under its caption (${where})`, { credit: credit!.text.slice(from, from + source[2]!.length) })];
}

/** Whether the article's text goes on under the line: a paragraph, or a sentence however short, that no rule has taken. */
function textBelow(doc: Document, decided: Classification, line: Line): boolean {
  return doc.lines.slice(line.index + 1).some((l) => decided.isFree(l.index) && (isProse(l) || endsLikeSentence(l.text)));
}
