import { decide, type Decision, type Rule } from '../decision.ts';
import { isLabelledByline } from '../bylines.ts';
import { MAX_CAPTION_LENGTH, readCreditOnly, readCreditedCaption } from '../figures.ts';

/**
 * `Toàn cảnh Hội nghị. (Ảnh: Bộ Công an)`: a caption with its photo credit.
 * `(Ảnh: TTXVN)` alone: a credit for the photo above it.
 */
export const photoCredit: Rule = {
  name: 'photo-credit',
  description: 'A caption ending in a photo credit, or a photo credit alone.',
  classify(doc, decided) {
    const decisions: Decision[] = [];
    const free = decided.free();
    free.forEach((line, i) => {
      if (line.text.length > MAX_CAPTION_LENGTH) return;
      const credit = readCreditOnly(line.text);
      if (credit) {
        decisions.push(decide(line, 'credit', this.name, 'a photo credit standing alone', { credit }));
        return;
      }
      const credited = readCreditedCaption(line.text);
      // `Bài: Minh Hoàng - Ảnh: Quang Vinh`: the credits of text and photos, a byline (see readByline).
      if (!credited || isLabelledByline(credited.caption)) return;
      decisions.push(decide(line, 'caption', this.name, `ends with the photo credit '${credited.credit}'`, { caption: credited.caption, credit: credited.credit ?? undefined }));
    });
    return decisions;
  },
};
