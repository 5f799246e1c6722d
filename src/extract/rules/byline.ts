import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { creditFields, isLabelledForm, isLabelledSource, isRank, isRole, isWritersCredit, NAME_FORM, OFFICER_FORM, ORGANISATION_FORM, readByline, type Byline } from '../bylines.ts';
import { isProse, type Document, type Line } from '../document.ts';
import { findReadingTimes, parseCount } from '../counters.ts';
import { isPlaceName } from '../places.ts';
import { describesScene } from '../figures.ts';
import { accountKind } from '../sections.ts';
import { relatedBlock } from './related-block.ts';
import { isSiteLineButMenu } from './navigation-menu.ts';
import { aboveEmail, isEmailAlone } from './site-chrome.ts';

/** A CMS account's name, read where a byline may stand: it credits nobody. */
const ACCOUNT: Byline = { author: null, source: null, form: 'a CMS account' };

/**
 * A site's description of itself can follow the byline (one long paragraph)
 * before the statistics; more prose than that means the article goes on.
 */
const MAX_PROSE_AFTER_BYLINE = 1;

/**
 * The byline closes the article: `Tác giả: X`, a bare name, `LÊ MẬU LÂM`,
 * `TT – Cổng thông tin …`. It is looked for after the body has started and
 * where at most one paragraph follows, so a name inside the body is not taken
 * for it. A labelled byline at the top (`Bài, ảnh: X` under the title), or
 * a name beside the dateline there, is read too, but does not end the article.
 */
