import { decide, type Rule } from '../decision.ts';
import { isSectionName } from '../sections.ts';
import { capitalizeFirst, isAllCaps } from '../../vietnamese/case.ts';
import { isProse } from '../document.ts';
import { matchKey } from '../../vietnamese/fold.ts';
import { withoutLeadingIcons } from '../phrases.ts';

const MAX_LABEL_LENGTH = 80;
const MAX_TITLE_LENGTH = 250;

/**
 * `ĐẢNG ỦY TRỰC THUỘC THÀNH ỦY` above the title: a section label. A capitals
 * line is a label only when a title in normal case follows it; otherwise it
 * is a title printed in capitals.
 */
export const sectionLabel: Rule = {
  name: 'section-label',
  description: 'A section label above the title: capitals, or a known section name.',
  classify(doc, decided) {
    const [first, next] = decided.free();
    if (!first || !next || first.text.length > MAX_LABEL_LENGTH || /[.!?]$/.test(first.text)) return [];
    // A full sentence under the capitals is the lead: the capitals are the title.
    const titleFollows = !isProse(next) && next.text.length <= MAX_TITLE_LENGTH;
    // `TRAO TẶNG NHÀ TÌNH NGHĨA` over `Trao tặng nhà tình nghĩa`: the title printed twice.
    if (!titleFollows || matchKey(first.text) === matchKey(next.text)) return [];
    // `📰 Tin tức`, `[An ninh trật tự]`: an icon before the name, or brackets around it, are the site's decoration.
    const label = withoutLeadingIcons(first.text).replace(/^\[(.+)\]$/u, '$1');
    if (isSectionName(label)) {
      return [decide(first, 'section', this.name, 'a known section name above the title', { section: isAllCaps(label) ? capitalizeFirst(label) : label })];
    }
    if (isAllCaps(first.text) && !isAllCaps(next.text) && /\p{L}{2}/u.test(first.text)) {
      return [decide(first, 'section', this.name, 'a line in capitals above a title in normal case', { section: capitalizeFirst(first.text) })];
    }
    return [];
  },
};
