import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { NAME_FORM, ORGANISATION_FORM, readByline } from '../bylines.ts';

/**
 * `… theo quy định của pháp luật./. Thu Hà`: the text, its end mark (`./.`,
 * `/.`) and what follows it on the same line (group 2). Official writing
 * closes a text with the mark, so anything after it is not the text's.
 */
const RUN_ON = /^(.*\S\s*\/\.)\s*(\S.{0,80})$/u;
/** `… báo cho công an. — VNS`: the text's last sentence, then a dash and an agency's initials (group 2), as English-language papers credit. */
const AGENCY_AFTER_DASH = /^(.*[.!?…]["”’)]?)\s*[—–]\s*(\p{Lu}[\p{Lu}\d+]{1,7})$/u;

/** The paragraph's text and what is run into it after its end: an end mark's name, or a dash's agency. */
function runOn(text: string): RegExpExecArray | null {
  return RUN_ON.exec(text) ?? AGENCY_AFTER_DASH.exec(text);
}

/**
 * The byline run into the last paragraph after the end mark, where a copy
 * lost the line break between them: `… làm rõ./. Thu Hà`; or an agency's
 * initials after a dash, as English-language papers close a story (`… to the
 * police. — VNS`). The paragraph is the text up to its mark and the writer
 * the name after it. Only the last paragraph is asked, and only a name (or
 * names with their unit) after the mark: a sentence there means the mark is
 * not the text's end.
 */
export const endMarkByline: Rule = {
  name: 'end-mark-byline',
  description: "The writer's name run into the last paragraph after its end mark ('… làm rõ./. Thu Hà'), or an agency's after a dash ('… police. — VNS').",
  classify(doc, decided) {
    const title = decided.first('title');
    // The name after the mark keeps the line from ending as a sentence does: the text before the mark is asked.
    const last = [...decided.free()].reverse().find((line) => isProse(line) || isProse({ ...line, text: runOn(line.text)?.[1] ?? '' }));
    if (!last || (title && last.index < title.line)) return [];
    const m = runOn(last.text);
    const found = m ? readByline(m[2]!) : null;
    if (!found?.author || found.form === ORGANISATION_FORM) return [];
    const form = found.form === NAME_FORM ? 'a name' : found.form;
    const after = RUN_ON.test(last.text) ? 'its end mark' : 'a dash after its last sentence';
    return [decide(last, 'body', this.name, `the last paragraph, with the writer (${form}) after ${after}`, { text: m![1]!, author: found.author, ...(found.source ? { source: found.source } : {}) })];
  },
};
