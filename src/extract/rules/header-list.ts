import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { isProse, wordCount, type Document, type Line } from '../document.ts';
import { keyAlternatives, PhraseList, withoutColon } from '../phrases.ts';
import { isButtons } from './site-chrome.ts';
import { navigationMenu } from './navigation-menu.ts';
import { datesArticle, readDateline } from './dateline.ts';
import { isSectionName, sectionLabelled } from '../sections.ts';
import { isWritersCredit, readByline } from '../bylines.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { bareCount, findViewCounter } from '../counters.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const UNTIMED_HEADINGS = new PhraseList([...chrome.headerLists.untimedHeadings, ...chrome.headerLists.topicHeadings]);
const TOPIC_HEADINGS = new PhraseList(chrome.headerLists.topicHeadings);
const HEADINGS = new PhraseList([...chrome.headerLists.headings, ...chrome.headerLists.untimedHeadings, ...chrome.headerLists.topicHeadings]);
/** `15:10 Bắt đối tượng cướp tiệm vàng`: a time, then a headline. */
const TIMED = /^\d{1,2}[:h]\d{2}\s+\p{Lu}/u;
/** `Quyết định số 245/QĐ-UBND …`: a document's kind and its number (folded). */
const DOCUMENT = new RegExp(`^(?:${keyAlternatives(chrome.headerLists.documentKinds)})\\s+so\\s*\\d+\\/`, 'u');

/**
 * A list printed above the article and copied before it: the latest news,
 * each with its time, new documents, each with its number, or the featured
 * headlines down to the title, under the list's heading. Taken before the
 * title is looked for, which would otherwise be the list's first item.
 */
export const headerList: Rule = {
  name: 'header-list',
  description: 'A list above the article (latest news with their times, new documents with their numbers) under its heading.',
  classify(doc, decided) {
    const firstProse = doc.lines.findIndex((l) => decided.isArticleProse(l));
    const head = doc.lines.slice(0, firstProse === -1 ? doc.lines.length : firstProse);
    const decisions: Decision[] = [];
    head.forEach((line, i) => {
      // The heading may be the site's already (`Tin mới nhất` heads blocks anywhere); its items are left to find.
      if (!HEADINGS.equals(withoutColon(line.text))) return;
      // `Văn bản` among `Trang chủ`, `Tin tức`, `Liên hệ`: a menu's entry, with the menu going on under it, heads no list.
      if ([line.index, line.index + 1].every((i) => decided.get(i)?.rule === navigationMenu.name)) return;
      const items = itemsUnder(doc, head.slice(i + 1), line, decided).filter((l) => decided.isFree(l.index));
      if (items.length === 0) return;
      if (decided.isFree(line.index)) decisions.push(decide(line, 'chrome', this.name, `the heading of a list of ${items.length} above the article`));
      for (const item of items) decisions.push(decide(item, 'chrome', this.name, `an item of the list under the heading at line ${line.number}`));
    });
    return decisions;
  },
};

/** The most headlines a list above the article shows with no times (`Tin nổi bật` over three or four). */
const MAX_UNTIMED_ITEMS = 6;

/**
 * `Tin nổi bật` over headlines with no time, then the title over its
 * dateline: the headlines down to the line right above it (and above what
 * stands under a title: its writer, its views, its section), which is the
 * title, are the list. Nothing but short lines between. The site's topics
 * run down to the title over the lead too (`overLead`): a short line over
 * the lead under featured headlines may be the title's deck. Null when
 * nothing ends the run.
 */
function headlinesOverTitle(doc: Document, lines: readonly Line[], heading: Line, decided: Classification, overLead: boolean): Line[] | null {
  const run: Line[] = [];
  for (const line of lines.slice(0, MAX_UNTIMED_ITEMS + 1)) {
    if (line.index !== (run[run.length - 1] ?? heading).index + 1 || isProse(line) || readDateline(line.text)) break;
    run.push(line);
    const below = doc.lines[line.index + 1];
    if (!below || !(datesArticle(below.text) || (overLead && decided.isArticleProse(below)))) continue;
    // `Phương Lan` (or `Phương Lan - Công an huyện …`, `Tác giả: Phương Lan`), the writer's name (printed twice: under their photo
    // and beside it) over the dateline: the title is over the names;
    // `Thích 0 | Chia sẻ 0`, the site's line, `1.520 lượt xem`, or `Thời sự`, the section, is under it.
    let title = run.length - 1;
    const underTitle = (l: Line) => decided.kindOf(l.index) === 'chrome' || !!findViewCounter(l.text) || bareCount(l.text) !== null || isSectionName(l.text);
    while (title > 0 && underTitle(run[title]!)) title--;
    while (title > 0 && isWritersCredit(readByline(run[title]!.text))) title--;
    // The title printed twice, one copy over the other: both are the title's.
    while (title > 0 && matchKey(run[title - 1]!.text) === matchKey(run[title]!.text)) title--;
    // `Tin hoạt động` (or `Chuyên mục: Tin hoạt động`) right over the title is the article's section, not the list's.
    const items = run.slice(0, title);
    const namesSection = (text: string) => isSectionName(text) || !!sectionLabelled(text);
    while (items.length > 0 && namesSection(items[items.length - 1]!.text)) items.pop();
    return items;
  }
  return null;
}

/**
 * `Sự kiện` over `Chuyển đổi số`, `Bầu cử Quốc hội khóa XVI`: the site's hot
 * topics, two or more short names right under their heading, with more
 * lines under them down to the lead (the title, and what a page prints
 * round it).
 */
function topicsUnder(lines: readonly Line[], heading: Line): Line[] {
  const topics: Line[] = [];
  for (const line of lines) {
    if (line.index !== (topics[topics.length - 1] ?? heading).index + 1) break;
    if (isProse(line) || readDateline(line.text) || wordCount(line.text) > chrome.headerLists.maxTopicWords || /[.!?:]$/u.test(line.text)) break;
    topics.push(line);
  }
  const rest = lines.filter((l) => l.index > (topics[topics.length - 1]?.index ?? heading.index));
  return topics.length >= 2 && rest.length > 0 ? topics : [];
}

/**
 * The list's items right under its heading: timed headlines, numbered
 * documents, and its button; or headlines over the title, under a heading
 * of featured headlines, or under any list's heading when its items were
 * copied without their times; or the site's hot topics.
 */
function itemsUnder(doc: Document, lines: readonly Line[], heading: Line, decided: Classification): Line[] {
  const featured = UNTIMED_HEADINGS.equals(withoutColon(heading.text));
  const topics = TOPIC_HEADINGS.equals(withoutColon(heading.text));
  const untimed = featured ? headlinesOverTitle(doc, lines, heading, decided, topics) : null;
  if (untimed === null && topics) return topicsUnder(lines, heading);
  if (untimed?.length) return untimed;
  const timed = listedUnder(lines, heading);
  return timed.length > 0 || featured ? timed : headlinesOverTitle(doc, lines, heading, decided, false) ?? [];
}

/** Timed headlines, numbered documents, and the list's button, right under its heading. */
function listedUnder(lines: readonly Line[], heading: Line): Line[] {
  const items: Line[] = [];
  for (const line of lines) {
    const previous = items[items.length - 1] ?? heading;
    if (line.index !== previous.index + 1) break;
    const isItem = TIMED.test(line.text) || DOCUMENT.test(matchKey(line.text)) || (items.length > 0 && isButtons(line.text));
    if (!isItem) break;
    items.push(line);
  }
  return items.some((l) => !isButtons(l.text)) ? items : [];
}
