import { foldInPlace } from '../vietnamese/fold.ts';
import { inSentenceCase } from '../vietnamese/case.ts';
import { wordCount } from './document.ts';
import { escapeRegExp as escape, keyAlternatives, PhraseList } from './phrases.ts';
import data from './data/figures.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };

const EXTENSIONS = data.imageExtensions.join('|');
/** `Ảnh`, `Hình minh họa`, `Ảnh trên`: what stands for a photo, by its kind or by where it stands. */
const PLACEHOLDER_WORDS = [...data.placeholderWords, ...data.photoPositions.labels];
const CREDIT_LABELS = keyAlternatives(data.creditLabels);
/** After a caption, the labels of a graphic's maker too (see figures.json). */
const CAPTION_CREDIT_LABELS = keyAlternatives([...data.creditLabels, ...data.captionCreditLabels.phrases]);

/** `IMGP0713`, `DSC_0042.JPG`, `anh-hoi-nghi-1.jpeg`, `[Ảnh]`, `(Hình minh họa 2)`. */
const FILE_NAME = new RegExp(`^[\\p{L}\\p{N}_\\-.()~ ]{1,150}\\.(?:${EXTENSIONS})$`, 'iu');
/** `anh1.jpg Đối tượng tại cơ quan Công an.`: a photo's file name, its caption after it on its line (a figure copied as one line). */
const FILE_THEN_CAPTION = /^([\p{L}\p{N}_\-.~]{1,150}\.[a-z]{3,4})\s+(?:[-–—:|]\s+)?(\p{Lu}.{9,})$/iu;
/** `IMG_5521.JPG (Ảnh: Tư liệu)`: a photo's file name, then its credit in brackets on its line. */
const FILE_THEN_CREDIT = /^([\p{L}\p{N}_\-.~]{1,150}\.[a-z]{3,4})\s+([(\[][^()\[\]]+[)\]])$/iu;
const CAMERA_NAME = new RegExp(`^(?:${data.cameraPrefixes.map(escape).join('|')})[_\\-]?\\d{3,}(?:[_\\-]\\d+)*[a-z]?$`, 'i');
const DATE_NAME = /^\d{8}[_-]\d{6}(?:[_-]\d+)?$/;
/** `z3801234567890_4b8c0d2e9f1a3b5c7d9e0f1a2b3c4d5e`: the name Zalo gives a photo sent through it (a time in milliseconds, a hash). */
const ZALO_NAME = /^z\d{10,}_[\da-f]{16,}$/i;
/** `ca-ha-tinh-1.jpeg?w=800`: a file's name with the query its address asked it with (a size, a version). */
const FILE_WITH_QUERY = new RegExp(`^([\\p{L}\\p{N}_\\-.~]{1,150}\\.(?:${EXTENSIONS}))\\?[\\w=&%.,-]*$`, 'iu');
/** `https://cand.com.vn/Files/Image/2024/08/19/ngay-hoi.jpg`: the photo's address, copied where it stood; its file name is its source. */
const IMAGE_ADDRESS = new RegExp(`^(?:https?:)?//[^\\s/]+/(?:[^\\s?#]*/)?([^\\s/?#]+\\.(?:${EXTENSIONS}))(?:[?#]\\S*)?$`, 'iu');
/** `1`, or `1/3` in a gallery: a photo's number. */
const NUMBER_IN_GALLERY = String.raw`\d{1,2}(?:\s*\/\s*\d{1,2})?`;
/** `[Ảnh]`, `(Hình minh họa 2)`, and `Ảnh 1` alone: a photo's alternative text where the photo was. */
const PLACEHOLDER = new RegExp(`^[\\[(]\\s*(?:${keyAlternatives(PLACEHOLDER_WORDS)})(?:\\s*\\d+)?\\s*[\\])]$|^(?:${keyAlternatives(PLACEHOLDER_WORDS)})\\s*${NUMBER_IN_GALLERY}$`, 'u');

