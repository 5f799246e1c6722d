import { decide, type Decision, type Rule } from '../decision.ts';
import type { Line } from '../document.ts';
import { keyAlternatives } from '../phrases.ts';
import { foldInPlace } from '../../vietnamese/fold.ts';
import documents from '../data/documents.json' with { type: 'json' };

const { signs, others } = documents.signatureStamp;
/** `Ký bởi: …`, `Thời gian ký: …`: a label that says who signed, or when, then its colon; in folded text. */
const SIGNS = new RegExp(`^(?:${keyAlternatives(signs)})\\s*[:：]`, 'u');
const STAMP_LINE = new RegExp(`^(?:${keyAlternatives([...signs, ...others])})\\s*[:：]`, 'u');
/** The longest label, with its spaces (`thời gian ký`, `signature valid`). */
const MAX_LABEL_LENGTH = 20;
/** The lines of a stamp, at least: the signer and the time, or the signer and their body. */
const MIN_STAMP_LINES = 2;

/**
 * `Ký bởi: Ủy ban nhân dân xã Hòa Phú` / `Email: …` / `Cơ quan: Tỉnh Quảng
 * Nam` / `Thời gian ký: 06.12.2026 08:30:15 +07:00`: a digitally signed
 * document's stamp, copied with its text from the PDF, over it or under it.
 * Asked before the dateline, whose time of signing is not the document's
 * date.
 */
export const signatureStamp: Rule = {
  name: 'signature-stamp',
  description: "A digitally signed document's stamp: the signer, their body and the time of signing, each under its label.",
  classify(doc, decided) {
    const decisions: Decision[] = [];
    let run: Line[] = [];
    const close = () => {
      if (run.length >= MIN_STAMP_LINES && run.some((l) => SIGNS.test(labelOf(l.text) ?? ''))) {
        for (const l of run) decisions.push(decide(l, 'chrome', this.name, `the digital signature's stamp (lines ${run[0]!.number}-${run.at(-1)!.number}), not the document's text`));
      }
      run = [];
    };
    for (const line of doc.lines) {
      const label = decided.isFree(line.index) ? labelOf(line.text) : null;
      if (label && STAMP_LINE.test(label)) run.push(line);
      else close();
    }
    close();
    return decisions;
  },
};

/** The label opening the line, with its colon, folded; null when no colon stands near the start (most lines are not folded then). */
function labelOf(text: string): string | null {
  const colon = text.search(/[:：]/u);
  return colon > 0 && colon <= MAX_LABEL_LENGTH ? foldInPlace(text.slice(0, colon + 1)) : null;
}
