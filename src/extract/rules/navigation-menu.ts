import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import type { Line } from '../document.ts';
import { PhraseList, stripBullet } from '../phrases.ts';
import { isSectionName } from '../sections.ts';
import { isButtons } from './site-chrome.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const ENTRIES = new PhraseList([...chrome.menu.entries, ...chrome.menu.channels.names]);
const MAX_ENTRY_LENGTH = 40;
/** How many lines (or pieces of one line) make a menu, and how many of them must be menu entries, not sections. */
const MIN_ITEMS = 3;
const MIN_ENTRIES = 2;
/** Section names alone are a breadcrumb's trail (`Thời sự | Xã hội | Pháp luật`), but no trail runs five deep: that many are the menu. */
const MIN_SECTIONS_ALONE = 5;
/** In a menu on lines of its own, the entries for each item nobody listed. */
const ENTRIES_PER_UNKNOWN_ITEM = 3;
/** Items a menu may have that are neither entries nor sections (a site's own pages), and the entries it then needs. */
const MAX_UNKNOWN_ITEMS = 1;
const MIN_ENTRIES_BESIDE_UNKNOWN = 3;
const PIECES = /\s*[|•·]\s*/;

type Item = 'entry' | 'section' | null;

/**
 * The site's navigation copied with the article: `TRANG CHỦ`, `GIỚI THIỆU`,
 * `TIN TỨC - SỰ KIỆN`, `LIÊN HỆ` on lines of their own, or `Trang chủ |
 * Giới thiệu | Liên hệ` on one; its share bar (`Chia sẻ | Facebook | Zalo`)
 * likewise. Section names count as items, but a run ends at its last menu
 * entry, so a section label right under the menu is left for the section rules.
 */
export const navigationMenu: Rule = {
  name: 'navigation-menu',
  description: "The site's navigation menu: a run of menu entries and section names.",
  classify(doc, decided) {
    const free = decided.free();
    const decisions: Decision[] = [];
    let run: Line[] = [];
    const close = () => {
      decisions.push(...menuRun(run, this.name));
      run = [];
    };
    for (const line of free) {
      if (run.length > 0 && line.index !== run[run.length - 1]!.index + 1) close();
      const pieces = line.text.split(PIECES).filter(Boolean);
      if (pieces.length >= MIN_ITEMS) {
        close();
        // `Chia sẻ | Facebook | Zalo`: the article's share bar, its buttons (see site-chrome), not the site's menu.
        if (isButtons(line.text)) continue;
        const items = pieces.map(itemOf);
        if (isMenu(items) || isWideMenu(pieces, items)) decisions.push(decide(line, 'chrome', this.name, `a line of ${items.length} menu items`));
        continue;
      }
      const runTogether = runTogetherItems(line.text);
      if (runTogether && isMenu(runTogether)) {
        close();
        decisions.push(decide(line, 'chrome', this.name, `a line of ${runTogether.length} menu items run together`));
        continue;
      }
      // A submenu's own page (`Lịch sử truyền thống`) may stand among the items; the run decides (see menuRun).
      if (itemOf(line.text) || (run.length > 0 && mayBeItem(line.text))) run.push(line);
      else close();
    }
    close();
    return decisions;
  },
};

/** A line of the site's printed with the article (its buttons, its counters), decided, and not its menu. */
export function isSiteLineButMenu(decided: Classification, index: number): boolean {
  return decided.kindOf(index) === 'chrome' && decided.get(index)?.rule !== navigationMenu.name;
}

/** Longest menu line read word by word, and the most words an item has (`Tin tức - Sự kiện`). */
const MAX_RUN_LENGTH = 200;
const MAX_ITEM_WORDS = 5;

/**
 * `TRANG CHỦ  TIN TỨC  AN NINH TRẬT TỰ  LIÊN HỆ`: a menu copied with its
 * items side by side, the spaces between them lost; `Trang chủGiới thiệuTin
 * tức`, its links copied with nothing at all between them (a word does not
 * go on in capitals after a lower-case letter). The line is split into
 * entries and section names word by word, preferring the split with the most
 * entries; null when no split covers every word.
 */
