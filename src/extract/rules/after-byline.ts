import { decide, type Rule } from '../decision.ts';

/** What a copied page has after the article's byline is the site's: its description, links, statistics. */
export const afterByline: Rule = {
  name: 'after-byline',
  description: 'Everything after the closing byline is site text.',
  classify(doc, decided) {
    const closing = decided.all().find((d) => d.kind === 'byline' && d.endsArticle);
    if (!closing) return [];
    const at = doc.lines[closing.line]!.number;
    return decided
      .free()
      .filter((l) => l.index > closing.line)
      .map((l) => decide(l, 'chrome', this.name, `after the byline at line ${at}`));
  },
};
