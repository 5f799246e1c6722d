import { decide, type Decision, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import type { Line } from '../document.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const { marks, fields, dateFields, greetings, closings, maxGreetingLength } = chrome.emailHeaders;
const MARKS = new PhraseList(marks);
const FIELDS = new PhraseList(fields);
const DATE_FIELDS = new PhraseList(dateFields);
const GREETINGS = new PhraseList(greetings);
const CLOSINGS = new PhraseList(closings);
/** Without a forwarding mark over them, two header fields at least: one `Tiêu đề:` alone is a CMS export's title label. */
const MIN_FIELDS = 2;

/** `---------- Forwarded message ---------`: the mark between its dashes, and nothing else. */
const isMark = (text: string) => {
  const bare = text.replace(/^[\s\-–—=_*]+|[\s\-–—=_*:]+$/gu, '');
  return bare !== text && MARKS.equals(bare);
};
const isField = (text: string, list: PhraseList) => list.labelled(text) !== null;

/**
 * `---------- Forwarded message ---------` over `From: …`, `Date: …`,
 * `Subject: …`, `To: …` over `Kính gửi Ban biên tập,`: the email an editor
 * forwarded the article in (see chrome.json emailHeaders). The header's lines,
 * the greeting and the closing (`Trân trọng cảm ơn!`) are the email's; its
 * date is left to the dateline, the day the article was sent.
 */
export const emailHeader: Rule = {
  name: 'email-header',
  description: "The header of an email the article was forwarded in ('From:', 'Subject:'), its greeting to the editors and its closing.",
  classify(doc, decided) {
    const free = decided.free();
    const block: Line[] = [];
    for (const line of free) {
      if (block.length > 0 && line.index !== block.at(-1)!.index + 1) break;
      if (isMark(line.text) || isField(line.text, FIELDS) || isField(line.text, DATE_FIELDS)) block.push(line);
      else break;
    }
    const headed = block.length > 0 && isMark(block[0]!.text);
    if (!headed && block.filter((l) => isField(l.text, FIELDS)).length < MIN_FIELDS) return [];
    const decisions: Decision[] = block
      .filter((l) => !isField(l.text, DATE_FIELDS))
      .map((l) => decide(l, 'chrome', this.name, `the header of the email the article was forwarded in (lines ${block[0]!.number}-${block.at(-1)!.number})`));
    const greeting = free[block.length];
    if (greeting && greeting.text.length <= maxGreetingLength && GREETINGS.prefixAsPrinted(greeting.text)) {
      decisions.push(decide(greeting, 'chrome', this.name, `the email's greeting to the editors, under its header`));
    }
    // `Trân trọng cảm ơn!`: the letter's closing, wherever it stands.
    for (const line of free.slice(block.length)) {
      if (CLOSINGS.equals(line.text.replace(/[\s.,!]+$/u, ''))) decisions.push(decide(line, 'chrome', this.name, "the email's closing"));
    }
    return decisions;
  },
};
