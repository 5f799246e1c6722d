import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { isProse, type Line } from '../document.ts';
import { keyAlternatives, PhraseList, withoutColon } from '../phrases.ts';
import { isButtons } from './site-chrome.ts';
import { navigationMenu } from './navigation-menu.ts';
import { datesArticle, readDateline } from './dateline.ts';
import { isSectionName, sectionLabelled } from '../sections.ts';
import { isWritersCredit, readByline } from '../bylines.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const UNTIMED_HEADINGS = new PhraseList(chrome.headerLists.untimedHeadings);
const HEADINGS = new PhraseList([...chrome.headerLists.headings, ...chrome.headerLists.untimedHeadings]);
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
      const items = itemsUnder(head.slice(i + 1), line, decided).filter((l) => decided.isFree(l.index));
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
 * dateline: the headlines down to the line right above the dateline, which
 * is the title, are the list. Nothing but short lines between.
 */
function headlinesOverTitle(lines: readonly Line[], heading: Line, decided: Classification): Line[] {
  const run: Line[] = [];
  for (const line of lines.slice(0, MAX_UNTIMED_ITEMS + 1)) {
    if (line.index !== (run[run.length - 1] ?? heading).index + 1 || isProse(line) || readDateline(line.text)) break;
    run.push(line);
    const below = lines.find((l) => l.index === line.index + 1);
    if (!below || !datesArticle(below.text)) continue;
    // `Phương Lan` (or `Phương Lan - Công an huyện …`, `Tác giả: Phương Lan`), the writer's name (printed twice: under their photo
    // and beside it) over the dateline: the title is over the names;
    // `Thích 0 | Chia sẻ 0`, the site's line, is under it.
    let title = run.length - 1;
    while (title > 0 && decided.kindOf(run[title]!.index) === 'chrome') title--;
    while (title > 0 && isWritersCredit(readByline(run[title]!.text))) title--;
    // The title printed twice, one copy over the other: both are the title's.
    while (title > 0 && matchKey(run[title - 1]!.text) === matchKey(run[title]!.text)) title--;
    // `Tin hoạt động` (or `Chuyên mục: Tin hoạt động`) right over the title is the article's section, not the list's.
    const items = run.slice(0, title);
    const namesSection = (text: string) => isSectionName(text) || !!sectionLabelled(text);
    while (items.length > 0 && namesSection(items[items.length - 1]!.text)) items.pop();
    return items;
  }
  return [];
}

/**
 * The list's items right under its heading: timed headlines, numbered
 * documents, and its button; or headlines over the title, under a heading
 * of featured headlines, or under any list's heading when its items were
 * copied without their times.
 */
function itemsUnder(lines: readonly Line[], heading: Line, decided: Classification): Line[] {
  const featured = UNTIMED_HEADINGS.equals(withoutColon(heading.text));
  const untimed = featured ? headlinesOverTitle(lines, heading, decided) : [];
  if (untimed.length > 0) return untimed;
  const timed = listedUnder(lines, heading);
  return timed.length > 0 || featured ? timed : headlinesOverTitle(lines, heading, decided);
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