/** `1 / 4`: a photo viewer's position in its gallery, alone on its line (a date is printed without spaces around its slash). */
const GALLERY_POSITION = /^\d{1,2} \/ \d{1,2}$/;
/** `Ảnh: 1/8`, `Ảnh: 1 / 8`: the position under the photo's label, which reads as a section over a day too (folded). */
const LABELLED_POSITION = new RegExp(`^(?:${keyAlternatives(PLACEHOLDER_WORDS)})\\s*[:：]\\s*${NUMBER_IN_GALLERY}$`, 'u');
export const isGalleryPosition = (text: string) => GALLERY_POSITION.test(text) || (/[:：]/u.test(text) && LABELLED_POSITION.test(foldInPlace(text)));

/** `2/3`: a position printed without spaces, which alone reads as a day and a month too. */
const TIGHT_POSITION = /^(\d{1,2})\/(\d{1,2})$/;

/**
 * `1/3`, `2/3`, `3/3` over the captions of a photo viewer's slides: the
 * positions printed without spaces around the slash, two of them at least
 * out of the same count, each no further than the count. Alone, `1/3` may
 * be a day. Returns the indexes of those lines.
 */
export function tightGalleryPositions(lines: readonly string[]): Set<number> {
  const byCount = new Map<string, number[]>();
  lines.forEach((text, i) => {
    const m = TIGHT_POSITION.exec(text);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])) byCount.set(m[2]!, [...(byCount.get(m[2]!) ?? []), i]);
  });
  return new Set([...byCount.values()].filter((at) => at.length >= 2).flat());
}

/**
 * `1/5` alone: the first slide of a photo viewer, all of it a copy of a
 * slider holds (the other slides hidden). Under the article's prose only,
 * where a day alone is no dateline; elsewhere it may be one.
 */
export const isFirstSlide = (text: string): boolean => {
  const m = TIGHT_POSITION.exec(text);
  return !!m && m[1] === '1' && Number(m[2]) >= 2;
};

/** `Ảnh 1: `, `Hình 2. `, `Ảnh 1/3: `, `Photo 3 - `: a photo's number, printed before its caption. */
const PHOTO_NUMBER = new RegExp(`^(?:${keyAlternatives(PLACEHOLDER_WORDS)})\\s*${NUMBER_IN_GALLERY}\\s*[:.)\\-–—]\\s+(?=\\S)`, 'u');
/** `Ảnh dưới: `: where the photo stands, before its caption (never a credit). */
const POSITION_LABEL = new RegExp(`^(?:${keyAlternatives(data.photoPositions.labels)})\\s*[:：]\\s+(?=\\S)`, 'u');
/** `Ảnh: `: the photo's label, before a caption (`Ảnh: Lực lượng chữa cháy …`) or a credit (`Ảnh: Minh Anh`). */
const PHOTO_LABEL = new RegExp(`^(?:${keyAlternatives(PLACEHOLDER_WORDS)})\\s*[:：]\\s+(?=\\S)`, 'u');

/** `Chú thích ảnh: `, `▲ `: what opens a caption, always: a caption's label, or a mark pointing at the photo. */
const CAPTION_OPENER = new RegExp(`^(?:(?:${keyAlternatives(data.captionLabels)})\\s*[:：]\\s*|[${data.captionMarks.map(escape).join('')}]\\s*)(?=\\S)`, 'u');

/**
 * The caption without the photo's number (`Ảnh 1: Cán bộ trao quà.` →
 * `Cán bộ trao quà.`) or its place (`Ảnh dưới:`), its label before words that describe the photo, or
 * what opens any caption (`Chú thích ảnh:`, `▲`): the figure is its own
 * label.
 */
export function withoutPhotoNumber(printed: string): string {
  // Folding keeps lengths: the caption after its opener is folded by slicing, not again.
  const foldedPrinted = foldInPlace(printed);
  const opened = CAPTION_OPENER.exec(foldedPrinted)?.[0].length ?? 0;
  const caption = printed.slice(opened);
  const folded = foldedPrinted.slice(opened);
  const numbered = PHOTO_NUMBER.exec(folded) ?? POSITION_LABEL.exec(folded);
  if (numbered) return caption.slice(numbered[0].length);
  const label = PHOTO_LABEL.exec(folded);
  return label && describesPhoto(caption.slice(label[0].length)) ? caption.slice(label[0].length) : caption;
}

