import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import { announcesNextPart } from '../series.ts';
import data from '../data/bylines.json' with { type: 'json' };

const ARTICLE_NOTES = new PhraseList(data.articleNotes.phrases);

/**
 * What a copied page has after the article's byline is the site's: its
 * description, links, statistics. A newsroom's note on the article (a
 * correction) stays the article's, as does a series' next part announced
 * (`Đón đọc Bài 2: …`).
 */
export const afterByline: Rule = {
  name: 'after-byline',
  description: "Everything after the closing byline is site text, but for the newsroom's notes on the article (a correction, the series' next part).",
  classify(doc, decided) {
    const closing = decided.all().find((d) => d.kind === 'byline' && d.endsArticle);
    if (!closing) return [];
    const at = doc.lines[closing.line]!.number;
    return decided
      .free()
      .filter((l) => l.index > closing.line && !ARTICLE_NOTES.labelled(l.text) && !announcesNextPart(l.text))
      .map((l) => decide(l, 'chrome', this.name, `after the byline at line ${at}`));
  },
};
