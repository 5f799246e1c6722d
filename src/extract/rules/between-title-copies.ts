import { decide, type Decision, type LineKind, type Rule } from '../decision.ts';
import { navigationMenu } from './navigation-menu.ts';
import { isProse } from '../document.ts';
import { readByline } from '../bylines.ts';
import { accountKind, sectionLabelled } from '../sections.ts';
import { isSiteName } from './title.ts';
import { sectionOver } from './section-label.ts';

/**
 * `Khởi tố … - Công an tỉnh Phú Thọ` (a browser tab's title) over the site's
 * name, its menu and the section, over `Khởi tố …`: the title printed again
 * under the page's header. The short lines between the two copies are that
 * header: the one right over the second copy (or over its dateline and buttons), when it names a section (not
 * the site, nor the account that posted), is the article's section; the
 * others are the site's. A writer's name there is left to the byline rules,
 * and prose between the copies leaves them all.
 */
/** What may stand between the section and the title's copy: the article's dateline, its view counter, the page's buttons. */
const OVER_COPY_KINDS = new Set<LineKind>(['dateline', 'views', 'chrome']);
const MAX_LINES_TO_COPY = 3;

export const betweenTitleCopies: Rule = {
  name: 'between-title-copies',
  description: "The page's header printed between the title and its copy: the site's lines and the section.",
  classify(doc, decided) {
    const title = decided.first('title');
    const copy = decided.first('title-repeat');
    if (!title || !copy) return [];
    const between = doc.lines.slice(title.line + 1, copy.line).filter((l) => decided.isFree(l.index));
    if (between.length === 0 || between.some(isProse)) return [];
    const last = between[between.length - 1]!;
    const copyLine = doc.lines[copy.line]!;
    const labelled = sectionLabelled(last.text);
    // Right over the copy, read as it would be right over the title: a known section, a label in capitals, `Chuyên mục: …`;
    // the site's name (`CÔNG AN TỈNH PHÚ THỌ`) and the account that posted it (`Admin`) are the site's there too.
    // Right over it, or over the lines a page prints over it (`Xã hội` / `Thứ hai, 03/06/2024` / `Cỡ chữ` / the copy): the dateline,
    // the view counter, the article's buttons; not the menu, nor another section.
    const under = doc.lines.slice(last.index + 1, copyLine.index).map((l) => decided.get(l.index));
    const overCopy = under.length <= MAX_LINES_TO_COPY && under.every((d) => !!d && OVER_COPY_KINDS.has(d.kind) && d.rule !== navigationMenu.name && !d.fields?.section);
    const over = overCopy && !isSiteName(last.text) && !accountKind(last.text);
    const section = !over ? null : labelled ? decide(last, 'section', this.name, `the section under its label, right over the title's copy at line ${copyLine.number}`, { section: labelled.section }) : sectionOver(last, copyLine, decided, this.name);
    const decisions: Decision[] = section ? [section] : [];
    const why = `the page's header between the title at line ${doc.lines[title.line]!.number} and its copy at line ${copyLine.number}`;
    for (const line of between) {
      // `ANTĐ`, a paper's brand in initials, reads as a writer's initials: a site's name is the site's.
      if (!(section && line === last) && (!readByline(line.text)?.author || isSiteName(line.text))) decisions.push(decide(line, 'chrome', this.name, why));
    }
    return decisions;
  },
};