export const byline: Rule = {
  name: 'byline',
  description: 'The byline: author and source, at the end of the article or labelled at the top.',
  classify(doc, decided) {
    const free = decided.free();
    const prose = free.findIndex(isProse);
    // A poem's page: no line of prose, its verse is the body (see verseStart).
    const verse = prose === -1 ? verseStart(free, decided) : -1;
    const firstProse = prose === -1 ? verse : prose;
    const decisions: Decision[] = [];
    /** Bylines at the top that credit an editor (`Biên tập: X`). */
    const team = new Set<Decision>();
    /** A writer's name alone right under the title, away from any dateline: the byline if no other names a writer. */
    let nameUnderTitle: { line: Line; found: Byline } | undefined;
    /** Bylines that are a source under its label (`Nguồn: X`). */
    const labelledSources = new Set<Decision>();
    for (let i = 0; i < free.length; i++) {
      const line = free[i]!;
      // `Admin Công an huyện` where the byline stands: an account, which the check below sets aside.
      const found = readByline(line.text) ?? (accountKind(line.text) === 'known' ? ACCOUNT : null);
      // `Đoàn viên thanh niên hướng dẫn người dân …` names no organisation: it tells what a photo shows (see standalone-caption).
      if (!found || isPlaceName(line.text) || (!found.author && describesScene(line.text))) continue;
      // `Hồng Quân` over `Phóng viên`: the writer's role on a line of its own, under their name: the name is the byline.
      const writerAbove = free[i - 1]?.index === line.index - 1 && isRole(line.text) ? free[i - 1]! : undefined;
      const named = writerAbove && readByline(writerAbove.text);
      if (writerAbove && named?.form === NAME_FORM) {
        if (!decisions.some((d) => d.line === writerAbove.index)) {
          decisions.push({ ...bylineDecision(writerAbove, named, this.name, false), reason: `a byline (a name standing alone), over the writer's role at line ${line.number}` });
          if (nameUnderTitle?.line === writerAbove) nameUnderTitle = undefined;
        }
        decisions.push(decide(line, 'byline', this.name, `the writer's role, under their name at line ${writerAbove.number}`));
        continue;
      }
      if (firstProse === -1 || i < firstProse) {
        const unit = unitBelow(line, free[i + 1]);
        // `Nguồn: Công an Hà Tĩnh` under the dateline: a source under its label, as a labelled writer is.
        if (isLabelledForm(found) || isLabelledSource(found) || besideDateline(doc, line, found, decided, unit !== null) || writerAndUnitUnderTitle(line, found, decided)) {
          const top = bylineDecision(line, found, this.name, false);
          decisions.push(top);
          if (found.team) team.add(top);
          if (unit && found.author) decisions.push(bylineDecision(free[++i]!, unit, this.name, false));
        } else if (underTitle(line, decided) && found.author) nameUnderTitle ??= { line, found };
        continue;
      }
      // `Phan Trâm` under the dateline a paper prints after the lead: the writer's name beside the article's dateline;
      // `Thiết kế: Văn Minh` under an infographic: the rest of the team, credited where they worked, not closing the article.
      if (underArticleDateline(doc, line, found, decided) || (found.team && !found.author) || underLead(doc, free, i, firstProse, found, decided)) {
        decisions.push(bylineDecision(line, found, this.name, false));
        continue;
      }
      if (proseAfter(free, i, decided) > MAX_PROSE_AFTER_BYLINE) continue;
      if (inTable(doc, line, decided)) continue;
      // Under verse only the last lines may sign it: a line of a poem can read as a name (`Trường Sơn Đông`).
      if (verse !== -1 && free.length - 1 - i > MAX_LINES_UNDER_VERSE_BYLINE) continue;
      if (namedAfterMoreText(free, i)) continue;
      // `Mọi thông tin xin liên hệ:` over `Đội Cảnh sát giao thông …`: what the text introduces, not who wrote it; so are the
      // further items of its list (`… gồm:` over `Thiếu tá X - Đội …` over `Đại úy Y - Công an huyện …`).
      if (listedAfterColon(doc, line, found)) continue;
      if (accountKind(line.text) === 'known') {
        decisions.push(decide(line, 'account', this.name, "a CMS account ('Ban biên tập') where the byline stands: it credits nobody"));
        break;
      }
      // `Đại tá X, Giám đốc Công an tỉnh` right over another writer's name: a caption naming the officer in a photo.
      const below = free[i + 1];
      if (found.form === OFFICER_FORM && below?.index === line.index + 1 && readByline(below.text)?.author) continue;
      const writer = bylineDecision(line, found, this.name, true);
      decisions.push(writer);
      // `Thượng tá` over `NGUYỄN THANH BÌNH`: the writer's rank on a line of its own, over the name.
      const rank = free[i - 1];
      if (rank && rank.index === line.index - 1 && isRank(rank.text)) decisions.push(decide(rank, 'byline', this.name, `the writer's rank, over their name at line ${line.number}`));
      if (isLabelledSource(found)) labelledSources.add(writer);
      // "Nguyễn Văn A" then "Theo Báo CAND": one byline printed on two lines.
      for (let j = i + 1; j < free.length && rightUnder(doc, free[j - 1]!, free[j]!); j++) {
        const more = readByline(free[j]!.text);
        if (!more) break;
        if (isRole(free[j]!.text)) {
          decisions.push(decide(free[j]!, 'byline', this.name, `the writer's role, under their name at line ${line.number}`));
          continue;
        }
        // `(Nguồn: Công an tỉnh Nghệ An)` over `Ban Biên tập`: the account under the byline credits nobody, as in its place.
        if (accountKind(free[j]!.text) === 'known') {
          decisions.push(decide(free[j]!, 'account', this.name, `a CMS account ('Ban biên tập') under the byline at line ${line.number}: it credits nobody`));
          continue;
        }
        // `Thiếu tá X - Phòng An ninh mạng` (or `Tác giả: Phòng Phổ biến, giáo dục pháp luật`, a unit under the writer's label)
        // over `Nguồn tin: Công an tỉnh Bình Dương`: the labelled source is the article's, the unit only the writer's.
        if (more.source && !more.author && (writer.fields?.author || isLabelledForm(found)) && writer.fields?.source && isLabelledSource(more)) delete writer.fields.source;
        // `Biên tập: Hoàng Long` under the writer: the rest of the team, credited where they worked, wrote none of it.
        const next = bylineDecision(free[j]!, more.team ? { ...more, author: null } : more, this.name, true);
        decisions.push(next);
        if (isLabelledSource(more)) labelledSources.add(next);
      }
      break;
    }
    // `Phương Lan` over `Phương Lan` over the dateline: the writer's name printed twice (beside their photo, and as its alternative text).
    const twice = nameUnderTitle && decisions.find((d) => d.line === nameUnderTitle!.line.index + 1 && d.fields?.author === nameUnderTitle!.found.author);
    if (twice) decisions.push({ ...bylineDecision(nameUnderTitle!.line, nameUnderTitle!.found, this.name, false), reason: `the writer's name, printed again right over the byline at line ${doc.lines[twice.line]!.number}` });
    // `Minh Hà` alone right under the title, and no writer named anywhere else: the byline, printed where some sites print it.
    else if (nameUnderTitle && !decisions.some((d) => d.fields?.author)) {
      decisions.push({ ...bylineDecision(nameUnderTitle.line, nameUnderTitle.found, this.name, false), reason: `a byline (${nameUnderTitle.found.form}) right under the title, and no writer named elsewhere` });
    }
    // `Lâm Hải (Công an huyện Mỹ Xuyên)` under the title, `Nguồn: congan.soctrang.gov.vn` at the end: the unit is the writer's.
    const labelled = decisions.find((d) => d.endsArticle && labelledSources.has(d));
    if (labelled) {
      for (const d of decisions) {
        if (d === labelled || !d.fields?.author || !d.fields.source) continue;
        delete d.fields.source;
        d.reason += `; the unit is the writer's: the article's source is labelled at line ${doc.lines[labelled.line]!.number}`;
      }
    }
    // `Biên tập: X` under the title and a writer at the end: X edited what the writer wrote.
    if (decisions.some((d) => d.endsArticle && d.fields?.author)) {
      for (const d of team) {
        delete d.fields?.author;
        d.reason += "; it credits the editor: the writer is named at the end";
      }
    }
    return decisions;
  },
};

