import { foldInPlace, matchKey } from '../vietnamese/fold.ts';
import { blank, eraseWords, escapeRegExp, keyAlternatives, PhraseList } from './phrases.ts';
import { findDates, findTimes, isWeekdayAlone } from './dates.ts';
import { printHeaderTitle } from './print.ts';
import dateWords from './data/date-words.json' with { type: 'json' };
import grammar from './data/grammar.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };
import chrome from './data/chrome.json' with { type: 'json' };
import figures from './data/figures.json' with { type: 'json' };

/**
 * A document is the article text as a list of non-blank lines, each keeping its
 * line number in the file and the layout hints rules need (blank lines before
 * it, indentation).
 */
export interface Line {
  /** Position in `Document.lines`. */
  index: number;
  /** 1-based line number in the source file. */
  number: number;
  /** The line, trimmed, with runs of white space collapsed. */
  text: string;
  /** Blank lines between this line and the previous non-blank one. */
  blankBefore: number;
  /** White space before the text in the file (a tab counts as four): some CMSs indent every paragraph, and nothing else. */
  indent: number;
  /** File line numbers of hard-wrapped lines joined onto this one. */
  joined: number[];
  /** Set wholly in italics in the copy (see Source.emphasised). */
  emphasised: boolean;
}

export interface Document {
  lines: Line[];
  /** Every line of the text, blank ones included, for `inspect --explain`. */
  allLines: string[];
  /** Line number in the file of the text's first line, minus one (front matter). */
  lineOffset: number;
  /** The width a hard-wrapped copy filled its lines to; null for a copy that does not wrap (see wrapWidth). */
  wrapWidth: number | null;
}

/** The line as the file prints it, one text a printed line: a wrapped sentence's pieces, or short lines in lower case (keyword links) that were joined as one. */
export function printedLines(doc: Document, line: Line): string[] {
  return [line.number, ...line.joined].map((n) => doc.allLines[n - doc.lineOffset - 1]!.replace(/\s+/g, ' ').trim());
}

/** `Trang chủ|Tin tức`: a bar between words, as a copy may print a menu's or a meta line's, spaced as the rules read it (`Trang chủ | Tin tức`). */
const spacedBars = (text: string) => (text.includes('|') ? text.replace(/(?<=[^\s|])\|(?=[^\s|])/gu, ' | ') : text);

/**
 * A paragraph hard-wrapped at a mail client's width runs over a few dozen
 * lines at the most. A line joined of more is no paragraph (a column of
 * words, a file that is not an article), and asking of its whole text, again
 * for each further line, whether that one goes on would cost the square of
 * their number.
 */
const MAX_JOINED_LINES = 100;

/**
 * Splits the text into lines. A line that starts in lower case right under
 * one that has not ended its sentence continues it (text hard-wrapped by a
 * mail client or a PDF copy, a caption broken over two lines): the two are
 * joined, so rules see whole paragraphs.
 */
export function toDocument(text: string, lineOffset = 0, emphasised: readonly number[] = []): Document {
  const allLines = text.split('\n');
  const lines: Line[] = [];
  // A copy that doubled its line breaks has a blank line between two lines: one is no break there.
  const lineBreak = lineBreakGap(allLines);
  const width = wrapWidth(allLines, lineBreak);
  let blank = 0;
  /** The physical line above, as cleaned: a joined line's last piece. */
  let above = '';
  allLines.forEach((raw, i) => {
    const clean = spacedBars(raw.replace(/\s+/g, ' ').trim());
    if (clean === '') {
      blank++;
      return;
    }
    const number = lineOffset + i + 1;
    const previous = lines[lines.length - 1];
    // The first line is the title's, however long: the text under it opens its own line.
    const filled = width !== null && lines.length > 1 && continuesFilledLine(above, clean, width);
    const dropCap = previous !== undefined && previous.joined.length === 0 && isDropCap(previous.text, clean);
    const opening = previous !== undefined && blank <= lineBreak && previous.joined.length === 0 && isBrokenOpening(previous.text, clean);
    const weekday = previous !== undefined && blank <= lineBreak && previous.joined.length === 0 && isWeekdayAlone(previous.text) && (onlyDates(clean) || opensDateline(clean));
    if (previous && previous.joined.length < MAX_JOINED_LINES && (dropCap || opening || weekday || (blank <= lineBreak && (continuesLine(previous.text, clean) || filled)))) {
      previous.text = `${previous.text}${dropCap ? '' : ' '}${clean}`;
      // A drop cap's letter, a paragraph's opening words, or a dateline's weekday (`Thứ Tư` over `07/12/2026`) set apart are no wrap:
      // the text is whole, not a caption broken over lines.
      if (!dropCap && !opening && !weekday) previous.joined.push(number);
      blank = 0;
      above = clean;
      return;
    }
    lines.push({ index: lines.length, number, text: clean, blankBefore: lines.length === 0 ? 0 : blank, indent: indentOf(raw), joined: [], emphasised: emphasised.includes(number) });
    blank = 0;
    above = clean;
  });
  // An indent every line has (the title and the date too) is the copy's margin, not the way a CMS sets its paragraphs.
  const margin = Math.min(...lines.map((l) => l.indent));
  if (margin > 0 && margin !== Infinity) for (const line of lines) line.indent -= margin;
  return { lines, allLines, lineOffset, wrapWidth: width };
}

