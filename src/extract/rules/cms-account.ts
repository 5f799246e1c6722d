import { decide, type Rule } from '../decision.ts';
import { PhraseList } from '../phrases.ts';
import sections from '../data/sections.json' with { type: 'json' };

const ACCOUNTS = new PhraseList(sections.accounts);
/** A user handle: one lower-case ASCII word, maybe with digits, dots or underscores. */
const HANDLE = /^[a-z][a-z0-9_.]{2,24}$/;

/** `Admin` above the title: the CMS account that posted the article. */
export const cmsAccount: Rule = {
  name: 'cms-account',
  description: 'A CMS account name printed above the title.',
  classify(doc, decided) {
    const [first, next] = decided.free();
    if (!first || !next || first.index > 1) return [];
    if (ACCOUNTS.equals(first.text)) return [decide(first, 'account', this.name, `a known CMS account name above the title`)];
    if (HANDLE.test(first.text)) return [decide(first, 'account', this.name, 'a single lower-case user handle above the title')];
    return [];
  },
};
