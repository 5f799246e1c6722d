import { decide, type Rule } from '../decision.ts';
import { FOOTNOTE_MARK } from '../bylines.ts';

/**
 * `ThS. NGUYỄN HOÀNG LONG (*)` at the top, `(*) Giảng viên Trường Chính trị
 * tỉnh Quảng Trị` under the text: the note on the writer's footnote mark
 * tells the writer's post, as a byline does, not the article. The note
 * closes the text (nothing of the article's after it); a mark on a name in
 * the text (`em N.T.H.(*)`) leaves its note to the article.
 */
export const bylineFootnote: Rule = {
  name: 'byline-footnote',
  description: "The note on the footnote mark after the writer's name ('(*) Giảng viên …'): the writer's post.",
  classify(doc, decided) {
    const marked = decided.all().find((d) => d.kind === 'byline' && FOOTNOTE_MARK.test(doc.lines[d.line]!.text));
    if (!marked) return [];
    const mark = markOf(FOOTNOTE_MARK.exec(doc.lines[marked.line]!.text)![0]);
    const last = decided.free().at(-1);
    const opening = last && last.index > marked.line ? NOTE_MARK.exec(last.text) : null;
    if (!opening || markOf(opening[0]) !== mark) return [];
    return [decide(last!, 'byline', this.name, `the note on the footnote mark after the writer's name at line ${doc.lines[marked.line]!.number}: the writer's post`)];
  },
};

/** The mark opening a note, before its text. */
const NOTE_MARK = /^\s*(?:\(\s*\*+\s*\)|\*+)(?=\s*\S)/u;

/** `( * )` → `(*)`: the mark as compared. */
function markOf(printed: string): string {
  return printed.replace(/\s+/g, '');
}
