import { decide, type Decision, type Rule } from '../decision.ts';
import { MAX_CAPTION_LENGTH, readCreditedCaption, readDescribedPlaceholder, readImageToken } from '../figures.ts';
import { findLeadDate } from '../dates.ts';

/**
 * `IMGP0713` followed by `Các đại biểu dự hội nghị …`: where a photo stood,
 * the page kept its file name, and the caption under it.
 */
export const imageToken: Rule = {
  name: 'image-token',
  description: 'An image file name or photo placeholder, and the caption under it (or in it).',
  classify(doc, decided) {
    const decisions: Decision[] = [];
    const free = decided.free();
    free.forEach((line, i) => {
      const described = readDescribedPlaceholder(line.text);
      if (described) {
        decisions.push(decide(line, 'caption', this.name, "a photo's placeholder with the words that describe it", { caption: described }));
        return;
      }
      const token = readImageToken(line.text);
      if (!token) return;
      decisions.push(decide(line, 'image', this.name, `a ${token.kind === 'placeholder' ? 'photo placeholder' : `${token.kind} image name`}`, { src: token.src }));
      const next = free[i + 1];
      if (!next || next.index !== line.index + 1 || next.text.length > MAX_CAPTION_LENGTH || readImageToken(next.text) || findLeadDate(next.text)) return;
      const credited = readCreditedCaption(next.text);
      decisions.push(decide(next, 'caption', this.name, `the line under the image name ${token.src ?? ''}`.trim(), credited ? { caption: credited.caption, credit: credited.credit ?? undefined } : { caption: next.text }));
    });
    return decisions;
  },
};