/** A paragraph's opening words set apart (in bold) are a few: `Sáng 7/3,`, `(Dân trí) -`. */
const MAX_OPENING_LENGTH = 30;
/** The paragraph they open is long. */
const MIN_OPENED_LENGTH = 80;

/**
 * `Sáng 7/3,` or `(Dân trí) -` over `Công an huyện … bắt giữ …` (or over
 * `một xưởng …`, in lower case): a paragraph's opening words, set in bold
 * and copied on a line of their own, ending with the comma or the dash that
 * joins them to the rest.
 */
function isBrokenOpening(previous: string, next: string): boolean {
  // Words, not a printed page's number between dashes (`- 1 -`).
  return previous.length <= MAX_OPENING_LENGTH && /^[\p{L}(]/u.test(previous) && /(?:,|\s[-–—])$/u.test(previous) && next.length >= MIN_OPENED_LENGTH && /^[\p{L}\d"“]/u.test(next);
}

/**
 * `N` over `hững ngày cuối năm, …`: a paragraph's first letter set large
 * (a drop cap) and copied on a line of its own, blank lines maybe between;
 * the letter opens the line's first word.
 */
function isDropCap(previous: string, next: string): boolean {
  return /^["“‘']?\p{Lu}$/u.test(previous) && /^\p{Ll}/u.test(next);
}

/**
 * The blank lines that are a line break: 0, unless the copy doubled line
 * breaks (then the fewest between two lines), which it did when no more
 * than a quarter of its lines follow another with none between (a footer
 * copied as it was set may).
 */
function lineBreakGap(lines: readonly string[]): number {
  const gaps: number[] = [];
  let blank = -1;
  for (const line of lines) {
    if (line.trim() === '') {
      if (blank >= 0) blank++;
      continue;
    }
    if (blank >= 0) gaps.push(blank);
    blank = 0;
  }
  const adjacent = gaps.filter((g) => g === 0).length;
  if (gaps.length === 0 || adjacent * 4 > gaps.length) return 0;
  return Math.min(...gaps.filter((g) => g > 0));
}

/** Lines joined by their words (see continuesLine) that show a copy wrapped at a width: two at least, of a line's length. */
const MIN_WRAPS = 2;
const MIN_WRAP_WIDTH = 40;

/**
 * The width a hard-wrapped copy (a mail client's, a PDF's) filled its lines
 * to: the longest line that visibly goes on onto the next, when at least
 * two do; null for a copy that does not wrap.
 */
function wrapWidth(lines: readonly string[], lineBreak: number): number | null {
  const wrapped: number[] = [];
  let previous: string | null = null;
  let blank = 0;
  for (const raw of lines) {
    const clean = spacedBars(raw.replace(/\s+/g, ' ').trim());
    if (clean === '') {
      blank++;
      continue;
    }
    if (previous !== null && previous.length >= MIN_WRAP_WIDTH && blank <= lineBreak && continuesLine(previous, clean)) wrapped.push(previous.length);
    previous = clean;
    blank = 0;
  }
  return wrapped.length >= MIN_WRAPS ? Math.max(...wrapped) : filledWidth(lines);
}

/** A hard-wrapped copy's width: a mail client's (72-80), a PDF's column (up to a long line's); a copy's paragraphs run longer. */
const MAX_WRAP_WIDTH = 130;
/** How full a wrapped line is, at the least, of the width: a greedy wrap leaves a word's room, a PDF's proportional font more. */
export const FILLED_SHARE = 0.8;
/** Filled lines that stop mid-sentence, at the least, to show a wrap, and their share of the lines of some length. */
const MIN_FILLED_LINES = 3;
const MIN_FILLED_SHARE = 0.4;

/**
 * The width of a copy wrapped where few of its lines show it by a word in
 * lower case going on (a wrap before a name, a number, a quote): no line
 * longer than a wrap's width, and many of the longer ones filled nearly to
 * it, stopping mid-sentence (on a word, a number or a comma); null when the
 * lines do not show it.
 */
function filledWidth(lines: readonly string[]): number | null {
  const long = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length >= MIN_WRAP_WIDTH);
  if (long.length === 0) return null;
  const width = Math.max(...long.map((l) => l.length));
  if (width > MAX_WRAP_WIDTH) return null;
  const filled = long.filter((l) => l.length >= width * FILLED_SHARE && /[\p{L}\d,]$/u.test(l)).length;
  return filled >= MIN_FILLED_LINES && filled >= long.length * MIN_FILLED_SHARE ? width : null;
}

/**
 * On a hard-wrapped copy, a line that stops mid-sentence (on a word, a
 * number or a comma), where the next line's first word would not have fit
 * within the width, goes on onto the next whatever that one opens with: a
 * name, an office (`Thượng tá Nguyễn Văn Hùng,` over `Trưởng Công an huyện
 * …`), a number (`đến hết ngày` over `31/12/2026, …`), a quote or a bracket
 * (`Chiến dịch` over `"Mùa hè xanh" tại …`). A line of dates, a
 * file's name, a list's item, or a line split by bars is never a
 * continuation, and a line of dates continues into nothing.
 */
export function continuesFilledLine(previous: string, next: string, width: number): boolean {
  const firstWord = /^\S+/u.exec(next)?.[0] ?? '';
  if (previous.length + 1 + firstWord.length <= width || !(/[\p{L}\d,]$/u.test(previous) || OPEN_CREDIT.test(previous)) || !/^["“‘(]?[\p{L}\d]/u.test(next)) return false;
  // `… tại thôn. Ảnh: Tư liệu`: a caption closed by its credit, filling the width by chance; but the credit goes on with a name's
  // last words (`Ảnh: Đình` over `Tuân`).
  if (CLOSED_CREDIT.test(previous) && wordCount(next) > MAX_CREDIT_TAIL_WORDS) return false;
  if (onlyDates(previous) || opensDateline(next) || WORD_AND_DATE.test(next) || onlyDates(next) || FILE_NAME.test(next)) return false;
  if (BARS.test(previous) || BARS.test(next) || LIST_ITEM.test(next)) return false;
  return printHeaderTitle(previous) === null && !SITE_LABELS.equals(previous);
}

/** A photo's credit label (figures.json), its colon ending the line (`… (Ảnh:`): the name goes on on the next. */
const CREDIT_LABELS = figures.creditLabels.map(escapeRegExp).join('|');
const OPEN_CREDIT = new RegExp(`(?:^|[\\s(.])(?:${CREDIT_LABELS})\\s*:$`, 'iu');
/** The words of a credit's name that a wrap may carry onto the next line, at the most. */
const MAX_CREDIT_TAIL_WORDS = 3;
/** A caption's sentence, then its credit, outside brackets (`… tại thôn. Ảnh: Tư liệu`): the caption is whole. */
const CLOSED_CREDIT = new RegExp(`[.!?…]\\s*(?:${CREDIT_LABELS})\\s*:\\s*[^\\s:()][^:()]{0,40}$`, 'iu');

/** `06/12/2026 07:30`: dates and times, and no word. */
function onlyDates(text: string): boolean {
  const dates = findDates(text);
  return dates.length > 0 && !/\p{L}/u.test(blank(foldInPlace(text), [...dates, ...findTimes(text)]));
}

/** `anh-trao-qua-1.jpg`: a file's name alone. */
const FILE_NAME = /^\S+\.[a-z\d]{2,4}$/iu;
/** `1. Xe máy …`, `a) …`: an item of a list opens its own line. */
const LIST_ITEM = /^(?:\d{1,2}|[a-zđ])[.)]\s/u;

function indentOf(raw: string): number {
  const lead = /^[ \t\u00a0]*/.exec(raw)![0];
  return lead.length + 3 * (lead.split('\t').length - 1);
}

/**
 * A hard-wrapped line: the one above stops mid-sentence (on a letter or a
 * comma, or, a long line, on a number) and this one goes on with a
 * lower-case word; or the one above ends
 * with a word that joins it to what follows (`… phối hợp với` over `Đồn
 * Biên phòng …`, grammar.json danglingWords), whatever the case of the next;
 * or the one above ends with an office and this one names its body.
 * A date line (`lúc 14:20 Thứ Sáu, 8 tháng 3, 2024`) or a file name (`anh-1.jpg`)
 * never continues anything, nothing continues a printed sheet's header, and
 * no line split by bars continues or is continued.
 */
export function continuesLine(previous: string, next: string): boolean {
  // `thứ năm` alone, printed in lower case over its date: a dateline's weekday, no word going on.
  // A long line may stop on a number mid-sentence (`… có thêm 2 xã đạt chuẩn nâng cao và 1` over `xã đạt chuẩn kiểu mẫu.`);
  // a dateline, a counter stop on theirs.
  const onNumber = /\d$/u.test(previous) && previous.length >= MIN_WRAP_WIDTH && !onlyDates(previous) && !opensDateline(previous);
  if ((!/[\p{L},]$/u.test(previous) && !onNumber) || opensDateline(next) || WORD_AND_DATE.test(next) || isWeekdayAlone(next)) return false;
  // A printed sheet's header ends with the page's title, and a site's label (`Quảng cáo`) is a word or two:
  // the text under either goes on from the paragraph above them (see assemble), not from them.
  if (printHeaderTitle(previous) !== null || SITE_LABELS.equals(previous)) return false;
  // `Trang chủ | Giới thiệu | Tin tức` over `tin tức | 23/04/2024`: pieces split by bars are a page's menu or meta line, no sentence.
  if (BARS.test(previous) || BARS.test(next)) return false;
  return wordGoesOn(previous, next) || officeBeforeBody(previous, next);
}

/**
 * The next line goes on with the words of this one: it opens with a word in
 * lower case (`gốc`, `phạm"`, `đường.`: maybe the line's only word, not a
 * file's name, `anh-1.jpg`), or this one ends with a word that joins it to
 * what follows (grammar.json danglingWords).
 */
export function wordGoesOn(previous: string, next: string): boolean {
  return /^\p{Ll}+(?:[\s,"”’)]|[.!?…]["”’)]?$|$)/u.test(next) || (endsDangling(previous) && /^\p{L}/u.test(next));
}

const BARS = /\s\|\s/u;

/** Offices held in a body, as people.json titles them in capitals (`Giám đốc`), by their match keys. */
const OFFICES = people.titles.filter((t) => /^\p{Lu}/u.test(t)).map(matchKey);
/** `Giám đốc` ending a line: the office, its body named on the next (`Công an tỉnh …`). */
const OFFICE_AT_END = new RegExp(`(?:^|,\\s*|\\s)(?:${OFFICES.map(escapeRegExp).join('|')})$`, 'u');
const BODIES = new PhraseList(people.organisations.starts);

/**
 * `Đại tá Nguyễn Văn Hòa, Giám đốc` over `Công an tỉnh phát biểu chỉ đạo`:
 * a line that ends with an office, over one that opens with the body it is
 * held in, was wrapped between them (a caption broken over lines).
 */
function officeBeforeBody(previous: string, next: string): boolean {
  // A caption's pieces are short; a paragraph under a title that ends with an office opens an article.
  if (previous.length > MAX_WRAPPED_PIECE || next.length > MAX_WRAPPED_PIECE) return false;
  return /^\p{Lu}/u.test(next) && OFFICE_AT_END.test(matchKey(previous)) && BODIES.prefixAsPrinted(next) !== null;
}
const MAX_WRAPPED_PIECE = 120;

/** A block heading's or a button's label, alone on its line (chrome.json). */
const SITE_LABELS = new PhraseList([...chrome.headers.phrases, ...chrome.buttons.phrases]);
const DANGLING = new Set(grammar.danglingWords);
/** The line's last word joins it to what follows: it was wrapped. */
const endsDangling = (text: string) => DANGLING.has(text.slice(text.lastIndexOf(' ') + 1).toLocaleLowerCase('vi'));

/** `ngày 12-3-2024 08:30`: a word in lower case, a full date in digits, maybe its time, and nothing more, is a dateline. */
const WORD_AND_DATE = /^\p{Ll}+\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:[\s,\-–—]+(?:\p{Ll}+\s+)?\d{1,2}[:hg]\d{2})?$/u;

/** `thứ bảy, ngày 16 tháng 3 năm 2024`: a dateline in lower case opens with its weekday and a comma or a dash. */
const DATELINE_START = new RegExp(`^(?:${keyAlternatives(Object.keys(dateWords.weekdays))})\\s*[,\\-–—]`, 'u');
const DATE_WORDS = [...dateWords.fillers, ...dateWords.publishedLabels, ...dateWords.updatedLabels];
/** `lúc 14:20 Thứ Sáu, 8 tháng 3, 2024` (how ICU prints a date in Vietnamese): a date's word, then its digits. */
const DATE_WORD_START = new RegExp(`^(?:${keyAlternatives(DATE_WORDS)})\\s*:?\\s*\\d`, 'u');
/** `thứ năm ngày 7 tháng 3 …`, `thứ năm 07/03/2024`: a weekday right before the date, or a word before it (folded). */
const WEEKDAY_BEFORE_DATE = new RegExp(`^(?:${keyAlternatives(Object.keys(dateWords.weekdays))})\\s+(?:\\p{L}+\\s+)?\\d`, 'u');

/**
 * The line is a dateline in lower case: it opens with a weekday and a comma,
 * or with a date's word or a weekday and holds nothing but a full date, its
 * time and date words.
 * `ngày 8/3/2024, Công an huyện …` goes on with a sentence: it may continue one.
 */
function opensDateline(text: string): boolean {
  const folded = foldInPlace(text);
  if (DATELINE_START.test(folded)) return true;
  if (!DATE_WORD_START.test(folded) && !WEEKDAY_BEFORE_DATE.test(folded)) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  return !/\p{L}/u.test(eraseWords(blank(folded, [...dates, ...findTimes(text)]), [...DATE_WORDS, ...Object.keys(dateWords.weekdays)]));
}

const SENTENCE_END = /[.!?…:;"”')\]]$/u;

/** Ends the way a sentence or a paragraph does. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Sentences in the text, counted by their ends followed by a capital letter. */
export function sentenceCount(text: string): number {
  const inner = text.match(/[.!?…]+["”’)]?\s+(?=["“(]?\p{Lu})/gu)?.length ?? 0;
  return inner + 1;
}

/** Words in a short line (a label, a title, a name), counted between spaces, commas and dashes. */
export const wordCount = (text: string) => text.split(/[\s,–—-]+/u).filter(Boolean).length;

/** Thresholds for telling prose from short labels, captions and bylines. */
export const PROSE_MIN_LENGTH = 200;
/** A title is at most this long; a longer line is a paragraph. */
export const MAX_TITLE_LENGTH = 250;

/** A line long enough that it can only be article prose (or a site's long description). */
export function isLongProse(line: Line): boolean {
  return line.text.length >= PROSE_MIN_LENGTH;
}

/** The blank lines most of these lines have above them: 0 where lines follow one another, 1 where a copy doubled them. */
export function usualGap(lines: readonly Line[]): number {
  const gaps = lines.map((l) => l.blankBefore).sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)]!;
}

/** Shorter paragraphs count as prose when they end like a sentence. */
const SENTENCE_PROSE_MIN_LENGTH = 80;

/** A paragraph of running text: long, or a full sentence of some length (one that opens a list ends with a colon: `… như sau:`). */
/**
 * Whether every line above a line holds, for a rule that asks it of many
 * lines: the lines are read once from the top, however many are asked (a
 * page of many lines would cost the square of their number). `holds` may come
 * to hold for more lines as the rule goes on (what it finds), never for fewer:
 * a line that held stays passed, one that did not is asked again.
 */
export function everyLineAbove(lines: readonly Line[], holds: (line: Line) => boolean): (index: number) => boolean {
  let passed = 0;
  return (index) => {
    while (passed < index && holds(lines[passed]!)) passed++;
    return passed >= index;
  };
}

export function isProse(line: Line): boolean {
  return isLongProse(line) || (line.text.length >= SENTENCE_PROSE_MIN_LENGTH && /[.!?…:]["”’)]?$/u.test(line.text));
}
