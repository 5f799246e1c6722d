import { decide, type Rule } from '../decision.ts';
import { isProse } from '../document.ts';
import { PhraseList } from '../phrases.ts';
import { isOutletInitials, readByline } from '../bylines.ts';
import chrome from '../data/chrome.json' with { type: 'json' };

const LEAD_LABELS = new PhraseList(chrome.leadLabels.phrases);

/**
 * `SGGPO` over `Ngày 6-12, …`: a paper's initials, which open its lead
 * (`SGGPO - Ngày 6-12, …`), printed on a line of their own; but a writer's
 * initials (`PV`, `CTV`) or an agency's that signs articles (`TTXVN`) there
 * are the byline.
 */
const isLeadInitials = (text: string) => isOutletInitials(text) && !readByline(text);

/**
 * `Sapo: Công an quận Hoàng Mai vừa triệt xóa …`: a CMS's label before the
 * article's lead. The label is the page's and the words after it the lead;
 * a label alone on its line (`Tóm tắt:`) over the lead is the page's. Only
 * lines from the title down to the first paragraph are asked: further down,
 * `Tóm tắt:` heads the text's own summary.
 */
export const leadLabel: Rule = {
  name: 'lead-label',
  description: "A CMS's label before the article's lead ('Sapo:', 'Tóm tắt:').",
  classify(doc, decided) {
    const title = decided.first('title');
    for (const line of decided.free()) {
      if (title && line.index < title.line) continue;
      const labelled = LEAD_LABELS.labelled(line.text);
      if (labelled) return [decide(line, 'body', this.name, `the lead after the label '${labelled.label}'`, { text: labelled.value })];
      const alone = LEAD_LABELS.prefixOf(line.text);
      const next = doc.lines[line.index + 1];
      if (alone && /^\s*[:：]\s*$/u.test(line.text.slice(alone.length)) && next && isProse(next)) {
        return [decide(line, 'chrome', this.name, `the label '${alone}' over the lead`)];
      }
      if (title && next && isProse(next) && isLeadInitials(line.text)) return [decide(line, 'chrome', this.name, "the paper's initials that open its lead, printed over it")];
      if (isProse(line)) return [];
    }
    return [];
  },
};