/** A poem runs to this many lines at least; fewer short lines under a title are a notice or a list. */
const MIN_VERSE_LINES = 4;

/** Under a poem, the writer's name and one more line of their credit (`(Công an huyện Mường Lát)`). */
const MAX_LINES_UNDER_VERSE_BYLINE = 1;

/**
 * A page that holds no line of prose under its title, only short lines (a
 * poem's verse, `Đêm biên cương gió lạnh`): the body starts at the first of
 * them that is no byline (one labelled over the verse still reads as the
 * top's); -1 when the title has fewer such lines under it.
 */
function verseStart(free: readonly Line[], decided: Classification): number {
  const title = decided.first('title');
  if (!title) return -1;
  const start = free.findIndex((l) => l.index > title.line && !readByline(l.text));
  const lines = start === -1 ? 0 : free.slice(start).filter((l) => !readByline(l.text)).length;
  return lines >= MIN_VERSE_LINES ? start : -1;
}

/**
 * `MINH HÀ` between the title and `Thứ Bảy, 01-06-2024, 08:30`: a name
 * above the body, under the title and next to the dateline (or over the
 * reading time), maybe with the writer's unit (`Thiếu tá X - Công an huyện
 * Y`), is the writer's, as newspapers print their bylines in the head of
 * the article.
 */
function besideDateline(doc: Document, line: Line, found: Byline, decided: Classification, unitBelow: boolean): boolean {
  const title = decided.first('title');
  if (!title || title.line > line.index) return false;
  // `PHÒNG CẢNH SÁT PCCC&CNCH` right between the title (or its copy) and its dateline: the unit that wrote it, the source.
  if (!found.author) return found.form === ORGANISATION_FORM && ['title', 'title-repeat'].includes(decided.kindOf(line.index - 1) ?? '') && decided.kindOf(line.index + 1) === 'dateline';
  const below = unitBelow ? 2 : 1;
  // A browser's reader view prints the writer over the reading time (`3–4 phút`), and no date.
  const readingTime = (i: number) => decided.kindOf(i) === 'chrome' && findReadingTimes(doc.lines[i]!.text).length > 0;
  return underDateline(line, decided) || decided.kindOf(line.index + below) === 'dateline' || readingTime(line.index + below);
}

