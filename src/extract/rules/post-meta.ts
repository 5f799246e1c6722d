import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const CATEGORY = new PhraseList(chrome.postMeta.categoryLabels);
const TAGGED = new PhraseList(chrome.postMeta.tagLabels);
const TAGS_JOINED = new PhraseList(chrome.postMeta.tagsJoined);
const ENDINGS = new PhraseList(chrome.postMeta.endings);
/** A category's or a tag's name is a few words, in so many characters at most; a sentence that goes on is the article's. */
const MAX_NAME_LENGTH = 60;
const MAX_NAME_WORDS = 8;
/** The meta's pieces: between bars, or sentences (`… trộm cắp. Đánh dấu đường dẫn tĩnh.`). */
const PIECES = /\s*\|\s*|(?<=\.)\s+/u;

export interface PostMeta {
  category: string;
  tags: string[];
}

/**
 * `Bài viết này được đăng trong Tin tức và được gắn thẻ an ninh, trộm cắp.
 * Đánh dấu đường dẫn tĩnh.`, `Posted in Tin tức | Tagged an ninh | Leave a
 * comment`: a blog's line under the post. Its category is the section, its
 * tags the tags.
 */
export const postMeta: Rule = {
  name: 'post-meta',
  description: "A blog's line under the post naming the category it was posted in and its tags: the section and the tags.",
  classify(doc, decided) {
    return decided.free().flatMap((line) => {
      const meta = readPostMeta(line.text);
      if (!meta) return [];
      const reason = `the blog's line under the post: posted in '${meta.category}'${meta.tags.length > 0 ? `, tagged ${meta.tags.length}` : ''}`;
      return [decide(line, 'tags', this.name, reason, { section: meta.category, tags: meta.tags })];
    });
  },
};

/** The category and the tags a post's meta line names; null for any other line. */
export function readPostMeta(text: string): PostMeta | null {
  const label = CATEGORY.prefixOf(text);
  if (!label) return null;
  const [first, ...others] = text.slice(label.length).replace(/\.$/u, '').split(PIECES).map((p) => p.replace(/\.$/u, '').trim());
  const tagged = splitTagged(first!);
  const tags = [...tagged.tags];
  let ended = false;
  for (const piece of others) {
    const tagLabel = TAGGED.prefixOf(piece);
    if (tagLabel) tags.push(...names(piece.slice(tagLabel.length).replace(/^\s*:/u, '')));
    else if (ENDINGS.prefixOf(piece) && piece.length <= MAX_NAME_LENGTH) ended = true;
    else return null;
  }
  const categories = names(tagged.category);
  if (categories.length === 0 || /[.!?;:]/u.test(tagged.category) || ![...categories, ...tags].every(isName)) return null;
  const category = categories[0]!;
  // `Bài viết này được đăng trong số báo Xuân` is a sentence: the meta names tags or ends with the blog's link.
  return ended || tags.length > 0 ? { category, tags } : null;
}

/** `Tin tức và được gắn thẻ an ninh, trộm cắp`: the category, and the tags after their label. */
function splitTagged(piece: string): { category: string; tags: string[] } {
  const label = TAGS_JOINED.foundIn(piece);
  const at = label ? matchKey(piece).indexOf(matchKey(label)) : -1;
  if (!label || at <= 0) return { category: piece.trim(), tags: [] };
  return { category: piece.slice(0, at).trim(), tags: names(piece.slice(at + label.length)) };
}

const names = (list: string) => list.split(/\s*,\s*/u).map((t) => t.trim()).filter(Boolean);
const isName = (name: string) => name.length <= MAX_NAME_LENGTH && name.split(' ').length <= MAX_NAME_WORDS;
