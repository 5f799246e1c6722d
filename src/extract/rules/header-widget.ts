import { decide, type Classification, type Rule } from '../decision.ts';
import { everyLineAbove, isProse, type Document, type Line } from '../document.ts';
import { isSiteName, withoutSiteSuffix } from './title.ts';
import { navigationMenu } from './navigation-menu.ts';
import { blankMatches, eraseWords, PhraseList, unblanked } from '../phrases.ts';
import { isPlaceName } from '../places.ts';
import { foldInPlace } from '../../vietnamese/fold.ts';
import { readDateline } from './dateline.ts';
import { isButtons } from './site-chrome.ts';
import { isOutletInitials } from '../bylines.ts';
import { isMastheadLine, isShortName } from './header-masthead.ts';
import { daysBetween, type DateValue } from '../dates.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const TODAY = new PhraseList(chrome.headerWidgets.todayLabels);
const TICKERS = new PhraseList(chrome.headerWidgets.tickerLabels);
const TOP_BAR_LINKS = new PhraseList(chrome.topBar.links);
const MARKETS = new PhraseList(chrome.headerWidgets.marketLabels);
const WIDGET_LINKS = new PhraseList(chrome.headerWidgets.links);
/** `Tỷ giá USD: 24.580 | Giá vàng SJC: 79.800.000`: market prices, each a label and a number, between bars. */
const isMarkets = (text: string) =>
  text.split(/\s*[|•·]\s*/u).every((piece) => {
    const label = MARKETS.prefixOf(piece);
    return !!label && PRICE.test(piece.slice(label.length)) && piece.length <= MAX_MARKET_PIECE;
  });
/**
 * `: 24.580`, `USD 25.400`, `SJC: 79.800.000 đ`, `SJC: 86,50 - 88,00 triệu đồng/lượng`: after the label, maybe a currency's or a
 * brand's code, then a price (or a buying and a selling price), maybe in thousands or millions and per unit, ending the piece. Case counts (a code is in capitals; `tăng 500.000` is a headline's verb), so the units are listed in both.
 */
const PRICE = /^\s*(?:\p{Lu}{2,5}\s*)?[:：]?\s*[\d.,]+(?:\s*[-–/]\s*[\d.,]+)?\s*(?:(?:nghìn|ngàn|triệu|tr)\s*)?(?:đ|đồng|vnd|VND|usd|USD|%)?(?:\s*\/\s*(?:lượng|chỉ|lít|kg))?$/u;
const MAX_MARKET_PIECE = 50;
const WEATHER_WORDS = chrome.headerWidgets.weatherWords;
/** `24°C`, `24 - 31°C`, `75%` (humidity), on folded text. */
const MEASURES = /-?\d{1,2}(?:\s*[-–]\s*-?\d{1,2})?\s*°\s*[cf]?|\d{1,3}\s*%/gu;
const TEMPERATURE = /\d\s*°/u;

/**
 * What a portal's header prints above every article: today's date (`Hôm
 * nay: Thứ Sáu, ngày 22/11/2024`), which is not the article's, the
 * weather (`Hà Nội 24°C Có mây`), market prices and the links to the site's
 * services (`Kết quả xổ số`). All are read above the first paragraph only,
 * and before the dateline rule, which would take today's date for the
 * article's.
 */
export const headerWidget: Rule = {
  name: 'header-widget',
  description: "The site header's date of today and its weather, above the article.",
  classify(doc, decided) {
    const free = decided.free();
    const firstProse = free.findIndex(isProse);
    const head = free.slice(0, firstProse === -1 ? free.length : firstProse);
    const onlySiteLinesAbove = everyLineAbove(doc.lines, (l) => isSiteLine(l, decided));
    return head.flatMap((line, i) => {
      // `TIN NÓNG: Hà Nội ra quân …` over the article's own title: another article's headline in the header's ticker.
      if (TICKERS.labelled(line.text) && head.slice(i + 1).some((l) => !readDateline(l.text))) {
        return [decide(line, 'chrome', this.name, "another article's headline in the header's ticker")];
      }
      const today = todayOf(line.text);
      if (today) return [decide(line, 'chrome', this.name, "today's date in the site's header ('Hôm nay: …'), not the article's", { today })];
      if (i === 0 && isTopBar(line.text)) return [decide(line, 'chrome', this.name, "the page's top bar: today's date and the site's buttons ('Đăng nhập', 'Báo in')")];
      const heads = headedByToday(doc, line, decided, onlySiteLinesAbove);
      if (heads) return [decide(line, 'chrome', this.name, `today's date heading the page, over ${heads.over}`, { today: heads.today })];
      if (isWeather(line.text)) return [decide(line, 'chrome', this.name, "the weather in the site's header: temperatures, a place and weather words only")];
      if (isMarkets(line.text)) return [decide(line, 'chrome', this.name, "market prices in the site's header")];
      if (WIDGET_LINKS.equals(line.text)) return [decide(line, 'chrome', this.name, "a link to one of the site's services in its header ('Kết quả xổ số', 'Lịch vạn niên')")];
      return [];
    });
  },
};

/**
 * `Thứ Sáu, ngày 08/03/2024` over `CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH …`: a
 * day without its time at the very top of the page, over the site's name,
 * menu or breadcrumb (or over other lines of the site's, or over the title,
 * when the article's own date follows), is the header's date of today: what
 * it heads is told, with the date, null when it heads none. The article's date is printed
 * with the article, under the site's header.
 */
