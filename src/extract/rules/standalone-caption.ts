import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { BODY_OPENERS, CAPTION_CUES, captionEnding, captionOutOfBrackets, describesScene, MAX_CAPTION_LENGTH, placesSomeone, tellsLikeText, WEAK_CAPTION_CUES, withoutPhotoNumber } from '../figures.ts';
import { endsLikeSentence, isProse, sentenceCount, usualGap, type Line } from '../document.ts';
import { foldInPlace, matchKey } from '../../vietnamese/fold.ts';
import { findDates, findDayMonthDates, findLeadDate } from '../dates.ts';
import { namesOfficerWithPost } from '../bylines.ts';
import { detectLanguage } from '../language.ts';
import { PhraseList } from '../phrases.ts';
import data from '../data/figures.json' with { type: 'json' };

/** A caption is far shorter than the paragraphs around it. */
const SHORT_CAPTION = 150;
const RELATIVE_SHORTNESS = 0.3;
/** A line this long, against the article's typical paragraph, is not short, whatever its length: the article's paragraphs are short. */
const PARAGRAPH_LIKE = 0.8;
const MIN_CAPTION_LENGTH = 10;
/** Two or more blank lines: the gap a removed photo leaves in a copied page. */
const PHOTO_GAP = 2;

/**
 * Whether the blank lines above a line say a photo was removed there: more
 * than the page sets between its paragraphs, two at least. Where its
 * paragraphs follow one another with none, the one blank line a photo leaves
 * too, over a caption's words (`Tang vật thu giữ tại hiện trường.`): a
 * subheading there (`Những con số biết nói`) has a blank line above it as well.
 */
function photoGapAbove(line: Line, paragraphGap: number, text: string): boolean {
  if (line.blankBefore >= Math.max(PHOTO_GAP, paragraphGap + 1)) return true;
  return paragraphGap === 0 && line.blankBefore === 1 && (!!WEAK_CAPTION_CUES.foundIn(text) || !!describesScene(text.replace(/\.$/u, '')));
}

const THRESHOLD = 3;

/**
 * `Đại biểu tham dự tại điểm cầu Công an thành phố Cần Thơ.` standing alone
 * between paragraphs: the caption of a photo that was not copied. Signals are
 * weighed; at least one must be specific to captions (a photo gap, a broken
 * caption line, a caption phrase), so short paragraphs and subheadings stay
 * body. A lead that opens with its date (`Sáng 22/6, …`) is never a caption.
 */
export const standaloneCaption: Rule = {
  name: 'standalone-caption',
  description: 'A short line between paragraphs that reads like a photo caption.',
  classify(doc, decided) {
    const free = decided.free();
    const long = free.filter((l) => l.text.length >= 80);
    const indent = paragraphIndent(long);
    // The page's spacing between paragraphs, and its wrapping, say nothing of photos. (A page of short lines, such as
    // Chinese text, is spaced as its lines are.)
    const page: PageLayout = {
      typicalLength: medianLength(long),
      paragraphGap: usualGap(long.length > 0 ? long : free),
      hardWrapped: long.filter((l) => l.joined.length > 0).length * 2 > long.length,
      captionsPhotos: decided.first('caption') !== undefined,
    };
    const printedTitle = decided.first('title')?.fields?.title;
    const titleKey = printedTitle ? sentenceKey(printedTitle) : undefined;
    const firstProse = free.find(isProse)?.index ?? Infinity;
    const decisions: Decision[] = [];
    free.forEach((line) => {
      // Where the CMS indents its paragraphs, a line indented like them is one.
      if (indent > 0 && line.indent === indent) return;
      // `Một số hình ảnh tại Hội thao:` over `Phần thi bắn súng K54.`: the captions of a gallery the copy lost.
      const gallery = galleryIntroAbove(doc.lines, line, decided);
      if (gallery) {
        decisions.push(decide(line, 'caption', this.name, `a photo's caption in the gallery the text introduces at line ${gallery.number}`, { caption: line.text }));
        return;
      }
      // `Các cá nhân được khen thưởng gồm:` over `Đại úy Lê Văn Hùng, Phó Đội trưởng …`: a list's items, not captions.
      if (inList(doc.lines, line)) return;
      const signals = captionSignals(line, page, line.index > firstProse ? titleKey : undefined, line.index > firstProse, !opensStanza(doc.lines, line, page.paragraphGap, decided));
      if (!signals) return;
      decisions.push(decide(line, 'caption', this.name, `reads like a caption: ${signals.join(', ')}`, { caption: captionOutOfBrackets(line.text) }));
    });
    return decisions;
  },
};

/** Words a caption adds to the title it restates (`… Khamphao Ernthavanh.`), at the most. */
const MAX_WORDS_BEYOND_TITLE = 8;

/** A line's words for comparing with the title's: match keys, without the stop at the end. */
const sentenceKey = (text: string) => matchKey(text).replace(/[.!?…]+$/u, '');

