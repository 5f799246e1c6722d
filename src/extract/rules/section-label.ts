import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { isBanner, isMotto, isSectionName, sectionCase } from '../sections.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { MAX_TITLE_LENGTH, isProse, wordCount, type Line } from '../document.ts';
import { withoutLeadingIcons } from '../phrases.ts';
import { isSeriesPart } from '../series.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { isSiteName, sameTitle } from './title.ts';
import chrome from '../data/chrome.json' with { type: 'json' };
import { isLabelledByline, NAME_FORM, organisationCase, readByline } from '../bylines.ts';
import { readCreditedCaption, readImageToken } from '../figures.ts';
import { findDates } from '../dates.ts';

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
  // `(Từ ngày 30/11 đến ngày 06/12/2026)`: a note in brackets to the title in capitals over it (the week a bulletin covers).
  if (wordCount(next) < MIN_TITLE_UNDER_WORDS || /^\(.*\)$/u.test(next) || /[:：]$/u.test(next) || readByline(next)?.author || isLabelledByline(next) || readImageToken(next) || isSectionName(next) || readCreditedCaption(next)) return false;
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
  classify(doc, decided, hints) {
    const [first, next, third] = decided.free();
    if (!first || !next) return [];
    // `Multimedia` / `Ảnh` over the title: a section and, right under it, its subsection, which is the article's (unless an editor's title names it).
    const named = (line: Line) => !!hints.title && matchKey(hints.title) === matchKey(label(line.text));
    const pair = !!third && next.index === first.index + 1 && !named(first) && !named(next) && isSectionName(label(first.text)) && isSectionName(label(next.text));
    const sub = pair ? sectionOver(next, third, decided) : null;
    if (sub) return [decide(first, 'chrome', this.name, `the section over the article's own at line ${next.number}`), sub];
    const own = sectionOver(first, next, decided);
    if (!own) return [];
    // `Phóng sự` / `Lừa đảo trên không gian mạng` / `Bài 1: …`: the series' name under the section, over its part; the section is the first.
    const series = third && isSeriesNameOver(next, third) ? decide(next, 'section', this.name, `the series' name over the title of its part (line ${third.number}), under the section`, { section: sectionCase(label(next.text)) }) : null;
    return series ? [own, series] : [own];
  },
};

/** `📰 Tin tức`, `[An ninh trật tự]`: an icon before the name, or brackets around it, are the site's decoration. */
const label = (text: string) => withoutLeadingIcons(text).replace(/^\[\s*(.+?)\s*\]$/u, '$1');

/**
 * `Chuyển đổi số ở cơ sở` right over `Bài 2: Khi người dân làm chủ công
 * nghệ`: the series' name over its part. With the dateline between them, the
 * line over the dateline is the title, and the part's number opens the text.
 */
function isSeriesNameOver(line: Line, part: Line): boolean {
  const name = label(line.text);
  return part.index === line.index + 1 && isSeriesPart(part.text) && wordCount(name) <= chrome.seriesParts.maxSeriesWords && /^\p{Lu}/u.test(name) && !/[.!?:;]$/u.test(name) && !isSeriesPart(name) && !isMotto(name) && !isBanner(name) && findDates(name).length === 0;
}

/** The first free line as the section over the second (the title), if it is one: the decision of rule `name`. */
export function sectionOver(first: Line, next: Line, decided: Classification, name = sectionLabel.name): Decision | null {
  if (first.text.length > MAX_LABEL_LENGTH || /[.!?]$/.test(first.text)) return null;
  // A full sentence under the capitals is the lead: the capitals are the title.
  const titleFollows = !isProse(next) && next.text.length <= MAX_TITLE_LENGTH;
  // `TRAO TẶNG NHÀ TÌNH NGHĨA` over `Trao tặng nhà tình nghĩa`: the title printed twice, one copy maybe with
  // icons around it or a count in brackets after it (`🔴 Trao tặng … 🔴`, `… (12 bình luận)`).
  if (!titleFollows || sameTitle(first.text, next.text)) return null;
  const text = label(first.text);
  // `[ Ảnh ]` over the title: where the post's photo was, not the photo section.
  if (readImageToken(first.text)?.kind === 'placeholder') return null;
  if (isSectionName(text)) return decide(first, 'section', name, 'a known section name above the title', { section: sectionCase(text) });
  // Right over the dateline, where the title stands, capitals of more than a label's words are the title (`NHỮNG NGƯỜI GIỮ RỪNG Ở
  // VŨ QUANG` / its dateline / the lead's first sentence).
  const overDateline = decided.kindOf(first.index + 1) === 'dateline' && next.index > first.index + 1;
  if (isAllCaps(first.text) && !isAllCaps(next.text) && /\p{L}{2}/u.test(first.text) && titleUnderCaps(first.text, next.text) && !(overDateline && wordCount(first.text) > MAX_LABEL_WORDS)) {
    // `CÔNG AN TỈNH QUẢNG TRỊ`: a unit's name, in the case it is named in (its place's name capitalised).
    const section = isSiteName(first.text) ? organisationCase(first.text) : sectionCase(first.text);
    return decide(first, 'section', name, 'a line in capitals above a title in normal case', { section });
  }
  if (isSeriesNameOver(first, next)) return decide(first, 'section', name, `the series' name over the title of its part (line ${next.number})`, { section: sectionCase(text) });
  // `Cải cách tư pháp` right over a title twice as long, itself right over its dateline: a section nobody listed, told by where it
  // stands; `Hồng Nhung` there, every word capitalised, is a writer's name (see byline).
  if (isLabelShaped(text) && readByline(text)?.form !== NAME_FORM && next.index === first.index + 1 && decided.kindOf(next.index + 1) === 'dateline' && wordCount(next.text) >= Math.max(MIN_TITLE_WORDS, 2 * wordCount(text))) {
    return decide(first, 'section', name, 'a short label right over the title, which is right over its dateline', { section: text });
  }
  return null;
}