/** The line right under a dateline, or under the view counter or the share button under it (`Lượt xem: 123`, `Chia sẻ`). */
function underDateline(line: Line, decided: Classification): boolean {
  return decided.kindOf(lineAbove(line, decided)) === 'dateline';
}

/**
 * The view counter and the article's buttons stand between a dateline and the writer's name under it: a line or two,
 * and a read-aloud player's label and clock besides (`Lượt xem: 45`, `Nghe bài viết`, `00:00 / 03:45`, `Chia sẻ`).
 */
const MAX_LINES_UNDER_DATELINE = 4;

/** The line above, over the view counter or the article's buttons (the site's lines but its menu) if they stand between. */
function lineAbove(line: Line, decided: Classification): number {
  const between = (i: number) => decided.kindOf(i) === 'views' || isSiteLineButMenu(decided, i);
  let above = line.index - 1;
  while (above >= 0 && line.index - above <= MAX_LINES_UNDER_DATELINE && between(above)) above--;
  return above;
}

/**
 * A writer's name right under the article's dateline (the first, under the title), above the lead or under it; a
 * dateline printed after more of the text than the lead has the closing byline under it, read with its other lines.
 */
function underArticleDateline(doc: Document, line: Line, found: Byline, decided: Classification): boolean {
  const dateline = decided.first('dateline');
  const title = decided.first('title');
  if (!found.author || !dateline || !title || title.line > dateline.line || lineAbove(line, decided) !== dateline.line) return false;
  return doc.lines.slice(title.line + 1, dateline.line).filter((l) => decided.isFree(l.index) && isProse(l)).length <= 1;
}

/**
 * `THANH HÀ` (or `Tác giả: Thanh Hà`, `Thanh Hà - Công an huyện …`) right
 * under the lead, with the article's text under it: the writer's credit
 * where some papers print it, between the lead and the text. A writer's
 * credit right under the first paragraph (maybe over the article's
 * dateline), with more of the text under it and no writer named further down.
 */
function underLead(doc: Document, free: readonly Line[], i: number, firstProse: number, found: Byline, decided: Classification): boolean {
  const line = free[i]!;
  if (i !== firstProse + 1 || free[firstProse]!.index !== line.index - 1 || !isWritersCredit(found)) return false;
  // `Minh Anh` over `Thứ hai, 7/12/2026 08:15 (GMT+07:00)`: the writer and the date printed together under the lead, maybe
  // with its view count or the site's lines under them (`Nghe bài viết`, a player's clock); the writer's email address
  // may stand between.
  let below = line.index + (isEmailAlone(doc.lines[line.index + 1]?.text ?? '') ? 2 : 1);
  if (decided.kindOf(below) === 'dateline') while (['dateline', 'views', 'chrome'].includes(decided.kindOf(below) ?? '')) below++;
  const next = free[i + 1];
  return !!next && next.index === below && isProse(next) && !namedAfterMoreText(free, i);
}

/** The line is right under the other, or under the writer's email address under it: one byline printed on lines of its own. */
const rightUnder = (doc: Document, above: Line, line: Line) => aboveEmail(doc, line) === above;

/**
 * `Thượng úy Nguyễn Văn Nam - Phòng Cảnh sát cơ động` right under the title,
 * the date printed elsewhere: a writer with their unit there is the byline,
 * though no dateline stands beside it (a name alone may be a subtitle).
 */
function writerAndUnitUnderTitle(line: Line, found: Byline, decided: Classification): boolean {
  return underTitle(line, decided) && !!found.author && !!found.source;
}

/** The line right under the title (or under its last copy), maybe with the view counter or the article's buttons between. */
function underTitle(line: Line, decided: Classification): boolean {
  // Under the title's copy, where the title is printed again (right under it, or under a tab's title and the page's header),
  // or under the view counter or the buttons (see lineAbove).
  const last = decided.all().filter((d) => d.kind === 'title' || d.kind === 'title-repeat').pop();
  return !!last && lineAbove(line, decided) === last.line;
}

