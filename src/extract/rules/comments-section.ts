import { decide, type Rule } from '../decision.ts';
import type { Line } from '../document.ts';
import { PhraseList, stripBullet } from '../phrases.ts';
import { readDateline } from './dateline.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const HEADINGS = new PhraseList(chrome.comments.headings);
const FORMS = new PhraseList(chrome.comments.forms);

/**
 * `Ý kiến bạn đọc (2)` under the article, then `Lê Văn Tùng - 05/12/2026
 * 07:20`, what the reader wrote, `Trả lời`: the readers' comments. A
 * heading with a form or a reader's dated name within a few lines opens
 * them (its count alone does not: a toolbar under the lead counts them
 * too); from there to the end the page is the site's (the comments, then
 * its other blocks and footer), never the article's. Before the dateline
 * rule, so that no reader's date is taken for the article's.
 */
export const commentsSection: Rule = {
  name: 'comments-section',
  description: "Readers' comments under the article, from their heading to the end of the page.",
  classify(doc, decided) {
    // The heading may be the site's already (a site phrase, a button): what follows it is what is asked here.
    const heading = doc.lines.find((l) => isHeading(l.text) && decided.proseAbove(l.index) && doc.lines.slice(l.index + 1, l.index + 1 + chrome.comments.evidenceLines).some(opensComments));
    if (!heading) return [];
    return decided
      .free()
      .filter((l) => l.index >= heading.index)
      .map((l) => decide(l, 'chrome', this.name, l === heading ? "the heading of the readers' comments" : `in the readers' comments under the heading at line ${heading.number}`));
  },
};

/** The heading of readers' comments, or their form (`Bình luận (0)`, `Gửi bình luận`): where a block of the article's ends, at the latest. */
export const isCommentsLine = (text: string) => isHeading(text) || !!FORMS.prefixOf(stripBullet(text));

/** `Ý kiến bạn đọc`, `Bình luận (2)`, `Bình luận:`, `0 bình luận`: the heading, without its count or colon. */
const isHeading = (text: string) => HEADINGS.equals(stripBullet(text).replace(/\s*(?:\(\s*\d+\s*\)|[:：])\s*$/u, '').replace(/^\d[\d.,]*\s+/u, ''));

/** `Gửi ý kiến`, `Lê Văn Tùng - 05/12/2026 07:20`: a comment form, or a reader's name and when they wrote. */
function opensComments(line: Line): boolean {
  if (FORMS.prefixOf(stripBullet(line.text))) return true;
  const dated = readDateline(line.text);
  return !!dated?.published && !!dated.author;
}
