import { decide, type Rule } from '../decision.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { splitWords } from '../words.ts';

/** A line of hashtags and nothing else: `#phòngcháychữacháy #ĐắkLắk #cháyrừng`. */
const HASHTAG_LINE = /^(?:#[\p{L}\p{N}_]+[\s,;]*)+$/u;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;

/** The words of a tag in a portal's tag bar at most (`#hỗ trợ sửa nhà`). */
const MAX_TAG_WORDS = 5;

/**
 * `#Hà Tĩnh #hỗ trợ sửa nhà #mưa lũ`: a portal's tag bar, each tag a chip
 * with its mark, the words spaced. Two tags at least, each a few plain
 * words; a post's text after a hashtag (`#CAHT Sáng nay, …`) is none.
 */
function spacedTags(text: string): string[] | null {
  if (!text.startsWith('#')) return null;
  const tags = text.split('#').slice(1).map((t) => t.replace(/[\s,;]+$/u, '').trim());
  const plain = tags.every((t) => t.length > 0 && /^[\p{L}\p{N}_ -]+$/u.test(t) && t.split(/\s+/).length <= MAX_TAG_WORDS);
  return tags.length >= 2 && plain ? tags : null;
}

/** Hashtags, copied from a social post or a portal's tag bar, give the tags. */
export const hashtagLine: Rule = {
  name: 'hashtag-line',
  description: 'A line of hashtags gives the tags, each spelled as the article prints its words.',
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const spaced = HASHTAG_LINE.test(line.text.trim()) ? null : spacedTags(line.text.trim());
      if (spaced) return [decide(line, 'tags', this.name, "a portal's tag bar, each tag after its mark", { tags: spaced })];
      if (!HASHTAG_LINE.test(line.text.trim())) return [];
      const words = doc.lines.flatMap((l) => (l === line ? [] : splitWords(l.text).map((w) => w.text)));
      const tags = [...line.text.matchAll(HASHTAG)].map((m) => spellHashtag(m[1]!, words));
      return [decide(line, 'tags', this.name, 'a line of hashtags', { tags })];
    });
  },
};

/**
 * A hashtag is written without spaces (`cháyrừng`, often without marks:
 * `chayrung`): it is spelled as the run of the article's own words that
 * reads the same (`cháy rừng`). A hashtag the text never spells is split
 * where a capital starts a word (`AnNinhTrậtTự` → `An Ninh Trật Tự`).
 */
export function spellHashtag(tag: string, words: readonly string[]): string {
  const key = matchKey(tag);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length; j++) {
      joined += matchKey(words[j]!);
      if (joined === key) return words.slice(i, j + 1).join(' ');
      if (!key.startsWith(joined)) break;
    }
  }
  return tag.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}
