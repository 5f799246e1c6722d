import { decide, type Decision, type Rule } from '../decision.ts';
import { readByline } from '../bylines.ts';
import { foldInPlace } from '../../vietnamese/fold.ts';

/** `TL`, `H`: the letters an avatar prints for a writer with no photo, in capitals with no stop. */
const AVATAR = /^\p{Lu}{1,3}$/u;

/**
 * The initials an avatar may print for a name: of every word (`NVA`), of the
 * first and the last (`NA`), or the first letter of either alone; folded
 * (`Đ` is `d`), as the letters are compared.
 */
function avatarsOf(name: string): Set<string> {
  const letters = name.split(/\s+/u).map((word) => foldInPlace(word)[0] ?? '');
  const [first, last] = [letters[0] ?? '', letters[letters.length - 1] ?? ''];
  return new Set([letters.join(''), first + last, first, last]);
}

/**
 * `TL` over `Thanh Lâm`: a writer's avatar, printed as the initials of the
 * name under it, where the writer's box had no photo. The letters are the
 * box's, not a writer's initials signing the article: the name is the byline.
 */
export const avatarInitials: Rule = {
  name: 'avatar-initials',
  description: "A writer's avatar printed as the initials of the name under it ('TL' over 'Thanh Lâm').",
  classify(doc, decided) {
    const decisions: Decision[] = [];
    for (const line of decided.free()) {
      const next = doc.lines[line.index + 1];
      // A name the site's lines claimed (`Thích Trang`, a social page's like button) is no writer's.
      if (!next || !AVATAR.test(line.text) || !decided.isFree(next.index)) continue;
      const author = readByline(next.text)?.author;
      if (author && author !== line.text && avatarsOf(author).has(foldInPlace(line.text))) {
        decisions.push(decide(line, 'chrome', this.name, `the avatar's initials of '${author}', the name under it at line ${next.number}`));
      }
    }
    return decisions;
  },
};
