import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';

const LABELS = new PhraseList(['từ khóa', 'từ khoá', 'tags', 'tag', 'thẻ', 'keywords', 'chủ đề', 'topics']);

/** `Từ khóa: an ninh, Hà Nội` — the site's keyword line gives the tags. */
export const keywordsLine: Rule = {
  name: 'keywords-line',
  description: 'A keywords line (Từ khóa:, Tags:) gives the tags.',
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const label = LABELS.prefixOf(line.text);
      if (!label) return [];
      const rest = line.text.slice(label.length).replace(/^\s*[:：\-–]\s*/, '');
      if (rest === line.text.slice(label.length) && !/^\s*[:：]/.test(line.text.slice(label.length))) return [];
      const tags = rest.split(/\s*[,;|]\s*|\s+#/).map((t) => t.replace(/^#/, '').trim()).filter((t) => t.length > 0 && t.length <= 60);
      if (tags.length === 0) return [];
      return [decide(line, 'tags', this.name, `starts with the keywords label '${label}'`, { tags })];
    });
  },
};
