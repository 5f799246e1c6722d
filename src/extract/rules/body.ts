import { decide, type Rule } from '../decision.ts';

/** Whatever no rule claimed is the article's text. */
export const body: Rule = {
  name: 'body',
  description: 'Every line no other rule claimed is a body paragraph.',
  classify(doc, decided) {
    return decided.free().map((line) => decide(line, 'body', this.name, 'no other rule claimed it'));
  },
};
