import { decide, type Decision, type Rule } from '../decision.ts';
import { PhraseList, stripBullet } from '../phrases.ts';
import { isLongProse, isProse, wordCount, type Document, type Line } from '../document.ts';
import { listMarker } from '../outline.ts';
import { holdsPhoneNumber, ORGANISATION_FORM, readByline } from '../bylines.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { isPlaceName } from '../places.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const { openers, kinds, relations } = chrome.blockStarts.otherItems;
/** `Các thông báo khác`, `Tin liên quan`: every opener, kind and relation of otherItems, as one heading each. */
const OTHER_ITEMS = openers.flatMap((opener) => kinds.flatMap((kind) => relations.map((relation) => `${opener} ${kind} ${relation}`.trim())));
/** Headings of lists of other articles' headlines. */
const HEADLINE_LISTS = new PhraseList([...chrome.blockStarts.phrases, ...OTHER_ITEMS]);
/** Headings of readers' words, a form, the site's figures. */
const FORMS = new PhraseList(chrome.blockStarts.forms.phrases);
/** Headings of an advertiser's block (`Quảng cáo`). */
const ADS = new PhraseList(chrome.adHeadings.phrases);
type BlockKind = 'headlines' | 'form' | 'ad';
/** What a block's heading (as blockHeading reads it) opens, or null for a line that heads none. */
function blockKind(heading: string): BlockKind | null {
  return HEADLINE_LISTS.equals(heading) ? 'headlines' : FORMS.equals(heading) ? 'form' : ADS.equals(heading) ? 'ad' : null;
}

/**
 * `Tin liên quan` followed by the titles of other articles: the heading and
 * the short lines after it are site text, up to the next real paragraph.
 */
export const relatedBlock: Rule = {
  name: 'related-block',
  description: 'A related-articles, comments or advertiser\'s block: its heading and the short lines under it.',
  classify(doc, decided) {
    const decisions: Decision[] = [];
    const lines = doc.lines;
    for (const line of lines) {
      const heading = blockHeading(line.text);
      const kind = blockKind(heading);
      // `Tin nổi bật` over the title is the article's section, not a block's heading.
      if (!kind || decided.kindOf(line.index) === 'section') continue;
      const at = line.number;
      if (decided.isFree(line.index)) decisions.push(decide(line, 'chrome', this.name, `the heading '${heading}' of a site block`));
      let first: Line | undefined;
      for (const next of lines.slice(line.index + 1)) {
        // A list over the article (`Tin mới nhất` over the latest headlines) ends at its title, or the title's copy.
        if (endsBlock(next, kind) || decided.kindOf(next.index) === 'title' || decided.kindOf(next.index) === 'title-repeat') break;
        if (kind === 'headlines' && first && leavesList(next, first, lines[next.index + 1])) break;
        if (kind === 'ad' && (next.index - line.index > MAX_AD_LINES || !isAdLine(next.text))) break;
        first ??= next;
        if (decided.isFree(next.index)) decisions.push(decide(next, 'chrome', this.name, `in the site block under the heading at line ${at}`));
      }
    }
    return decisions;
  },
};

/** The heading of a site block, as printed (`Bình luận (2)`, `Tin liên quan:`), without its count or colon. */
function blockHeading(text: string): string {
  const heading = stripBullet(text);
  // Most lines end with a letter or a stop, and are not searched for a count.
  return /[:：()\d]$/u.test(heading) ? heading.replace(/\s*[:：(\d)]*$/, '') : heading;
}

/**
 * `Nguyễn Văn Hải - 27/04/2024 11:20` under `Bình luận (2)`: the line
 * stands in a site block, under its heading, with no paragraph of the
 * article's between.
 */
export function inSiteBlock(doc: Document, line: Line): boolean {
  let within = blockStates.get(doc);
  if (!within) blockStates.set(doc, (within = siteBlockStates(doc)));
  return within[line.index]!;
}

/** Each document's answers to inSiteBlock, line by line: asked of many lines, made once in one pass. */
const blockStates = new WeakMap<Document, boolean[]>();

/** Whether each line stands under a site block's heading: the nearest line above that is a block's edge decides. */
function siteBlockStates(doc: Document): boolean[] {
  const within: boolean[] = [];
  let underHeading = false;
  for (const line of doc.lines) {
    within.push(underHeading);
    const edge = blockEdge(line);
    if (edge) underHeading = edge === 'heading';
  }
  return within;
}

