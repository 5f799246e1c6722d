import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { BODY_OPENERS, captionOutOfBrackets, MAX_CAPTION_LENGTH, readCreditedCaption, readCreditOnly, readDescribedPlaceholder, readImageToken, readPlaceholderCaption, readSourcedCaption, namesMaker, tellsLikeText, tightGalleryPositions, isFirstSlide, type ImageToken } from '../figures.ts';
import { isLabelledByline, readByline } from '../bylines.ts';
import { findLeadDate } from '../dates.ts';
import { isProse, sentenceCount, type Document, type Line } from '../document.ts';
import { sameTitle } from './title.ts';

/**
 * `IMGP0713` followed by `Các đại biểu dự hội nghị …`: where a photo stood,
 * the page kept its file name, and the caption under it. Photos in a row
 * (`IMG_2041.jpg`, `IMG_2045.jpg`) have their captions under the last, in
 * the same order: the first line under the row is a caption as under one
 * photo, and each further one that is no paragraph.
 */
export const imageToken: Rule = {
  name: 'image-token',
  description: 'An image file name or photo placeholder, and the caption under it (or in it).',
  classify(doc, decided) {
    const decisions: Decision[] = [];
    const free = decided.free();
    const positions = tightGalleryPositions(doc.lines.map((l) => l.text));
    const tokenOf = (line: Line): ImageToken | null =>
      readImageToken(line.text) ?? (positions.has(line.index) ? { kind: 'placeholder', src: null } : !decided.proseAbove(line.index) ? null : isFirstSlide(line.text) ? { kind: 'placeholder', src: null } : readPlaceholderCaption(line.text));
    let row: string[] = [];
    const repeats = new Set<number>();
    // Measured only on a page with a photo to caption: most pages have none, and every page is asked.
    let measured: TypicalParagraph | undefined;
    const paragraphs = () => (measured ??= typicalParagraph(free, tokenOf));
    free.forEach((line, i) => {
      if (repeats.has(line.index)) return;
      const described = readDescribedPlaceholder(line.text);
      if (described) {
        // `[Hình ảnh: Lãnh đạo … cắt băng]` over `Lãnh đạo … cắt băng.`: the caption printed under the placeholder that describes it.
        const next = free[i + 1];
        if (next && next.index === line.index + 1 && sameTitle(next.text, described)) {
          repeats.add(next.index);
          decisions.push(decide(line, 'image', this.name, "a photo's placeholder with the words that describe it, its caption under it", { src: null }));
          decisions.push(decide(next, 'caption', this.name, `the caption under the photo's placeholder at line ${line.number}, which describes it in the same words`, { caption: next.text }));
          return;
        }
        decisions.push(decide(line, 'caption', this.name, "a photo's placeholder with the words that describe it", { caption: described }));
        return;
      }
      const token = tokenOf(line);
      if (!token) return;
      // `Đối tượng … tại cơ quan Công an. (Ảnh: …)` right over `Ảnh 1`: the photo's caption and credit, printed above its placeholder.
      const over = doc.lines[line.index - 1];
      if (token.kind === 'placeholder' && over && decided.isFree(over.index) && readCreditedCaption(over.text)) {
        decisions.push(decide(line, 'chrome', this.name, `the placeholder of the photo captioned right above it (line ${over.number})`));
        return;
      }
      const next = free[i + 1];
      // `Ảnh 1/4` over `ra-quan-1.jpg`: one photo, its position in the gallery (or its alternative text) over its file name.
      const named = next?.index === line.index + 1 ? tokenOf(next) : null;
      if (token.kind === 'placeholder' && named && named.kind !== 'placeholder') {
        decisions.push(decide(line, 'chrome', this.name, `the position in its gallery of the photo named right under it (line ${next!.number})`));
        return;
      }
      // `Lực lượng chức năng kiểm tra …` over `IMG_0102.jpg`, a paragraph under it: the caption was printed above the photo.
      const above = !token.alt && captionAbove(doc, decided, line, next) ? over! : null;
      if (above) decisions.push(decide(above, 'chrome', this.name, `the caption of the photo under it (line ${line.number}), printed above it`));
      // `IMG_1234.JPG Đối tượng tại cơ quan Công an. Ảnh: CACC`: the credit printed in the caption after the file's name.
      const credited = token.alt ? readCreditedCaption(token.alt) : null;
      const caption = credited?.caption ?? token.alt ?? above?.text;
      // `… - Ảnh: VGP/Minh Khôi` over `pho-thu-tuong.jpg`, a paragraph under it: the photo's caption and credit, printed above it
      // (photo-credit reads it, assemble joins it to the photo), and no caption under it.
      const creditedAbove = !token.alt && !above && over !== undefined && decided.isFree(over.index) && readCreditedCaption(over.text) !== null && next?.index === line.index + 1 && isProse(next);
      const alt = token.alt
        ? `, its alternative text the caption unless a line under it is one`
        : above || creditedAbove
          ? `, captioned by the line above it (line ${over!.number})`
          : '';
      // `IMG_5521.JPG (Ảnh: Tư liệu)`: the credit printed after the file's name, the caption under it still.
      const credit = credited?.credit ?? token.credit;
      decisions.push(decide(line, 'image', this.name, `a ${token.kind === 'placeholder' ? 'photo placeholder' : `${token.kind} image name`}${alt}`, { src: token.src, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }));
      row.push(token.src ?? line.text);
      if (next && next.index === line.index + 1 && tokenOf(next)) return;
      // `Võ Hải` under the last photo, none of the article's text under it: the byline that closes the article, not the photo's caption.
      const closes = (under: Line) => readByline(under.text) !== null && !decided.proseBelow(under.index);
      decisions.push(...captionsUnder(free, i, row, this.name, caption !== undefined || creditedAbove, paragraphs, closes));
      row = [];
    });
    return decisions;
  },
};

