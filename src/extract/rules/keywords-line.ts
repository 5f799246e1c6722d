import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import data from '../data/keywords.json' with { type: 'json' };

const LABELS = new PhraseList(data.keywordLabels);
const EVENT_LABELS = new PhraseList(data.eventLabels);
const MAX_TAG_LENGTH = 60;

/** `Từ khóa: an ninh, Hà Nội` — the site's keyword line gives the tags; `Sự kiện: …`, the story it is filed under, one. */
export const keywordsLine: Rule = {
  name: 'keywords-line',
  description: 'A keywords line (Từ khóa:, Tags:) gives the tags; an event line (Sự kiện:) one tag.',
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const event = EVENT_LABELS.labelled(line.text);
      if (event && event.value.length <= MAX_TAG_LENGTH) return [decide(line, 'tags', this.name, `names the story the article is filed under, after '${event.label}'`, { tags: [event.value] })];
      const label = LABELS.prefixOf(line.text);
      if (!label) return [];
      const rest = line.text.slice(label.length).replace(/^\s*[:：\-–]\s*/, '');
      if (rest === line.text.slice(label.length) && !/^\s*[:：]/.test(line.text.slice(label.length))) return [];
      const tags = rest.split(/\s*[,;|]\s*|\s+#/).map((t) => t.replace(/^#/, '').trim()).filter((t) => t.length > 0 && t.length <= MAX_TAG_LENGTH);
      if (tags.length === 0) return [];
      return [decide(line, 'tags', this.name, `starts with the keywords label '${label}'`, { tags })];
    });
  },
};