function runTogetherItems(text: string): Item[] | null {
  if (text.length > MAX_RUN_LENGTH || /[.,;:!?()"“”]/u.test(text)) return null;
  const words = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(' ');
  // best[i]: the best split of the first i words.
  const best: (Item[] | null)[] = [[]];
  for (let end = 1; end <= words.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - MAX_ITEM_WORDS); start < end; start++) {
      const before = best[start];
      const item = before && itemOf(words.slice(start, end).join(' '));
      if (!before || !item) continue;
      const split = [...before, item];
      if (!best[end] || entries(split) > entries(best[end]!)) best[end] = split;
    }
  }
  return best[words.length] ?? null;
}

const entries = (items: readonly Item[]) => items.filter((i) => i === 'entry').length;

/** Whether the text is a known menu entry, a section name (which menus list too), or neither. */
export function itemOf(text: string): Item {
  const t = stripBullet(text);
  // A party site's long entries (`Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh`) are known by name.
  if (ENTRIES.equals(t)) return 'entry';
  if (t.length === 0 || t.length > MAX_ENTRY_LENGTH) return null;
  return isSectionName(t) ? 'section' : null;
}

function isMenu(items: readonly Item[]): boolean {
  if (items.length < MIN_ITEMS) return false;
  const known = items.filter(Boolean).length;
  // `Trang chủ | Giới thiệu | Tin tức | Văn kiện | Liên hệ`: a site's own page among enough menu entries is one more.
  if (known < items.length) return items.length - known <= MAX_UNKNOWN_ITEMS && entries(items) >= MIN_ENTRIES_BESIDE_UNKNOWN;
  return entries(items) >= MIN_ENTRIES || items.length >= MIN_SECTIONS_ALONE;
}

/**
 * `Giới thiệu | Tin tức | Án văn | Thủ tục tố tụng | Liên hệ`: five items or more on one line, most of them known (two
 * entries at least), the rest a site's own pages in a few plain words: no trail runs that deep, no title has that many bars.
 */
function isWideMenu(pieces: readonly string[], items: readonly Item[]): boolean {
  return pieces.length >= MIN_SECTIONS_ALONE && entries(items) >= MIN_ENTRIES && 2 * items.filter(Boolean).length > items.length && pieces.every((p, i) => items[i] || mayBeItem(p));
}

/** The most words of a menu's item nobody listed (`Hoạt động của lãnh đạo Bộ`): a run ends at its last entry, so a title under it is not taken. */
const MAX_UNLISTED_ITEM_WORDS = 7;

/** A line short and plain enough to be a menu's item nobody listed: a few words, no digits, no sentence's marks. */
function mayBeItem(text: string): boolean {
  const t = stripBullet(text);
  return t.length > 0 && t.length <= MAX_ENTRY_LENGTH && t.split(/\s+/).length <= MAX_UNLISTED_ITEM_WORDS && /^\p{Lu}/u.test(t) && !/[\d.,;:!?"“”()]/u.test(t);
}

/**
 * The run up to its last menu entry, when that is a menu. Items nobody listed
 * are allowed inside it, one for every three entries: `Trang chủ`, `Giới
 * thiệu`, `Lịch sử truyền thống`, `Cơ cấu tổ chức` …
 */
function menuRun(run: readonly Line[], rule: string): Decision[] {
  const items = run.map((l) => itemOf(l.text));
  const end = Math.max(items.lastIndexOf('entry') + 1, sectionsEnd(items));
  const unknown = items.slice(0, end).filter((i) => i === null).length;
  if (unknown > 0 && (unknown > Math.floor(entries(items.slice(0, end)) / ENTRIES_PER_UNKNOWN_ITEM) || items[0] === null)) return [];
  if (!isMenu(items.slice(0, end).map((i) => i ?? 'section'))) return [];
  return run.slice(0, end).map((line) => decide(line, 'chrome', rule, `one of ${end} menu items in a row`));
}

/**
 * `Thời sự`, `Chính trị`, `Xã hội`, `Pháp luật`, `Kinh tế`, `Thể thao`, then
 * `Pháp luật` over the title: a paper's menu lists its sections, with no
 * entry (or only `Đăng nhập` over them) to end the run at. The run's last
 * line is left for the section rules (it is the article's section, printed
 * under the menu); the others are the menu when they are too many for a
 * trail. No end when an item is nobody's.
 */
function sectionsEnd(items: readonly Item[]): number {
  const end = items.length - 1;
  return end >= MIN_SECTIONS_ALONE && items.every(Boolean) ? end : 0;
}