/** `[Hình ảnh: Đại diện các đơn vị thực hiện nghi thức khởi công]`: the photo's alternative text, left where it was, which describes it. */
const DESCRIBED_PLACEHOLDER = new RegExp(`^[\\[(]\\s*(?:${keyAlternatives(PLACEHOLDER_WORDS)})\\s*[:：]\\s*(?=\\S)`, 'u');

/** The description in a photo's placeholder (`[Ảnh: …]`), as its caption; null for any other line, and for a credit in brackets. */
export function readDescribedPlaceholder(text: string): string | null {
  // Every free line is asked: only one in brackets can be a placeholder.
  if (!/^[[(].*[\])]$/.test(text)) return null;
  const opened = DESCRIBED_PLACEHOLDER.exec(foldInPlace(text));
  // `[Lãnh đạo Công an tỉnh cắt băng khánh thành]`: alternative text in square brackets, with no label, describes the photo too.
  if (!opened) {
    const inner = /^\[([^[\]]+)\]$/u.exec(text)?.[1]?.trim();
    // A note in brackets (`[Cập nhật lúc 15h: …]`) has a label and a colon; a photo's description has neither.
    return inner && inner.length <= MAX_CAPTION_LENGTH && describesPhoto(inner) && sentenceEnds(inner) === 0 && !/[:：]/u.test(inner) ? inner : null;
  }
  const caption = text.slice(opened[0].length, -1).trim();
  // `(Ảnh: Thu Hà)` credits the photo above; a description is a phrase mostly in lower case.
  return caption.length <= MAX_CAPTION_LENGTH && describesPhoto(caption) ? caption : null;
}