/** A site block's heading (`Bình luận (2)`), or a line that ends a block (without the heading yet, a sentence ends one only as it ends a form); null for others. */
export function blockEdge(line: Line): 'heading' | 'end' | null {
  // An advertiser's block is its few lines (see isAdLine): the lines further under its label are no site block's.
  const kind = blockKind(blockHeading(line.text));
  if (kind && kind !== 'ad') return 'heading';
  return endsBlock(line, 'form') ? 'end' : null;
}

/** `PV: …`, `Họ và tên: …`: a short label and its colon opening the line. */
const LABELLED = /^([^\s:：][^:：]{0,24})[:：]\s/u;
/** Whether a line opens with a label: a place and its colon (`Lâm Đồng: Sạt lở đất …`) is how a headline names where, no label. */
function opensWithLabel(text: string): boolean {
  const label = LABELLED.exec(text)?.[1];
  return label !== undefined && !isPlaceName(label);
}
/** A subheading is a few words; a headline, a full clause. */
const MAX_SUBHEADING_WORDS = 7;

/**
 * A line after a list's first headline that is the article's again, as the
 * list's headlines, printed alike, are not: one marked otherwise than the
 * first (`1. Kết quả nổi bật`, `- Thưa anh, …?` under unmarked headlines),
 * one that opens with a label where the first does not (an interview's `PV:
 * Xin đồng chí cho biết …?`, a notice's `Họ tên: …`; a headline's place is
 * none), the byline under
 * headlines (a writer's name, a unit, a source), or a subheading over the
 * text going on under it (`Thủ đoạn ngày càng tinh vi` over a long
 * paragraph), where a box of headlines sits in the middle of the text.
 */
function leavesList(line: Line, first: Line, after: Line | undefined): boolean {
  const marker = listMarker(line.text);
  if (marker && marker !== listMarker(first.text)) return true;
  if (opensWithLabel(line.text) && !opensWithLabel(first.text)) return true;
  // `Phan Trâm`, `Nhóm PV`, `Theo TTXVN` under a box of headlines: the byline, which closes the article (a list of names or
  // places is no box). A unit standing alone reads as many a headline does (`Bộ Công an tổng kết công tác năm 2026`).
  const credits = (text: string) => { const found = readByline(text); return !!found && (found.author !== null || (found.source !== null && found.form !== ORGANISATION_FORM)); };
  if (credits(line.text) && !credits(first.text)) return true;
  return after !== undefined && isProse(after) && (wordCount(line.text) <= MAX_SUBHEADING_WORDS || marker !== listMarker(first.text));
}

/** An advertiser's block runs a few lines: its name and offer, its contacts. */
const MAX_AD_LINES = 3;
/** A business's name (`Công ty TNHH …`), the advertiser's (see chrome.json adHeadings). */
const ADVERTISERS = new PhraseList(chrome.adHeadings.advertisers.phrases);
/** How to reach an advertiser (`Hotline: …`, `Địa chỉ: …`). */
const AD_CONTACTS = new PhraseList(chrome.contacts.labels);

/**
 * `Quảng cáo` over `Công ty TNHH Minh Phát - Chuyên cung cấp …` over
 * `Hotline: 0912.345.678`: under an advertiser's heading, the lines that
 * read as an ad (a business's name, how to reach it, a phone number) are its
 * block. Anything else there is the article's (its label alone stood over an
 * image the copy lost): a paragraph, a unit's name (the source), a
 * writer's, with their phone or not.
 */
function isAdLine(text: string): boolean {
  // `Phan Anh - ĐT: 0912.345.678`: a writer with their phone is the byline.
  return (!!ADVERTISERS.prefixOf(text) || !!AD_CONTACTS.prefixOf(text) || holdsPhoneNumber(text)) && !readByline(text)?.author;
}

/**
 * The article's own text again: a long paragraph, or a sentence that ends
 * with a full stop. A list's headlines end without a stop (a question's mark
 * or an exclamation may end a headline), in normal case, and open no list, so
 * under them a sentence with its stop is the article's however short
 * (`Triển lãm kéo dài đến hết ngày 30/5.`), and so are a line that opens a
 * list (`… gồm:`) or is an item of one (`…;`), and a subheading in capitals. Under a form's heading a
 * reader's comment is a short sentence, or a name in capitals, and under an
 * advertiser's its offer: a sentence ends those blocks only when it reads as prose.
 */
function endsBlock(line: Line, kind: BlockKind): boolean {
  const text = line.text;
  const sentence = /\.["”’)]?$/u.test(text) && !/\.\.\.$/.test(text);
  if (kind !== 'headlines') return isLongProse(line) || (sentence && isProse(line));
  return isLongProse(line) || sentence || /[:：;]$/u.test(text) || (isAllCaps(text) && /\p{L}{2}/u.test(text));
}