/** `Bộ trưởng … tiếp Đại sứ Lào tại Việt Nam Khamphao Ernthavanh.` among the paragraphs of `Bộ trưởng … tiếp Đại sứ Lào tại Việt Nam`: the title (its key) and a few words more. */
function restatesTitle(text: string, titleKey: string): boolean {
  const line = sentenceKey(text);
  // The title alone printed again is the page's (a share box, a print view), not a caption.
  const beyond = line.startsWith(titleKey) ? line.slice(titleKey.length).split(' ').filter(Boolean).length : 0;
  return beyond > 0 && beyond <= MAX_WORDS_BEYOND_TITLE;
}

/** A line of verse, at the most: a poem's lines are a few words each. */
const MAX_VERSE_LENGTH = 60;
/** Lines of verse right under a stanza's first, at the least. */
const MIN_STANZA_LINES = 2;

/**
 * `Mẹ già nơi quê nhà` over `Ngóng con từng mùa lúa` over `Anh gửi về lời
 * hứa`: a short line with more short lines right under it, no blank line
 * between, none of them prose nor claimed: a stanza of a poem opens there,
 * and the blank lines above it part the stanzas, not a photo from the text.
 */
function opensStanza(lines: readonly Line[], line: Line, paragraphGap: number, decided: Classification): boolean {
  const under = lines.slice(line.index + 1, line.index + 1 + MIN_STANZA_LINES);
  return under.length === MIN_STANZA_LINES && [line, ...under].every((l) => l.text.length <= MAX_VERSE_LENGTH && !isProse(l)) && under.every((l) => l.blankBefore <= paragraphGap && decided.isFree(l.index));
}

const GALLERY_INTROS = new PhraseList(data.galleryIntros.phrases);

/**
 * The sentence that introduces a gallery (`Một số hình ảnh tại Hội thao:`,
 * figures.json galleryIntros) over the line, with only the gallery's other
 * captions between: short lines that open with a capital and no paragraph.
 */
function galleryIntroAbove(lines: readonly Line[], line: Line, decided: Classification): Line | null {
  const isCaptionShaped = (l: Line) => decided.isFree(l.index) && !isProse(l) && l.text.length >= MIN_CAPTION_LENGTH && l.text.length <= SHORT_CAPTION && /^\p{Lu}/u.test(l.text) && !/[:：]$/u.test(l.text);
  if (!isCaptionShaped(line)) return null;
  for (let i = line.index - 1; i >= 0; i--) {
    const above = lines[i]!;
    if (/[:：]$/u.test(above.text)) return GALLERY_INTROS.prefixOf(above.text) ? above : null;
    if (!isCaptionShaped(above)) return null;
  }
  return null;
}

/** The line follows one that opens a list (`… gồm:`), or stands among lines that name officers as it does. */
function inList(lines: readonly Line[], line: Line): boolean {
  const [above, below] = [lines[line.index - 1], lines[line.index + 1]];
  if (above && /[:：]$/u.test(above.text)) return true;
  return namesOfficerWithPost(line.text) && [above, below].some((l) => l && namesOfficerWithPost(l.text));
}

/** The signals that make the line a caption, or null when they fall short. */
/** How the page sets its paragraphs: their usual length, the blank lines above them, and whether it hard-wraps most of them. */
interface PageLayout {
  typicalLength: number;
  paragraphGap: number;
  hardWrapped: boolean;
  /** Another line of the page is a photo's caption already (one with its credit, its label, its photo's file name). */
  captionsPhotos: boolean;
}

