import { decide, type Decision, type Rule } from '../decision.ts';
import { isProse, type Document, type Line } from '../document.ts';
import { keyAlternatives, PhraseList } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { findDates, isPostAge } from '../dates.ts';
import { isButtons } from './site-chrome.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const REACTIONS = new PhraseList(chrome.socialEmbed.reactions);
/** `5 tháng 3 lúc 20:15 ·`, `3 giờ ·`, `Hôm qua lúc 08:00 · 🌏`: a post's time, closed by the network's dot (and its audience icon). */
const POST_TIME = /^(?=.*\d)[^.!?]{1,40}\s·(?:\s*\S{1,2})?$/u;
/** A time of day or a count of hours, minutes, days: what a post's time says. */
const TIME_WORDS = /\d{1,2}:\d{2}|\d+\s*(?:giờ|phút|ngày|tuần|h|m|d|w)\b/u;

/**
 * A post embedded from a social network (`Công an tỉnh Lạng Sơn` over `5
 * tháng 3 lúc 20:15 ·`, what the post says, `Thích`, `Bình luận`, `Chia sẻ`):
 * the page's copy of another site's post, not the article. The post's time
 * finds it; its reactions below end it; the poster's name is the line above.
 */
export const socialEmbed: Rule = {
  name: 'social-embed',
  description: "A social network's post embedded in the page: poster, time, text and reactions.",
  classify(doc, decided) {
    const decisions: Decision[] = [];
    for (const line of decided.free()) {
      if (decisions.some((d) => d.line === line.index) || !isPostTime(line.text)) continue;
      const end = lastReaction(doc, line);
      if (end === null) continue;
      const poster = doc.lines[line.index - 1];
      const start = poster && !isProse(poster) && decided.isFree(poster.index) ? poster.index : line.index;
      for (const l of doc.lines.slice(start, end + 1)) {
        if (decided.isFree(l.index)) decisions.push(decide(l, 'chrome', this.name, `part of a social network's post embedded at line ${line.number} (its time)`));
      }
    }
    return decisions;
  },
};

/** `5 tháng 3 lúc 20:15 ·`: a post's time, closed by the network's dot; or its age (`5 giờ`, see isPostAge). */
export function isPostTime(printed: string): boolean {
  // Every line is asked: a post's time is short and has its dot.
  if (printed.length > MAX_POST_TIME_LENGTH + MAX_STATUS_LENGTH) return false;
  if (!printed.includes('·')) return isPostAge(printed) || UNDOTTED_TIME.test(matchKey(printed));
  const text = withoutPostStatus(printed);
  if (text.length > MAX_POST_TIME_LENGTH) return false;
  return POST_TIME.test(text) && (TIME_WORDS.test(text) || findDates(text).length > 0);
}
const { days, at } = chrome.socialEmbed.timeWithoutDot;
/** `6 tháng 12 lúc 10:15`, `6 tháng 12, 2025 lúc 10:15`, `Hôm qua lúc 08:00`: the network's wording of a post's time (by match keys), which tells it without its dot. */
const UNDOTTED_TIME = new RegExp(`^(?:\\d{1,2} thang \\d{1,2}(?:,? \\d{4})?|${keyAlternatives(days)}) (?:${keyAlternatives(at)}) \\d{1,2}:\\d{2}$`, 'u');
const MAX_POST_TIME_LENGTH = 48;
const MAX_STATUS_LENGTH = 24;
/** `· Đã chỉnh sửa`: the post's status after the network's dot (see chrome.json socialEmbed). */
const POST_STATUS = new RegExp(`(\\s·)\\s*(?:${keyAlternatives(chrome.socialEmbed.statuses)})\\s*$`, 'u');

/** `3 tháng 12 lúc 16:20 · Đã chỉnh sửa` → `3 tháng 12 lúc 16:20 ·`: the time and its dot, without the post's status. */
export function withoutPostStatus(text: string): string {
  // The dateline asks every short line with a digit: only a line with the network's dot is folded.
  if (!text.includes('·')) return text;
  const m = POST_STATUS.exec(matchKey(text));
  return m ? text.slice(0, m.index + m[1]!.length) : text;
}

/**
 * The last reaction button of the run right under the post's time, or null
 * when none comes soon after it, or when nothing but dates and buttons comes between: a
 * post says something, and a page's share button under its own relative time
 * and dateline (`3 giờ trước`, `21/08/2024 | 15:20`, `Chia sẻ`) is no post.
 */
function lastReaction(doc: Document, time: Line): number | null {
  let last: number | null = null;
  let said = false;
  for (const line of doc.lines.slice(time.index + 1, time.index + 1 + chrome.socialEmbed.maxLines)) {
    if (REACTIONS.equals(line.text)) last = line.index;
    else if (last !== null || isProse(line)) break;
    else said ||= findDates(line.text).length === 0 && !isButtons(line.text);
  }
  return said ? last : null;
}
