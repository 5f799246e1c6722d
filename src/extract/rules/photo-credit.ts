import { decide, type Classification, type Decision, type Rule } from '../decision.ts';
import { isLabelledByline, namesTeam, readByline } from '../bylines.ts';
import { isProse, type Document, type Line } from '../document.ts';
import { MAX_CAPTION_LENGTH, readCreditOnly, readCreditedCaption } from '../figures.ts';
import { aboveEmail } from './site-chrome.ts';

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
      // `Bài: Lan Anh` (or `Lan Anh` closing the article) over `Ảnh: Đức Thịnh`: the byline's credit for the article's photos, not one photo's.
      const above = aboveEmail(doc, line);
      if (credit && above && isLabelledByline(above.text) && !free.slice(0, i).some(isProse)) {
        // Over the text (`Bài: Lan Anh` / `Ảnh: Đức Thịnh` / the dateline) it is the team's credit, as the byline is; under it, after-byline's.
        decisions.push(decide(line, 'byline', this.name, `the photos' credit under the byline at line ${above.number}, over the text`));
        return;
      }
      if (credit && above && (isLabelledByline(above.text) || (free[i - 1] === above && closesArticle(free, i) && readByline(above.text)?.author))) return;
      if (credit) {
        const caption = captionAbove(doc, decided, free, i);
        if (caption) decisions.push(decide(caption, 'caption', this.name, `the short line right above the photo credit at line ${line.number}`, { caption: caption.text }));
        decisions.push(decide(line, 'credit', this.name, 'a photo credit standing alone', { credit }));
        return;
      }
      const credited = readCreditedCaption(line.text);
      // `Bài: Minh Hoàng - Ảnh: Quang Vinh`, `Nhóm PV Pháp luật - Ảnh: NV`: the credits of text and photos, a byline (see readByline);
      // `Minh Hà - Ảnh: Văn Tú` too, where the article closes. Above more of it, a name is a portrait's caption.
      if (!credited || isLabelledByline(credited.caption) || namesTeam(credited.caption)) return;
      if (closesArticle(free, i) && free.slice(0, i).some(isProse) && readByline(credited.caption)?.author) return;
      decisions.push(decide(line, 'caption', this.name, `ends with the photo credit '${credited.credit}'`, { caption: credited.caption, credit: credited.credit ?? undefined }));
    });
    return decisions;
  },
};

/** No prose and no writer's credit after the line at `i`: where the closing byline stands. */
function closesArticle(free: readonly Line[], i: number): boolean {
  return free.slice(i + 1).every((l) => !isProse(l) && !readByline(l.text)?.author);
}

/**
 * `Phối cảnh ngôi trường sau khi hoàn thành.` over `Nguồn ảnh: UBND huyện`:
 * a credit's caption is the line right above it, when that line is no
 * paragraph (a phrase, or a short sentence) and comes after the article's
 * prose has begun, or is a sentence right under the title's dateline or
 * its writer (the top photo's); a paragraph above a credit stood before a
 * photo that had no caption. A name alone there is the writer's (`Minh Anh`
 * over `Ảnh: Internet`).
 */
function captionAbove(doc: Document, decided: Classification, free: readonly Line[], i: number): Line | null {
  const above = free[i - 1];
  if (!above || above.index !== free[i]!.index - 1 || isProse(above) || readByline(above.text)) return null;
  if (free.slice(0, i - 1).some(isProse)) return above;
  // `Traffic police officers check …` under the title's dateline or its writer, over `Photo: …`: the top photo's caption, a sentence.
  const over = doc.lines[above.index - 1];
  const underHead = !!over && (!decided.isFree(over.index) || !!readByline(over.text)?.author);
  return underHead && /[.!?]$/u.test(above.text) ? above : null;
}