/**
 * `Thượng tá, TS. NGUYỄN VĂN HÙNG` over `Học viện An ninh nhân dân`: the
 * writer's unit on the line right below the writer's name, an organisation
 * and nothing else.
 */
function unitBelow(line: Line, next: Line | undefined): Byline | null {
  if (!next || next.index !== line.index + 1 || isProse(next)) return null;
  const unit = readByline(next.text);
  return unit && !unit.author && unit.source ? unit : null;
}

/**
 * The paragraphs after the line at `i` and before the site's next block:
 * `Tin liên quan` and the teasers under it (a title, its lead) are not more of
 * the article, whose byline comes before them.
 */
function proseAfter(free: readonly Line[], i: number, decided: Classification): number {
  const block = decided.all().find((d) => d.rule === relatedBlock.name && d.line > free[i]!.index)?.line ?? Infinity;
  return free.slice(i + 1).filter((l) => l.index < block && isProse(l)).length;
}

/**
 * A writer (or a source) named further down, after more of the article's prose: the line
 * at `i` was inside the article (a subheading in capitals, `KẾT QUẢ NỔI
 * BẬT`, reads like a name in capitals), and the article ends there.
 */
function namedAfterMoreText(free: readonly Line[], i: number): boolean {
  let prose = false;
  for (const line of free.slice(i + 1)) {
    const later = prose ? readByline(line.text) : null;
    if ((later?.author || later?.source) && !isPlaceName(line.text)) return true;
    prose ||= isProse(line);
  }
  return false;
}

/** A table's cell copied on a line of its own: a few words, a number (`Công an TP Thanh Hóa`, `156`). */
const MAX_CELL_LENGTH = 40;
/** A table copied a cell a line: lines of cells in a row, counts among them. */
const MIN_TABLE_LINES = 4;
const MIN_TABLE_COUNTS = 2;

/**
 * `STT` / `Đơn vị` / `Số trường hợp` / `1` / `Phòng CSGT` / `156`: a line in
 * a run of short lines of the text's, one right under another, with counts
 * among them, with more of them under it, is a cell of a table copied a
 * cell a line (its header's initials, a unit in its column), not the
 * article's closing credit.
 */
function inTable(doc: Document, line: Line, decided: Classification): boolean {
  const cell = (i: number) => decided.isFree(i) && !!doc.lines[i] && doc.lines[i]!.text.length <= MAX_CELL_LENGTH && !isProse(doc.lines[i]!);
  let [first, last] = [line.index, line.index];
  while (cell(first - 1)) first--;
  while (cell(last + 1)) last++;
  const counts = doc.lines.slice(first, last + 1).filter((l) => parseCount(l.text) !== null).length;
  // The run's last line, under the table's last count, is the credit under the table (`318` over `Đức Anh`).
  return line.index < last && last - first + 1 >= MIN_TABLE_LINES && counts >= MIN_TABLE_COUNTS;
}

/**
 * The line is an item of a list the text opens with a colon: the line over
 * it ends with one, or every line between, right over one another, reads as
 * a credit of the same form (the list's other items: names, maybe with their
 * posts). A writer's name alone under a list of officers and their units is
 * no item of it.
 */
function listedAfterColon(doc: Document, line: Line, found: Byline): boolean {
  for (let i = line.index - 1; i >= 0; i--) {
    const above = doc.lines[i]!;
    if (/[:：]$/u.test(above.text)) return true;
    if (doc.lines[i + 1]!.blankBefore > 1 || readByline(above.text)?.form !== found.form) return false;
  }
  return false;
}

function bylineDecision(line: Line, found: Byline, rule: string, endsArticle: boolean): Decision {
  const fields = creditFields(found);
  const where = endsArticle ? 'after the body, with no more than one paragraph after it' : 'labelled, above the body';
  return { ...decide(line, 'byline', rule, `a byline (${found.form}) ${where}`, fields), endsArticle };
}
