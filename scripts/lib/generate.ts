/**
 * Deterministic generated raw articles, for tests (search distractors) and the
 * benchmark: sentences recombined from data/news-phrases.json, wrapped in the
 * page layouts extraction handles. The same seed gives the same articles.
 */
import data from '../data/news-phrases.json' with { type: 'json' };

export interface GeneratedArticle {
  file: string;
  text: string;
}

/** mulberry32: small, fast, good enough to pick words. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

function personName(rng: Rng): string {
  return `${pick(rng, data.surnames)} ${pick(rng, data.middleNames)} ${pick(rng, data.givenNames)}`;
}

function sentence(rng: Rng, slots: Record<string, string>): string {
  return pick(rng, data.templates).replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

/** The layouts of the labelled set's families: where the dateline, byline and chrome go. */
const LAYOUTS: ((a: { title: string; date: Date; author: string; views: number; section: string; paragraphs: string[] }) => string)[] = [
  (a) => [a.title, '', `${WEEKDAYS[a.date.getUTCDay()]} - ${ddmmyyyy(a.date)} ${hhmm(a.date)}`, ...a.paragraphs.flatMap((p) => [p]), '', `Tác giả: ${a.author}`, '', 'Thống kê', '  • Hôm nay1,204', '  • Tổng lượt truy cập2,394,297'].join('\n'),
  (a) => [a.section.toUpperCase(), '', a.title, a.title, `Cập nhật lúc ${hhmm(a.date)} ngày ${ddmmyyyy(a.date)}`, '', ...a.paragraphs.flatMap((p) => [p, '']), a.author, '', 'Chia sẻ bài viết: Zalo Facebook', 'In bài viết'].join('\n'),
  (a) => ['Admin', a.title, `${WEEKDAYS[a.date.getUTCDay()]}, ${ddmmyyyy(a.date)}`, `Lượt xem: ${a.views.toLocaleString('vi-VN')}`, ...a.paragraphs, a.author].join('\n'),
  (a) => [`Trang chủ > Tin tức > ${a.section}`, a.title, `${ddmmyyyy(a.date, '-')}, ${hhmm(a.date)}`, '', ...a.paragraphs.flatMap((p) => [p, '']), a.author.toUpperCase(), 'Tin liên quan', 'Khai mạc hội thao truyền thống', 'Ra quân bảo đảm an toàn giao thông dịp Tết'].join('\n'),
];

function ddmmyyyy(d: Date, sep = '/'): string {
  return `${pad(d.getUTCDate())}${sep}${pad(d.getUTCMonth() + 1)}${sep}${d.getUTCFullYear()}`;
}
function hhmm(d: Date): string {
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Dates run back from the end of 2024, an article every 7.3 hours… */
const NEWEST = Date.UTC(2024, 11, 31, 8, 0);
const HOURS_APART = 7.3;
/** …or closer, so that the oldest stays after 1 January 2000: 100,000 articles 7.3 hours apart would go back to 1944, before any news archive (extraction rejects a date before 1945). */
const OLDEST = Date.UTC(2000, 0, 1);

/**
 * `count` raw articles of about `targetBytes` each. Dates run back from 2024
 * so every article has its own day and time.
 */
export function generateArticles(count: number, seed = 1, targetBytes = 3000): GeneratedArticle[] {
  const rng = random(seed);
  const articles: GeneratedArticle[] = [];
  const apart = Math.min(HOURS_APART * 3600 * 1000, (NEWEST - OLDEST) / Math.max(1, count));
  for (let i = 0; i < count; i++) {
    const date = new Date(NEWEST - i * apart);
    const slots = () => ({
      time: pick(rng, data.times),
      day: String(date.getUTCDate()),
      month: String(date.getUTCMonth() + 1),
      hour: String(7 + Math.floor(rng() * 12)),
      org: pick(rng, data.orgs),
      place: pick(rng, data.places),
      district: pick(rng, data.districts),
      rank: pick(rng, data.ranks),
      name: personName(rng),
      title: pick(rng, data.titles),
      event: pick(rng, data.events),
      topic: pick(rng, data.topics),
      number: String(2 + Math.floor(rng() * 10)),
      number2: String(10 + Math.floor(rng() * 200)),
    });
    const first = slots();
    const lead = `${first.time} ${first.day}/${first.month}, ${first.org} ${first.place} tổ chức ${first.event} nhằm ${first.topic} trên địa bàn ${first.district}.`;
    const paragraphs = [lead];
    let size = lead.length;
    while (size < targetBytes / 1.4) {
      const p = Array.from({ length: 3 + Math.floor(rng() * 3) }, () => sentence(rng, slots())).join(' ');
      paragraphs.push(p);
      size += p.length;
    }
    const title = `${first.org} ${first.place} ${first.event.replace(/^(hội nghị|lễ|buổi|đợt|lớp|chương trình|hội thảo)/, (m) => m)} ${['năm', 'đợt', 'tháng'][i % 3]} ${i + 1}`;
    const layout = LAYOUTS[i % LAYOUTS.length]!;
    const text = layout({ title: title.charAt(0).toUpperCase() + title.slice(1), date, author: personName(rng), views: Math.floor(rng() * 20000), section: pick(rng, ['Tin tức', 'An ninh trật tự', 'Xây dựng Đảng', 'Hoạt động']), paragraphs });
    articles.push({ file: `gen-${String(i).padStart(6, '0')}.txt`, text: `${text}\n` });
  }
  return articles;
}
