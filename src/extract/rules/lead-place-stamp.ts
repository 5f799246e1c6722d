import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { isPlaceName } from '../places.ts';
import { PhraseList } from '../phrases.ts';
import places from '../data/places.json' with { type: 'json' };

const ABROAD = new PhraseList(places.abroad.names);
/** A place's name runs to a few words (`Bà Rịa - Vũng Tàu`, `Thổ Nhĩ Kỳ`). */
const MAX_STAMP_LENGTH = 24;

/**
 * `Khánh HòaXe khách 45 chỗ …`, `TP HCMNgười đàn ông …`: a paper that stamps
 * the lead with where the story happened, in bold before it (VnExpress),
 * sets the dash between them by its style sheet, and a copy loses it: the
 * place runs into the lead's first word. The lead reads as the page shows
 * it, the place and a dash before its words. Only the first paragraph, and
 * only a place's name (Vietnam's, or a place abroad of places.json) before a
 * capital that opens a word: `VnExpress`, `TikTok` are names of their own.
 */
export const leadPlaceStamp: Rule = {
  name: 'lead-place-stamp',
  description: "Where the story happened, stamped before the lead and run into it by the copy ('Khánh HòaXe khách …').",
  classify(doc, decided) {
    const title = decided.first('title');
    const lead = decided.free().find((l) => (!title || l.index > title.line) && isProse(l));
    const stamp = lead ? placeStamp(lead.text) : null;
    if (!lead || !stamp) return [];
    return [decide(lead, 'body', this.name, `the lead, stamped with the place '${stamp}' that the copy ran into its first word`, { text: `${stamp} - ${lead.text.slice(stamp.length)}` })];
  },
};

/** The place a text opens with, run into the capitalised word after it; null when it opens otherwise. */
export function placeStamp(text: string): string | null {
  for (let end = 2; end <= Math.min(MAX_STAMP_LENGTH, text.length - 2); end++) {
    // A letter, then a capital that opens a word in lower case, with no space between.
    if (!/\p{L}/u.test(text[end - 1]!) || !/\p{Lu}/u.test(text[end]!) || !/\p{Ll}/u.test(text[end + 1]!)) continue;
    const place = text.slice(0, end);
    if (isPlaceName(place) || ABROAD.equals(place)) return place;
  }
  return null;
}
