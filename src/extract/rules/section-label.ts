import { decide, type Rule } from '../decision.ts';
import { isSectionName, sectionCase } from '../sections.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { MAX_TITLE_LENGTH, isProse, wordCount } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { keyAlternatives, withoutLeadingIcons } from '../phrases.ts';
import { sameTitle } from './title.ts';
import chrome from '../data/chrome.json' with { type: 'json' };
import { isLabelledByline, NAME_FORM, readByline } from '../bylines.ts';
import { readCreditedCaption, readImageToken } from '../figures.ts';

/** `Bài 2:`, `Kỳ 1 -`: a part of a series numbered before its title (folded). */
const SERIES_PART = new RegExp(`^(?:${keyAlternatives(chrome.seriesParts.words)})\\s+\\d{1,2}\\s*[:.–—-]\\s*\\S`, 'u');
const MAX_LABEL_LENGTH = 80;
/** A section is named in a few words; a title has more, and at least this many. */
const MAX_LABEL_WORDS = 4;
const MIN_TITLE_WORDS = 6;
/** A few words, opening with a capital, with no digit and no sentence's end: the shape of a section's name. */
export const isLabelShaped = (text: string) => wordCount(text) <= MAX_LABEL_WORDS && /^\p{Lu}/u.test(text) && !/[\d.!?:;"“”]/u.test(text);

/** A label in capitals is a few words; a title in capitals is longer than the line under it, unless that line is a title too. */
const MAX_CAPS_LABEL_WORDS = 8;
const MIN_TITLE_UNDER_WORDS = 4;

/**
 * The line under a line in capitals reads as the title under its section:
 * a few words at least, and no writer, photo or section of its own (under a
 * title in capitals, those follow: `Thanh Hà`, `anh-1.jpg`, `Thời sự`); and
 * the capitals are a label's few words, or fewer than the title's.
 */
function titleUnderCaps(caps: string, next: string): boolean {
  // A line that opens a list (`… thông báo truy nã đối với:`) is the text's.
  // `… tại cơ quan công an. Ảnh: CACC`: a photo's caption with its credit, under a title in capitals.
  if (wordCount(next) < MIN_TITLE_UNDER_WORDS || /[:：]$/u.test(next) || readByline(next)?.author || isLabelledByline(next) || readImageToken(next) || isSectionName(next) || readCreditedCaption(next)) return false;
  return wordCount(caps) <= MAX_CAPS_LABEL_WORDS || wordCount(next) > wordCount(caps);
}

/**
 * `ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY` above the title: a section label. A capitals
 * line is a label only when a title in normal case follows it; otherwise it
 * is a title printed in capitals.
 */
export const sectionLabel: Rule = {
  name: 'section-label',
  description: 'A section label above the title: capitals, or a known section name.',
  classify(doc, decided) {
    const [first, next] = decided.free();
    if (!first || !next || first.text.length > MAX_LABEL_LENGTH || /[.!?]$/.test(first.text)) return [];
    // A full sentence under the capitals is the lead: the capitals are the title.
    const titleFollows = !isProse(next) && next.text.length <= MAX_TITLE_LENGTH;
    // `TRAO TẶNG NHÀ TÌNH NGHĨA` over `Trao tặng nhà tình nghĩa`: the title printed twice, one copy maybe with
    // icons around it or a count in brackets after it (`🔴 Trao tặng … 🔴`, `… (12 bình luận)`).
    if (!titleFollows || sameTitle(first.text, next.text)) return [];
    // `📰 Tin tức`, `[An ninh trật tự]`: an icon before the name, or brackets around it, are the site's decoration.
    const label = withoutLeadingIcons(first.text).replace(/^\[\s*(.+?)\s*\]$/u, '$1');
    // `[ Ảnh ]` over the title: where the post's photo was, not the photo section.
    if (readImageToken(first.text)?.kind === 'placeholder') return [];
    if (isSectionName(label)) {
      return [decide(first, 'section', this.name, 'a known section name above the title', { section: sectionCase(label) })];
    }
    if (isAllCaps(first.text) && !isAllCaps(next.text) && /\p{L}{2}/u.test(first.text) && titleUnderCaps(first.text, next.text)) {
      return [decide(first, 'section', this.name, 'a line in capitals above a title in normal case', { section: sectionCase(first.text) })];
    }
    // `Chuyển đổi số ở cơ sở` over `Bài 2: Khi người dân làm chủ công nghệ`: the series' name over its part.
    if (SERIES_PART.test(matchKey(next.text)) && wordCount(label) <= chrome.seriesParts.maxSeriesWords && /^\p{Lu}/u.test(label) && !/[.!?:;]$/u.test(label) && !SERIES_PART.test(matchKey(label))) {
      return [decide(first, 'section', this.name, `the series' name over the title of its part (line ${next.number})`, { section: sectionCase(label) })];
    }
    // `Cải cách tư pháp` right over a title twice as long, itself right over its dateline: a section nobody listed, told by where it
    // stands; `Hồng Nhung` there, every word capitalised, is a writer's name (see byline).
    if (isLabelShaped(label) && readByline(label)?.form !== NAME_FORM && next.index === first.index + 1 && decided.kindOf(next.index + 1) === 'dateline' && wordCount(next.text) >= Math.max(MIN_TITLE_WORDS, 2 * wordCount(label))) {
      return [decide(first, 'section', this.name, 'a short label right over the title, which is right over its dateline', { section: label })];
    }
    return [];
  },
};
