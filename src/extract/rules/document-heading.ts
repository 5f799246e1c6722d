import { decide, type Classification, type Rule } from '../decision.ts';
import { isProse, wordCount, type Document, type Line } from '../document.ts';
import { capitalizeFirst, isAllCaps } from '../../vietnamese/case.ts';
import { PhraseList, escapeRegExp } from '../phrases.ts';
import data from '../data/documents.json' with { type: 'json' };

const NATIONAL_NAMES = new PhraseList(data.nationalNames);
const MOTTOS = new PhraseList(data.mottos);
const KINDS = new PhraseList(data.kinds);
const ABOUT_LABELS = new PhraseList(data.aboutLabels.phrases);
const SUBJECT_LABELS = new PhraseList([...data.subjectLabels, ...data.aboutLabels.phrases]);
/** `Số: 215/TB-UBND`, `Số 12/2026/QĐ-UBND`, `Số:     /KH-CAT`: the number, maybe left blank, then the kind and the issuer's initials. */
const NUMBER = new RegExp(`^(?:${data.numberLabels.map(escapeRegExp).join('|')})\\s*:?\\s*[\\d\\s.]*(?:/\\s*\\d{4})?\\s*/\\s*[\\p{Lu}Đđ\\d]+(?:[-–][\\p{Lu}Đđ\\d]+)*\\.?(?=\\s|$)`, 'u');
/** `_______`, `---oOo---`: the rules a document prints under its issuer and its motto. */
const RULE_LINE = /^[\s_\-–—=*.o0O]{3,}$/u;
/** The issuer's name takes a line or three above the number (`ỦY BAN NHÂN DÂN` / `XÃ HÒA PHÚ`), in a few words each. */
const MAX_ISSUER_LINES = 3;
const MAX_ISSUER_WORDS = 10;
/** The subject under the kind (`Lịch tiếp công dân …`) takes a line or two. */
const MAX_SUBJECT_LINES = 2;
const MAX_SUBJECT_WORDS = 40;

/**
 * An official document pasted into the article (see documents.json): its
 * heading, from the issuer's name over the number or the national name down
 * to the kind of document and its subject, is the form's, not the text a
 * reader reads. Found by the number, the national name or the motto; with
 * nothing above it but the page's lines, the subject is left to be the
 * title.
 */
export const documentHeading: Rule = {
  name: 'document-heading',
  description: "An official document's heading: issuer, number, national name and motto, kind and subject.",
  classify(doc, decided) {
    const anchor = doc.lines.find((l) => decided.isFree(l.index) && isAnchor(l));
    if (!anchor) return [];
    let start = anchor.index;
    while (start > 0 && anchor.index - start < MAX_ISSUER_LINES && decided.isFree(start - 1) && isIssuerLine(doc.lines[start - 1]!.text)) start--;
    const { end, subject } = headingEnd(doc, decided, anchor.index);
    const titled = doc.lines.slice(0, start).some((l) => decided.isFree(l.index));
    const at = anchor.number;
    return doc.lines
      .slice(start, end + 1)
      .filter((l) => decided.isFree(l.index) && (titled || !subject.includes(l.index)))
      .map((l) => decide(l, 'chrome', this.name, `the heading of the official document pasted into the article (its number, national name or motto at line ${at}): the form's, not the text`));
  },
};

/**
 * The number, the national name or the motto: lines only a document's
 * heading prints. A copy of its two columns joins them on one line
 * (`ỦY BAN NHÂN DÂN HUYỆN KỲ ANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
 * `Số: 45/TB-PNV Kỳ Anh, ngày 02 tháng 12 năm 2026`); a sentence that
 * names the state is no heading's.
 */
function isAnchor(line: Line): boolean {
  if (isProse(line) || wordCount(line.text) > MAX_ANCHOR_WORDS) return false;
  return NUMBER.test(line.text.trim()) || NATIONAL_NAMES.foundIn(line.text) !== null || MOTTOS.foundIn(line.text) !== null;
}
/** The issuer beside the national name, or the number beside the place and date. */
const MAX_ANCHOR_WORDS = 20;

/** `ỦY BAN NHÂN DÂN`, `XÃ HÒA PHÚ`, `CÔNG AN TỈNH THANH HÓA`: the issuer, in capitals, a few words; or a rule under it. */
function isIssuerLine(text: string): boolean {
  return RULE_LINE.test(text) || (isAllCaps(text) && wordCount(text) <= MAX_ISSUER_WORDS && !/\d/.test(text));
}

/** The heading's last line below the anchor, and the subject's lines (under the kind, or after `V/v`). */
function headingEnd(doc: Document, decided: Classification, anchor: number): { end: number; subject: number[] } {
  let end = anchor;
  let kind = -1;
  const subject: number[] = [];
  for (let i = anchor + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    const isKind = kind === -1 && KINDS.equals(line.text) && isAllCaps(line.text);
    // The place and date of issue (`Hòa Phú, ngày 03 tháng 12 năm 2026`) read as a dateline already, the kind as a label.
    if (!decided.isFree(i)) {
      if (decided.kindOf(i) !== 'dateline' && !isKind) break;
      end = i;
      if (isKind) kind = i;
      continue;
    }
    if (isKind) end = kind = i;
    else if (kind === -1 && (isAnchor(line) || isIssuerLine(line.text))) end = i;
    else if (SUBJECT_LABELS.prefixOf(line.text) || (kind !== -1 && i - kind <= MAX_SUBJECT_LINES && isSubject(line))) {
      subject.push(i);
      end = i;
    } else break;
  }
  return { end, subject };
}

/** A subject is a heading: no sentence's stop or a colon at its end, and no numbered item. */
function isSubject(line: Line): boolean {
  return !/[.:;!?]$/u.test(line.text) && !/^\d+[.)]\s/u.test(line.text) && wordCount(line.text) <= MAX_SUBJECT_WORDS;
}

/**
 * `THÔNG BÁO` over `Về việc tạm ngừng cung cấp điện …` (or `V/v …`): a
 * subject printed after its label reads as a title only with the kind of
 * document before it, `Thông báo về việc tạm ngừng cung cấp điện …`. The
 * text as given when the line is no such subject right under its kind.
 */
export function withDocumentKind(doc: Document, line: Line, text: string): string {
  const label = ABOUT_LABELS.prefixOf(text);
  const kind = doc.lines[line.index - 1];
  const about = label ? text.slice(label.length).replace(/^\s*[:：]?\s*/u, '') : '';
  return about && kind && KINDS.equals(kind.text) ? `${capitalizeFirst(kind.text)} về việc ${about}` : text;
}