export function captionSignals(line: Line, { typicalLength, paragraphGap, hardWrapped, captionsPhotos }: PageLayout, titleKey?: string, amongParagraphs = true, gapTells = true): string[] | null {
  const text = line.text;
  const unnumbered = withoutPhotoNumber(text);
  // `Hình 1. Tang vật thu giữ được`: the photo's number ends with a stop, and opens no sentence.
  if (text.length < MIN_CAPTION_LENGTH || text.length > MAX_CAPTION_LENGTH || sentenceCount(unnumbered) > 1) return null;
  // Day-month dates are looked for once no full date was found (none to hand over).
  if (findLeadDate(text) || findDates(text).length > 0 || findDayMonthDates(text, []).length > 0) return null;
  if (/[:;,]$/.test(text) || /^["“].*["”][.!?]?$/u.test(text) || /^[\p{Ll}\d]/u.test(text)) return null;
  // "Tại thời điểm kiểm tra, …", "Theo …": sentences of running text, never captions.
  if (BODY_OPENERS.prefixOf(text)) return null;
  // "Phát biểu chỉ đạo, Đại tá X yêu cầu …": a caption's phrase set off by a comma opens a sentence.
  if (opensClause(text)) return null;
  const specific: string[] = [];
  const general: string[] = [];
  // Where every paragraph has two blank lines above it, a photo's gap is wider than that (see photoGapAbove).
  // A gap is no photo's above a sentence that tells of events, counts or asks (`Tại chương trình, đơn vị đã trao 150 suất quà …`,
  // `Tỷ lệ hồ sơ nộp trực tuyến đạt 68%`).
  if (gapTells && photoGapAbove(line, paragraphGap, text) && !tellsLikeText(text) && !/[\d?;]/u.test(text)) specific.push('a photo gap above it');
  // A caption broken over two lines, on a page that does not wrap its paragraphs so.
  if (line.joined.length > 0 && !hardWrapped) specific.push('broken over two lines');
  const labelled = unnumbered !== text;
  if (labelled) specific.push("a photo's number or label before it");
  // `Bí thư chi bộ cho biết, nhờ vậy đảng viên … phát biểu sôi nổi hơn.`: a caption's phrase in a sentence that tells, as running
  // text does (`cho biết`, `đã`, `để`), is the text's word.
  const cue = tellsLikeText(text) ? null : CAPTION_CUES.foundIn(text);
  if (cue) specific.push(`the caption phrase '${cue}'`);
  if (cue && cueCloses(text, cue)) specific.push('who it names comes first, what they do at the event closes it');
  // Above the first paragraph, a line in italics is the deck under the title.
  if (line.emphasised && amongParagraphs) specific.push('set in italics on a line of its own');
  const position = placesSomeone(text);
  if (position) specific.push(`says where someone stands in the photo '${position}'`);
  const ending = captionEnding(text);
  if (ending) specific.push(`ends with the caption phrase '${ending}'`);
  if (!cue && namesOfficerWithPost(text)) specific.push('an officer named with their post');
  // With a stop it may as well be a short sentence of the text (`Lực lượng chức năng lập biên bản tạm giữ số hàng.`): Vietnamese
  // has no tense to tell them apart. English running text tells in the past; a scene in the present (`Police officers inspect the
  // goods.`) is a caption with its stop too.
  const scene = cue || (endsLikeSentence(text) && detectLanguage(text) !== 'en') ? null : describesScene(text);
  if (scene && amongParagraphs) specific.push(`who is in the photo ('${scene}'), then what they do, with no word of running text and ${endsLikeSentence(text) ? 'in the present, in English' : 'no stop'}`);
  // On a hard-wrapped page a paragraph runs over lines; a scene with its stop on one line of its own, between them, is a caption.
  const alone = hardWrapped && !cue && !scene && line.joined.length === 0 && amongParagraphs ? describesScene(text.replace(/\.$/u, '')) : null;
  if (alone) specific.push(`who is in the photo ('${alone}'), then what they do, on a line of its own among hard-wrapped paragraphs`);
  // So on a page whose other photos are captioned: they show it captions its photos, and this one lost its credit or its label.
  const another = captionsPhotos && !hardWrapped && !cue && !scene && amongParagraphs ? describesScene(text.replace(/\.$/u, '')) : null;
  if (another) specific.push(`who is in the photo ('${another}'), then what they do, on a page whose other photos are captioned`);
  if (titleKey && restatesTitle(text, titleKey)) specific.push('it restates the title, as the first photo\'s caption does');
  const weak = cue ? null : WEAK_CAPTION_CUES.foundIn(text);
  if (weak) general.push(`the phrase '${weak}'`);
  if (!endsLikeSentence(text)) general.push('no closing punctuation');
  if (typicalLength > 0 && text.length < typicalLength * RELATIVE_SHORTNESS) general.push('far shorter than the paragraphs');
  else if (text.length <= SHORT_CAPTION && !(typicalLength > 0 && text.length >= typicalLength * PARAGRAPH_LIKE)) general.push('short');
  const score = specific.length * 2 + general.length;
  // `Hình: Lực lượng chữa cháy …`: a photo's label before words that describe it says enough.
  return specific.length > 0 && (score >= THRESHOLD || labelled) ? [...specific, ...general] : null;
}

/** The event a caption's phrase ends on (`… phát biểu tại buổi lễ.`): a few words at the most. */
const MAX_EVENT_WORDS = 4;

/**
 * `Đồng chí X, Chủ tịch UBND tỉnh phát biểu kết luận hội nghị.`: a caption
 * names someone, then says what they do at the event, and stops; running
 * text goes on after the phrase (`… phát biểu tại hội nghị, yêu cầu …`).
 */
function cueCloses(text: string, cue: string): boolean {
  // Folded in place, the phrase is found where it is printed.
  const at = foldInPlace(text).lastIndexOf(foldInPlace(cue));
  const after = text.slice(at + cue.length).replace(/[.!…]+$/u, '').trim();
  return at > 0 && !after.includes(',') && after.split(/\s+/).filter(Boolean).length <= MAX_EVENT_WORDS;
}

/** How far into the line the comma after an opening phrase may fall: `Phát biểu tại hội nghị, …`. */
const OPENING_CLAUSE_LENGTH = 60;

/** The line opens with a caption's phrase in a clause of its own, ended by a comma: running text. */
function opensClause(text: string): boolean {
  const cue = CAPTION_CUES.prefixOf(text);
  if (!cue) return false;
  const comma = text.indexOf(',', cue.length);
  return comma !== -1 && comma <= OPENING_CLAUSE_LENGTH;
}

/** The indent most long lines share, when at least two do; 0 when paragraphs are not indented. */
function paragraphIndent(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.indent > 0) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  const [indent, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return count >= 2 && count * 2 >= lines.length ? indent : 0;
}


function medianLength(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : lengths[Math.floor(lengths.length / 2)]!;
}