/** `![Các đối tượng tại cơ quan Công an](https://…/doi-tuong.jpg "…")`: a photo in Markdown, its alternative text and its address. */
const MARKDOWN_IMAGE = /^!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+["'(][^)]*["')])?\s*\)$/u;

/**
 * `alt` is the photo's alternative text, printed with it (a Markdown image): its caption when no line under it is one;
 * `credit`, who took it, printed after its file's name (`IMG_5521.JPG (Ảnh: Tư liệu)`).
 */
export type ImageToken = { kind: 'file' | 'camera' | 'placeholder'; src: string | null; alt?: string; credit?: string };

/** The whole line is the trace of a photo: a file name, a camera token, a Markdown image or a placeholder. */
export function readImageToken(text: string): ImageToken | null {
  if (FILE_NAME.test(text) && !/\s{2,}/.test(text)) return { kind: 'file', src: text };
  const image = MARKDOWN_IMAGE.exec(text);
  if (image) {
    const name = image[2]!.replace(/[?#].*$/u, '').split('/').filter(Boolean).pop();
    const alt = image[1]!.trim();
    return { kind: 'file', src: name ? safeDecode(name) : null, ...(alt ? { alt } : {}) };
  }
  const captioned = FILE_THEN_CAPTION.exec(text);
  if (captioned && FILE_NAME.test(captioned[1]!) && /^\p{Lu}/u.test(captioned[2]!)) return { kind: 'file', src: captioned[1]!, alt: captioned[2]! };
  const credited = FILE_THEN_CREDIT.exec(text);
  const credit = credited && FILE_NAME.test(credited[1]!) ? readCreditOnly(credited[2]!) : null;
  if (credit) return { kind: 'file', src: credited![1]!, credit };
  const address = IMAGE_ADDRESS.exec(text);
  if (address) return { kind: 'file', src: safeDecode(address[1]!) };
  const queried = FILE_WITH_QUERY.exec(text);
  if (queried) return { kind: 'file', src: queried[1]! };
  if (CAMERA_NAME.test(text) || DATE_NAME.test(text) || ZALO_NAME.test(text)) return { kind: 'camera', src: text };
  // `(Ảnh minh họa)`: what the photo was, a credit that needs no name, not where a caption follows.
  if ((PLACEHOLDER.test(foldInPlace(text)) && readCreditOnly(text) === null) || isGalleryPosition(text)) return { kind: 'placeholder', src: null };
  return null;
}

/** `[Ảnh] Lực lượng chức năng kiểm tra …`: the photo's placeholder, its caption after it on its line (in folded text, up to the caption). */
const PLACEHOLDER_THEN_CAPTION = new RegExp(`^[\\[(]\\s*(?:${keyAlternatives(PLACEHOLDER_WORDS)})\\s*[\\])]\\s+(?:[-–—:|]\\s+)?(?=.{10,}$)`, 'u');

/**
 * A photo's placeholder with its caption after it on its line (`[Ảnh] Lực
 * lượng chức năng kiểm tra …`), as a token whose alternative text is the
 * caption; null for any other line. Over the article a title may open with
 * such a mark (`[ẢNH] Rực rỡ lễ hội hoa …`): the caller asks among the
 * paragraphs only.
 */
export function readPlaceholderCaption(text: string): ImageToken | null {
  const placed = PLACEHOLDER_THEN_CAPTION.exec(foldInPlace(text));
  const caption = placed ? text.slice(placed[0].length) : '';
  return placed && /^\p{Lu}/u.test(caption) ? { kind: 'placeholder', src: null, alt: caption } : null;
}

/** `%C4%91` → `đ`; a malformed escape is kept as printed. */
function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export interface CaptionParts {
  caption: string;
  credit: string | null;
}

// "Caption (Ảnh: Credit)." / "Caption [Photo: Credit]"
const BRACKETED_CREDIT = new RegExp(`^(.*?)\\s*[(\\[]\\s*(?:${CAPTION_CREDIT_LABELS})(?:\\s*[:：]|\\s+do\\s)\\s*([^()\\[\\]]{1,100}?)\\s*[)\\]]\\s*\\.?$`, 'u');
// "Caption. Ảnh: Credit", "Caption - Ảnh: Credit", "Caption. Photo by Credit"; a credit of initials has stops of its own ("Ảnh: H.L", "Ảnh: T.Q.V").
const TRAILING_CREDIT = new RegExp(`^(.+?[.!?]|.+?(?=\\s[-–—|]))\\s+(?:[-–—|]\\s*)?(?:${CAPTION_CREDIT_LABELS})\\s*(?:[:：]|\\sby\\s|\\sdo\\s)\\s*((?:[a-z]\\.){1,3}\\s?[a-z]*|[^.]{1,80}?)\\.?$`, 'u');
// "Caption/Ảnh: Credit": a slash between the caption and its credit; a word or two before it are a label's (`Tin/ảnh: X`).
const SLASHED_CREDIT = new RegExp(`^(.{12,}?\\S)\\s*\\/\\s*(?:${CAPTION_CREDIT_LABELS})\\s*[:：]\\s*([^/]{1,80}?)\\.?$`, 'u');
// "Caption (ảnh CTV)": the label and a name in brackets, with no colon; the name is capitalised as printed ("(ảnh trên)" says where the photo is).
const BRACKETED_NAME = new RegExp(`^(.*?)\\s*[(\\[]\\s*(?:${CREDIT_LABELS})\\s+([^()\\[\\]:：]{1,60}?)\\s*[)\\]]\\s*\\.?$`, 'u');
const SOURCE_LABELS = keyAlternatives(data.photoSources.labels);
// "Caption. Nguồn: Internet", "Caption - Nguồn: Internet": where the photo comes from, after the caption's stop or a dash.
const TRAILING_SOURCE = new RegExp(`^(.+?[.!?]|.+?(?=\\s[-–—|]))\\s+(?:[-–—|]\\s*)?(?:${SOURCE_LABELS})\\s*[:：]\\s*([^.]{1,60}?)\\.?$`, 'u');
// "Caption. (Nguồn: Internet)", "Caption (nguồn Internet)": the same in brackets.
const BRACKETED_SOURCE = new RegExp(`^(.*?\\S)\\s*[(\\[]\\s*(?:${SOURCE_LABELS})(?:\\s*[:：]\\s*|\\s+)([^()\\[\\]:：]{1,60}?)\\s*[)\\]]\\s*\\.?$`, 'u');
/** `được tạo bởi`, `chụp bằng`: who or what made the photo follows (figures.json, madeBy). */
const MADE_BY = `(?:\\s+(?:${keyAlternatives(data.madeBy.passive)}))?(?:\\s+(?:${keyAlternatives(data.madeBy.verbs)}))?\\s+(?:${keyAlternatives(data.madeBy.by)})\\s`;
/** A photo's label opening the line, maybe in brackets. */
const LABEL_OPENING = `^[(\\[]?\\s*(?:${CREDIT_LABELS})`;
/** `Ảnh do …`, `Hình ảnh được tạo bởi …`: a photo's label, then words that say its maker follows. */
const MAKER = new RegExp(`${LABEL_OPENING}(?:\\s+do\\s|${MADE_BY})`, 'u');
// "(Ảnh: Credit)", "Ảnh: Credit", "Ảnh do Credit", "Hình ảnh được tạo bởi Credit" alone
const CREDIT_ONLY = new RegExp(`${LABEL_OPENING}(?:\\s*[:：]|\\s+do\\s|${MADE_BY})\\s*([^()\\[\\]]{1,100}?)\\s*[)\\]]?\\.?$`, 'u');
/** Whether the line opens with a photo's label and says its maker follows (`Ảnh chụp bởi Minh Hà`): a credit, with no colon. */
export const namesMaker = (text: string) => MAKER.test(foldInPlace(text));
// "Ảnh: Credit - Caption": the credit first, a few words, then what the photo shows
const LEADING_CREDIT = new RegExp(`^(?:${CREDIT_LABELS})\\s*[:：]\\s*((?:\\S+\\s+){0,4}?\\S+)\\s+[-–—]\\s+(?=\\S)`, 'u');
// "Caption ẢNH: ĐÌNH HUY": the label and the credit in capitals, as some papers print them, need no stop before them.
// Matched as printed: in lower case, `ảnh:` inside a caption is a word of its text.
const CAPITAL_LABELS = [...new Set(data.creditLabels.map((l) => l.toLocaleUpperCase('vi')))].sort((a, b) => b.length - a.length).map(escape).join('|');
const CAPITALS_CREDIT = new RegExp(`^(.*?\\S)\\s+(?:${CAPITAL_LABELS})\\s*[:：]\\s*(\\p{Lu}[\\p{Lu}\\p{N}\\s.,&'’/-]{0,60}?)\\.?$`, 'u');
// "Caption (Ảnh minh họa)"
const STANDALONE_CREDIT = new RegExp(`^(.*?)[\\s.]*[(\\[]\\s*(${keyAlternatives(data.standaloneCredits)})\\s*[)\\]]\\s*\\.?$`, 'u');
// "Caption. Ảnh minh họa": such a credit after the caption's stop, with no brackets.
const TRAILING_STANDALONE_CREDIT = new RegExp(`^(.+?[.!?])\\s+(${keyAlternatives(data.standaloneCredits)})\\.?$`, 'u');

/**
 * `Các đối tượng tại cơ quan Công an. Nguồn: Internet` under a photo: the
 * caption, and where the photo comes from after its stop. Asked of the line
 * under a photo only: elsewhere `… Nguồn: Bộ Công an` cites the text's source.
 */
export function readSourcedCaption(text: string): CaptionParts | null {
  const folded = foldInPlace(text);
  const m = BRACKETED_SOURCE.exec(folded) ?? TRAILING_SOURCE.exec(folded);
  return m ? captionAndCredit(text, m) : null;
}

/**
 * `Ảnh minh họa. (Nguồn: Internet)`, `Tang vật thu giữ tại cơ quan Công an
 * (Nguồn: CAND)`: where the photo comes from, after words that can only be a
 * photo's (it is an illustration, or what it shows), wherever the line stands.
 * After a sentence of the text, the same label cites the text's source.
 */
function readPhotoSourcedCaption(text: string): CaptionParts | null {
  const parts = readSourcedCaption(text);
  if (!parts) return null;
  const words = parts.caption.replace(/[.…]+$/u, '');
  return PHOTO_PHRASES.equals(words) || captionEnding(words) || describesScene(words) ? parts : null;
}

/** The caption (group 1, from the line's start) and the credit (group 2) a match over the folded line found, as printed. */
function captionAndCredit(text: string, m: RegExpExecArray): CaptionParts {
  const at = m.index + m[0].lastIndexOf(m[2]!);
  return { caption: text.slice(0, m[1]!.length).trim(), credit: text.slice(at, at + m[2]!.length).trim() };
}

/** Splits a caption from the photo credit printed with it. */
export function readCreditedCaption(text: string): CaptionParts | null {
  // `(Đại diện lãnh đạo … cắt băng ra mắt mô hình. Ảnh: CTV)`: the caption and its credit set in brackets together.
  const bracketed = /^\(([^()]+)\)\.?$/u.exec(text)?.[1];
  const inside = bracketed ? readCreditedCaption(bracketed.trim()) : null;
  if (inside) return inside;
  const folded = foldInPlace(text);
  for (const re of [BRACKETED_CREDIT, TRAILING_CREDIT, SLASHED_CREDIT, BRACKETED_NAME]) {
    const m = re.exec(folded);
    if (m && m[1]!.trim()) {
      const parts = captionAndCredit(text, m);
      if (re === BRACKETED_NAME && !/^\p{Lu}/u.test(parts.credit!)) continue;
      return parts;
    }
  }
  const capitals = CAPITALS_CREDIT.exec(text);
  if (capitals && /\p{Ll}/u.test(capitals[1]!)) return { caption: capitals[1]!, credit: capitals[2]!.trim() };
  const lead = LEADING_CREDIT.exec(folded);
  if (lead && describesPhoto(text.slice(lead[0].length))) {
    const at = lead[0].lastIndexOf(lead[1]!);
    return { caption: text.slice(lead[0].length).trim(), credit: text.slice(at, at + lead[1]!.length).trim() };
  }
  const s = STANDALONE_CREDIT.exec(folded) ?? TRAILING_STANDALONE_CREDIT.exec(folded);
  if (s && s[1]!.trim()) return captionAndCredit(text, s);
  return readPhotoSourcedCaption(text);
}

const STANDALONE_CREDITS = new PhraseList(data.standaloneCredits);
/** `Ảnh minh họa`, `Hình ảnh`, `Ảnh tư liệu`: words that say there was a photo, and nothing more. */
const PHOTO_PHRASES = new PhraseList([...PLACEHOLDER_WORDS, ...data.standaloneCredits]);

/** A line that is only a photo credit: `(Ảnh: TTXVN)`, `Ảnh: Minh Anh`, or a credit that needs no name (`Ảnh minh họa`). */
export function readCreditOnly(text: string): string | null {
  const bare = text.replace(/^[(\[]\s*|\s*[)\]]?\.?$/g, '');
  if (STANDALONE_CREDITS.equals(bare)) return bare;
  const m = CREDIT_ONLY.exec(foldInPlace(text));
  if (!m) return null;
  const at = m[0].lastIndexOf(m[1]!);
  const credit = text.slice(at, at + m[1]!.length).trim();
  return describesPhoto(credit) ? null : credit;
}

/** `(Quang cảnh hội nghị)` → `Quang cảnh hội nghị`: the brackets some sites set a caption in are not part of it. */
export const captionOutOfBrackets = (text: string) => /^\(([^()]+)\)$/u.exec(text)?.[1]?.trim() ?? text;

/** Sentences ended inside the text (a stop followed by more words): alternative text is one phrase. */
const sentenceEnds = (text: string) => (text.match(/[.!?]\s+\S/gu) ?? []).length;

/** Words in a credit past which, mostly in lower case, it describes the photo instead. */
const DESCRIPTION_WORDS = 6;

/**
 * `Ảnh: Lực lượng chức năng kiểm tra hiện trường.`: after the photo's label,
 * what the photo shows (a caption), not who took it. A credit names people or
 * an organisation (`Ảnh: Công an huyện Yên Phong cung cấp`), mostly in capitals.
 * Fewer words say what the photo shows when they are a caption's own
 * (`[Ảnh: Tang vật thu giữ]`, `Ảnh: Quang cảnh hội nghị`).
 */
function describesPhoto(credit: string): boolean {
  const words = credit.split(/\s+/);
  if (captionEnding(credit) || CAPTION_CUES.foundIn(credit)) return true;
  return words.length >= DESCRIPTION_WORDS && words.filter((w) => /^\p{Ll}/u.test(w)).length * 3 > words.length * 2;
}

export const CAPTION_CUES = new PhraseList(data.captionCues);
const POSITION_WORDS = new PhraseList(data.positionWords.words);
/** A short note in brackets. */
const BRACKETED = /\(([^()]{1,40})\)/gu;

/** `Thiếu tá Mùa A Sáng (bên phải) trò chuyện …`: where someone stands in the photo, in brackets after their name; only a caption says so. */
export function placesSomeone(text: string): string | null {
  for (const m of text.matchAll(BRACKETED)) {
    const position = POSITION_WORDS.foundIn(m[1]!);
    if (position) return m[0];
  }
  return null;
}
const CAPTION_ENDING = new RegExp(`(?:^|\\s)(?:${keyAlternatives(data.captionEndings)})$`, 'u');
const NARRATIVE_WORD = new RegExp(`(?:^|\\s)(?:${data.narrativeWords.map(escape).join('|')})(?=\\s)`, 'u');

/**
 * `Các đối tượng tại cơ quan Công an.`: the caption-ending phrase the line
 * closes with, if it names what the photo shows rather than tells of an event.
 */
export function captionEnding(text: string): string | null {
  const bare = text.replace(/[.…]+$/u, '');
  // Folded in place, the match is where the phrase is printed.
  const m = CAPTION_ENDING.exec(foldInPlace(bare));
  return m && !NARRATIVE_WORD.test(text.toLowerCase()) ? bare.slice(m.index).trim() : null;
}
/** Groups, and a person by rank or title (`Đại úy Nguyễn Văn An`, `Bí thư Tỉnh ủy`). */
const SCENE_SUBJECTS = new PhraseList([...data.scenes.subjects, ...people.ranks, ...people.titles]);
/** Words matched with their diacritics, in lower case: folded, `cần` would be `Cán`, `tặng` would be `tăng`. */
const wordsAsPrinted = (words: readonly string[]) => new RegExp(`(?:^|\\s)(?:${words.map(escape).join('|')})(?=[\\s,;:]|[.!?…]?$)`, 'u');
const TELLING_WORD = wordsAsPrinted(data.scenes.tellingWords);
const ACTION = wordsAsPrinted(data.scenes.actions);
/** A scene's caption is a short clause, with a verb and what it acts on after its subject (`Cảnh sát cơ động` alone names a unit). */
const MAX_SCENE_LENGTH = 120;
const MIN_SCENE_WORDS = 5;
/** `Hiện trường vụ cháy`, `Tang vật vụ án`: what the photo shows, named first, needs no verb (figures.json, scenes.views). */
const SCENE_VIEWS = new PhraseList(data.scenes.views);
const MIN_VIEW_WORDS = 3;

/**
 * `Lực lượng chữa cháy triển khai đội hình phun nước dập tắt đám cháy`: who
 * is in the photo, then what they are doing (an action a photo can show), or
 * what the photo shows (`Hiện trường vụ tai nạn`), in
 * one short clause with no number, no comma and no word that tells when,
 * what must be or why (see figures.json, scenes); the subject it opens with,
 * or null. A subheading names no action (`Lực lượng nòng cốt trong bảo vệ an
 * ninh ở cơ sở`).
 */
export function describesScene(text: string): string | null {
  const view = SCENE_VIEWS.prefixOf(text);
  const subject = view ?? SCENE_SUBJECTS.prefixOf(text);
  if (!subject || text.length > MAX_SCENE_LENGTH || wordCount(text) < (view ? MIN_VIEW_WORDS : MIN_SCENE_WORDS) || /\d/u.test(text) || text.slice(subject.length).includes(',')) return null;
  return (view || ACTION.test(text.toLowerCase())) && !tellsLikeText(text) ? subject : null;
}
/** Whether the text holds a word of running text (see figures.json, scenes): when, what must be, why (`đã`, `sẽ`, `cần`, `nhằm`), as printed in a sentence (a name's `Cần Thơ` is none). */
export function tellsLikeText(text: string): boolean {
  return TELLING_WORD.test(inSentenceCase(text));
}
export const WEAK_CAPTION_CUES = new PhraseList(data.weakCaptionCues);
export const BODY_OPENERS = new PhraseList(data.bodyOpeners);

/** Captions are short; a longer line is a paragraph. */
export const MAX_CAPTION_LENGTH = 300;
