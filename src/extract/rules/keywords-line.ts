import { decide, type Decision, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import { printedLines, type Document, type Line } from '../document.ts';
import { HEADERS } from './site-chrome.ts';
import { FOOTER } from './footer-masthead.ts';
import { isCommentsLine } from './comments-section.ts';
import data from '../data/keywords.json' with { type: 'json' };

const LABELS = new PhraseList(data.keywordLabels);
const EVENT_LABELS = new PhraseList(data.eventLabels);
const MAX_TAG_LENGTH = 60;
/** Tags printed one a line under their label: a site lists a few. */
const MAX_TAG_LINES = 12;

/** `Từ khóa: an ninh, Hà Nội` — the site's keyword line gives the tags; `Sự kiện: …`, the story it is filed under, one. */
export const keywordsLine: Rule = {
  name: 'keywords-line',
  description: 'A keywords line (Từ khóa:, Tags:) gives the tags, or the lines under it do; an event line (Sự kiện:) one tag.',
  classify(doc, decided) {
    const claimed = new Set<number>();
    return decided.free().flatMap((line): Decision[] => {
      if (claimed.has(line.index)) return [];
      const event = EVENT_LABELS.labelled(line.text);
      if (event && event.value.length <= MAX_TAG_LENGTH) return [decide(line, 'tags', this.name, `names the story the article is filed under, after '${event.label}'`, { tags: [event.value] })];
      const label = LABELS.prefixOf(line.text);
      if (!label) return [];
      const after = line.text.slice(label.length);
      const rest = after.replace(/^\s*[:：\-–]\s*/, '');
      // `Tags` alone on its printed line, with no colon, under the article (its first tag may have been joined to it as a wrapped line's).
      const printed = printedTags(doc, line);
      const alone = LABELS.equals(printed[0]!) && decided.proseAbove(line.index);
      if (rest === after && !/^\s*[:：]/.test(after) && !alone) return [];
      if (rest === '' || alone) {
        const below = tagLinesBelow(doc, line);
        const joined = alone ? printed.slice(1) : [];
        if (below.length + joined.length === 0) return [];
        below.forEach((l) => claimed.add(l.index));
        const tags = [...joined, ...below.flatMap((l) => printedTags(doc, l))];
        return [
          decide(line, 'tags', this.name, `the keywords label '${label}' alone, over ${tags.length} tag line(s)`, { tags }),
          ...below.map((l) => decide(l, 'tags', this.name, `a tag under the keywords label at line ${line.number}`)),
        ];
      }
      const tags = rest.split(/\s*[,;|]\s*|\s+#/).map((t) => t.replace(/^#/, '').trim()).filter((t) => t.length > 0 && t.length <= MAX_TAG_LENGTH);
      if (tags.length === 0) return [];
      return [decide(line, 'tags', this.name, `starts with the keywords label '${label}'`, { tags })];
    });
  },
};

/**
 * `Đọc tiếp về:` over `tai nạn giao thông` and `nồng độ cồn`: tags printed
 * one a line under their label, each short and no sentence, up to the heading
 * of the site's next block (`Bình luận`), its footer (`Cơ quan chủ quản: …`)
 * or a gap.
 */
function tagLinesBelow(doc: Document, label: Line): Line[] {
  const tags: Line[] = [];
  for (const line of doc.lines.slice(label.index + 1, label.index + 1 + MAX_TAG_LINES)) {
    const pieces = printedTags(doc, line);
    if (line.blankBefore >= 2 || pieces.some((t) => t.length === 0 || t.length > MAX_TAG_LENGTH || /[.!?:;]$/u.test(t)) || HEADERS.equals(line.text) || FOOTER.prefixOf(line.text) || isCommentsLine(line.text)) break;
    tags.push(line);
  }
  return tags;
}

/** The line's printed pieces, without a hashtag's mark: tags in lower case one under the other were joined as a wrapped sentence. */
const printedTags = (doc: Document, line: Line) => printedLines(doc, line).map((t) => t.replace(/^#\s*/u, ''));
