import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { creditFields, NAME_FORM, ORGANISATION_FORM, readByline } from '../bylines.ts';
import { isPlaceName } from '../places.ts';

/**
 * `… theo quy định của pháp luật./. Thu Hà`: the text, its end mark (`./.`,
 * `/.`) and what follows it on the same line (group 2). Official writing
 * closes a text with the mark, so anything after it is not the text's.
 */
const RUN_ON = /^(.*\S\s*\/\.)\s*(\S.{0,80})$/u;
/** `… báo cho công an. — VNS`: the text's last sentence, then a dash and an agency's initials (group 2), as English-language papers credit. */
const AGENCY_AFTER_DASH = /^(.*[.!?…]["”’)]?)\s*[—–]\s*(\p{Lu}[\p{Lu}\d+]{1,7})$/u;
/** `… tiếp tục điều tra, mở rộng. (Minh Phương)`, `… (Theo TTXVN)`: the text's last sentence, then a byline in brackets (group 2). */
const IN_BRACKETS = /^(.*[.!?…]["”’]?)\s*[(\[]\s*([^()[\]]{2,60}?)\s*[)\]]$/u;

/** The paragraph's text, what is run into it, where it stands (for the reason), and whether it is in brackets. */
type RunOn = { text: string; credit: string; after: string; bracketed?: true };

/** The paragraph's text and what is run into it after its end: an end mark's name, a dash's agency, or a byline in brackets. */
function runOn(line: string): RunOn | null {
  const mark = RUN_ON.exec(line);
  if (mark) return { text: mark[1]!, credit: mark[2]!, after: 'its end mark' };
  const dash = AGENCY_AFTER_DASH.exec(line);
  if (dash) return { text: dash[1]!, credit: dash[2]!, after: 'a dash after its last sentence' };
  const bracket = IN_BRACKETS.exec(line);
  return bracket ? { text: bracket[1]!, credit: bracket[2]!, after: 'its last sentence, in brackets', bracketed: true } : null;
}

/**
 * The byline run into the last paragraph after the end mark, where a copy
 * lost the line break between them: `… làm rõ./. Thu Hà`; or an agency's
 * initials after a dash, as English-language papers close a story (`… to the
 * police. — VNS`); or a byline in brackets after the last sentence (`… mở
 * rộng. (Minh Phương)`, `… (Theo TTXVN)`), as papers close a short item.
 * The paragraph is the text up to its mark and the writer the name after
 * it. Only the last paragraph is asked, and only a name (or names with their
 * unit, or in brackets a source) after the mark: a sentence there means the
 * mark is not the text's end.
 */
export const endMarkByline: Rule = {
  name: 'end-mark-byline',
  description: "The writer's name run into the last paragraph after its end mark ('… làm rõ./. Thu Hà'), an agency's after a dash ('… police. — VNS'), or a byline in brackets ('… mở rộng. (Minh Phương)').",
  classify(doc, decided) {
    const title = decided.first('title');
    // The name after the mark keeps the line from ending as a sentence does: the text before the mark is asked.
    const last = [...decided.free()].reverse().find((line) => isProse(line) || isProse({ ...line, text: runOn(line.text)?.text ?? '' }));
    if (!last || (title && last.index < title.line)) return [];
    const m = runOn(last.text);
    const found = m ? readByline(m.credit) : null;
    // In brackets, a source alone credits the article too (`(Theo TTXVN)`); a body's name alone there may be the text's.
    // `… (Hà Nội)`: a place in brackets is no writer.
    const credits = found && found.form !== ORGANISATION_FORM && !isPlaceName(m!.credit) && (found.author || (m!.bracketed && found.source));
    if (!credits) return [];
    const form = found.form === NAME_FORM ? 'a name' : found.form;
    const who = found.author ? 'the writer' : 'the source';
    return [decide(last, 'body', this.name, `the last paragraph, with ${who} (${form}) after ${m!.after}`, { text: m!.text, ...creditFields(found) })];
  },
};