/**
 * The line right over a lone photo, when it reads as its caption and the
 * line under the photo does not: a sentence of a caption's length (no
 * paragraph) over a photo with a paragraph under it, after the article's
 * prose has begun, or before it when the paragraph under the photo opens
 * the text (`Những ngày này, …`, `Sáng 7/12, …`).
 */
function captionAbove(doc: Document, decided: Classification, photo: Line, next: Line | undefined): boolean {
  const over = doc.lines[photo.index - 1];
  if (!over || !decided.isFree(over.index) || isProse(over) || readImageToken(over.text) || !/[.!?…]["”]?$/u.test(over.text)) return false;
  if (!next || next.index !== photo.index + 1 || !isProse(next)) return false;
  if (!decided.proseAbove(over.index) && !findLeadDate(next.text) && !BODY_OPENERS.prefixOf(next.text)) return false;
  return sentenceCount(over.text) === 1 && !isLabelledByline(over.text);
}

/**
 * The captions under the row of photos that ends at `free[last]`, one a photo
 * at the most. A photo printed with its description (a Markdown image's
 * alternative text) has no paragraph for a caption; the byline that closes
 * the article under the last photo is none either.
 */
function captionsUnder(free: readonly Line[], last: number, row: readonly string[], rule: string, described: boolean, paragraphs: () => TypicalParagraph, closes: (line: Line) => boolean): Decision[] {
  const decisions: Decision[] = [];
  for (let k = 0; k < row.length; k++) {
    const line = free[last + 1 + k];
    const above = free[last + k]!;
    if (!line || line.index !== above.index + 1 || !isCaption(line, k === 0 && !described) || (row.length === 1 && readsAsParagraph(line, paragraphs())) || closes(line)) break;
    const under = row.length === 1 ? `the line under the image name ${row[0]}` : `caption ${k + 1} of ${row.length}, under the row of images ending with ${row[row.length - 1]}`;
    // `Ảnh: Công an cung cấp`, `Ảnh chụp bởi Minh Hà` right under the photo: its credit, and no caption (`Ảnh minh họa`, with no
    // label, says what it is).
    const credit = /[:：]/u.test(line.text) || namesMaker(line.text) ? readCreditOnly(line.text) : null;
    if (credit) {
      decisions.push(decide(line, 'credit', rule, `the credit under the image name ${row[k] ?? ''}`.trim(), { credit }));
      continue;
    }
    const credited = readCreditedCaption(line.text) ?? readSourcedCaption(line.text);
    decisions.push(decide(line, 'caption', rule, under.trim(), credited ? { caption: credited.caption, credit: credited.credit ?? undefined } : { caption: captionOutOfBrackets(line.text) }));
  }
  return decisions;
}

/** The paragraphs the page prints under no photo: how many, and their usual length. */
interface TypicalParagraph {
  count: number;
  length: number;
}
/** Paragraphs are lines of this length at least. */
const PARAGRAPH_LENGTH = 80;

function typicalParagraph(free: readonly Line[], tokenOf: (line: Line) => ImageToken | null): TypicalParagraph {
  const lengths = free
    .filter((l, i) => l.text.length >= PARAGRAPH_LENGTH && !(free[i - 1]?.index === l.index - 1 && tokenOf(free[i - 1]!)))
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  return { count: lengths.length, length: lengths[Math.floor(lengths.length / 2)] ?? 0 };
}

/** Captions are seldom this long; a line under a photo that is, and tells as text does, may be the text. */
const LONG_CAPTION = 150;
/** Against the page's paragraphs under no photo: near as long as they are. */
const AS_LONG_AS_PARAGRAPHS = 0.6;

/**
 * `IMG_0102.jpg` over `Hình ảnh từ camera được kết nối …, giúp lực lượng
 * chức năng kịp thời …`: a photo printed with no caption, the text going on
 * under it. The line is long, near as long as the page's paragraphs that
 * stand under no photo (two or more of them), and tells as running text does (`được`,
 * `kịp thời`). A photo story, whose every paragraph is under a photo, keeps
 * its long captions.
 */
function readsAsParagraph(line: Line, paragraphs: TypicalParagraph): boolean {
  // A photo's credit in it (`… (Ảnh: Hạt Kiểm lâm)`) makes it the caption, however long.
  return paragraphs.count >= 2 && line.text.length >= LONG_CAPTION && line.text.length >= paragraphs.length * AS_LONG_AS_PARAGRAPHS && tellsLikeText(line.text) && !readCreditedCaption(line.text);
}

/** Right under the photo, a line of caption's length; further down the row's captions, no paragraph either. */
function isCaption(line: Line, first: boolean): boolean {
  // `Thực hiện: Minh Trí; Đồ họa: Khánh Linh` under an infographic credits the article, not the picture.
  // `Qua đó, …`, `Theo …`: a sentence of running text, never a caption.
  if (line.text.length > MAX_CAPTION_LENGTH || readImageToken(line.text) || findLeadDate(line.text) || isLabelledByline(line.text) || BODY_OPENERS.prefixOf(line.text)) return false;
  return first || !isProse(line);
}

