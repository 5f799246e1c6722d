import { decide, type Decision, type Rule } from '../decision.ts';
import { wordCount, type Line } from '../document.ts';
import { isAllCaps } from '../../vietnamese/case.ts';
import { namesOffice, readName } from '../bylines.ts';
import { PhraseList } from '../phrases.ts';
import data from '../data/documents.json' with { type: 'json' };

const SIGNING_FOR = new PhraseList(data.signingFor);
const SIGNED_NOTES = new PhraseList(data.signedNotes);
const RECIPIENTS = new PhraseList(data.recipientsLabels);
/** Who signs for whom takes a line or two over the office (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`). */
const MAX_SIGNING_FOR_LINES = 2;
/** The recipients (a dozen at most) and the signature's few lines. */
const TAIL_LINES = 24;
/** `- Như trên;`, `- Lưu: VT.`: a recipient is a few words. */
const MAX_RECIPIENT_WORDS = 16;

/**
 * An official document pasted into the article (see documents.json) ends
 * with its signature: who signs for whom, the signer's office in capitals
 * (`CHỦ TỊCH`), a note that it was signed, and the signer's name (after
 * their rank, in the police and the army), which is the article's author; the list of recipients (`Nơi nhận:`), before or
 * after it, is the form's. Without an office over the name, the lines are
 * left to the byline rule.
 */
export const documentSignature: Rule = {
  name: 'document-signature',
  description: "An official document's signature (the signer's office over their name) and its recipients.",
  classify(doc, decided) {
    // The signature and the recipients close the document: only its last lines are asked.
    const free = decided.free().slice(-TAIL_LINES);
    const recipients = recipientsBlock(free);
    const rest = recipients.length > 0 && recipients[recipients.length - 1] === free[free.length - 1] ? free.slice(0, free.indexOf(recipients[0]!)) : free;
    let i = rest.length - 1;
    const name = rest[i];
    // `NGUYỄN VĂN TÂM` in capitals too, but no office (`CHỦ TỊCH` reads as a pen name in capitals); `Đại tá Trần Hữu Thắng`
    // with the rank a police or army signer signs with.
    const author = name && !namesOffice(name.text) ? readName(name.text, true) : null;
    if (!name || !author) return recipientDecisions(recipients);
    const signed = rest[i - 1] && SIGNED_NOTES.equals(rest[i - 1]!.text) ? rest[--i]! : null;
    const office = rest[i - 1];
    if (!office || !isAllCaps(office.text) || !(namesOffice(withoutSigningFor(office.text)) || SIGNING_FOR.prefixOf(office.text))) return recipientDecisions(recipients);
    const above: Line[] = [office];
    for (let j = i - 2; j >= 0 && i - 1 - j <= MAX_SIGNING_FOR_LINES && SIGNING_FOR.prefixOf(rest[j]!.text) && isAllCaps(rest[j]!.text); j--) above.push(rest[j]!);
    const reason = `the signature of the official document pasted into the article, over its signer's name (line ${name.number})`;
    return [
      ...[...above, ...(signed ? [signed] : [])].map((l) => decide(l, 'chrome', this.name, reason)),
      { ...decide(name, 'byline', this.name, `the signer's name under their office (line ${office.number}): the official document's signature`, { author }), endsArticle: true },
      ...recipientDecisions(recipients),
    ];
  },
};

/** `TM. ỦY BAN NHÂN DÂN` → `ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH` → `CHỦ TỊCH`. */
function withoutSigningFor(text: string): string {
  const label = SIGNING_FOR.prefixOf(text);
  return label ? text.slice(label.length).trim() : text;
}

/** `Nơi nhận:` and the recipients listed under it, each a few words (`- Như trên;`), near the end. */
function recipientsBlock(free: readonly Line[]): Line[] {
  const at = free.findIndex((l) => RECIPIENTS.equals(l.text.replace(/[:：]\s*$/u, '')) || RECIPIENTS.labelled(l.text) !== null);
  if (at === -1) return [];
  const block = [free[at]!];
  for (const line of free.slice(at + 1)) {
    if (!/^[-–+•]/u.test(line.text.trim()) || wordCount(line.text) > MAX_RECIPIENT_WORDS) break;
    block.push(line);
  }
  return block;
}

function recipientDecisions(recipients: readonly Line[]): Decision[] {
  return recipients.map((l) => decide(l, 'chrome', documentSignature.name, `the official document's list of recipients (line ${recipients[0]!.number})`));
}