function headedByToday(doc: Document, line: Line, decided: Classification, onlySiteLinesAbove: (index: number) => boolean): { over: string; today: DateValue } | null {
  const fields = readDateline(line.text);
  if (!fields?.published || fields.author || fields.source || fields.section) return null;
  // The header's other lines may stand between: the site's own (`Đường dây nóng: …`), the weather, market prices.
  let next = doc.lines[line.index + 1];
  while (next && (decided.kindOf(next.index) === 'chrome' || isWeather(next.text) || isMarkets(next.text)) && !isSiteName(next.text) && decided.get(next.index)?.rule !== navigationMenu.name) next = doc.lines[next.index + 1];
  if (!next) return null;
  const today = fields.published;
  // The article's own date (or the date it was updated, when it prints no other) under the header; or its day and month
  // (`Thứ Năm, 1/6`), whose year is the one that puts it no later than today.
  // The site's lines found already (its menu, one item a line) are not counted.
  const articleDate = () => {
    const lines: Line[] = [];
    for (let i = next.index; i < doc.lines.length && lines.length <= MAX_LINES_TO_ARTICLE_DATE; i++) if (decided.kindOf(i) !== 'chrome') lines.push(doc.lines[i]!);
    const dated = lines.map((l) => ({ l, f: readDateline(l.text) })).find(({ f }) => f?.published ?? f?.updated ?? f?.dayMonth);
    return dated && { line: dated.l, date: dated.f!.published ?? dated.f!.updated ?? null };
  };
  // `TIẾNG NÓI ĐẢNG VIÊN BẮC GIANG` over the date over the site's menu, the article's title and date under it: a name no
  // list holds, heading the page as the site's does.
  const under = decided.get(next.index);
  const menu = under?.kind === 'breadcrumb' || under?.rule === navigationMenu.name;
  if (!onlySiteLinesAbove(line.index) && !(menu && underUnknownName(doc, line, decided) && articleDate())) return null;
  // `Thứ Hai, 07/12/2026 10:38 (GMT+7)`: a header's clock prints the time too, but so may the article's own dateline
  // at the top: a date with its time is the header's when the article prints a date of its own further down.
  if (today.hour !== undefined && !articleDate()) return null;
  // Over the site's name, menu or breadcrumb; a print edition's page number (`Trang 3`) is no header.
  if (isSiteName(next.text) || menu) return { over: `the site's name, menu or trail (line ${next.number})`, today };
  // Over the site's other lines (`Đăng nhập | Đăng ký`), when the article prints a date of its own further down.
  if (under?.kind === 'chrome') return articleDate() ? { over: `the site's lines (line ${next.number}), the article dated under them`, today } : null;
  if (today.hour !== undefined) return null;
  // Right over the title, when the article prints its own date under it, a day no later: the day the page was copied
  // stands over the day the article was published (a date the article printed over its title is followed by none).
  const own = articleDate();
  return own && (own.date === null || daysBetween(own.date, today) >= 0) ? { over: `the article (line ${next.number}), whose own date (line ${own.line.number}) is no later`, today } : null;
}

/** One line alone over the date, at the top of the page, of a site's name's shape (a name no list holds). */
function underUnknownName(doc: Document, line: Line, decided: Classification): boolean {
  const above = doc.lines[line.index - 1];
  return !!above && decided.articleLinesAbove(line.index) === 1 && !decided.get(above.index) && isShortName(above);
}

/**
 * A line of the site's over the header's date: decided, the ticker (`Tin nóng: …`), the weather or market prices, a
 * line of its masthead (`CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN …`, `ĐẢNG CỘNG SẢN VIỆT NAM`, `Vì nhân dân phục vụ`; `SGGP`, the
 * initials its logo prints, for no title is one word in capitals): taken for the masthead later; or the browser's
 * tab, the title and the site's name (`… - Công an tỉnh Phú Thọ`).
 */
function isSiteLine(l: Line, decided: Classification): boolean {
  return decided.kindOf(l.index) === 'chrome' || TICKERS.labelled(l.text) !== null || isMastheadLine(l.text) || isOutletInitials(l.text) || isWeather(l.text) || isMarkets(l.text) || withoutSiteSuffix(l.text) !== l.text;
}

/** How far under the header's date the article's own dateline stands, at most, past the site's lines: the site's name, the title, their copies. */
const MAX_LINES_TO_ARTICLE_DATE = 6;

/** `Hôm nay: Thứ Sáu, ngày 22/11/2024`: the label, then a date and nothing else; the date, or null. */
function todayOf(text: string): DateValue | null {
  const label = TODAY.prefixOf(text);
  if (!label) return null;
  const fields = readDateline(text.slice(label.length).replace(/^[\s,:：-]+/u, ''));
  return fields?.published && !fields.author && !fields.source && !fields.section ? fields.published : null;
}

/** `Thứ Hai, 07/12/2026 | Đăng nhập | Báo in | E-paper`: a day with no time, then the site's buttons, between bars. */
function isTopBar(text: string): boolean {
  const [day, ...buttons] = text.split(/\s*[|•·]\s*/u);
  const fields = readDateline(day!);
  return buttons.length > 0 && !!fields?.published && fields.published.hour === undefined && Object.keys(fields).length === 1 && buttons.every((b) => TOP_BAR_LINKS.equals(b) || isButtons(b));
}

/** `Hà Nội 24°C Có mây`, `Nhiệt độ: 24 - 31°C`: a temperature, and besides it weather words and a place only. */
function isWeather(text: string): boolean {
  if (!TEMPERATURE.test(text)) return false;
  const rest = eraseWords(blankMatches(foldInPlace(text), MEASURES), WEATHER_WORDS);
  const place = unblanked(text, rest).replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  return place === '' || isPlaceName(place);
}
