import { decide, type Decision, type Rule } from '../decision.ts';
import type { Line } from '../document.ts';
import { findDates } from '../dates.ts';
import { accountKind, posterLabelled } from '../sections.ts';

/** A labelled account line is short: the label, a colon and one name or handle. */
const MAX_LABELLED_LENGTH = 60;

/**
 * `Admin` above the title, or `Người đăng: quantri` anywhere: the CMS account
 * that posted the article. The poster is often an editor, not the writer, so
 * the line credits nobody.
 */
export const cmsAccount: Rule = {
  name: 'cms-account',
  description: 'A CMS account name printed above the title, or after a poster label.',
  classify(doc, decided) {
    const free = decided.free();
    const labelled = free.flatMap((line) => posterLine(line, this.name));
    const [first, next] = free.filter((line) => !labelled.some((d) => d.line === line.index));
    // On the first line or the second, or under nothing but the site's lines (its name and menu).
    if (!first || !next || (first.index > 1 && !decided.atTop(first.index))) return labelled;
    const kind = accountKind(first.text);
    if (!kind) return labelled;
    const reason = kind === 'known' ? 'a known CMS account name above the title' : 'a single lower-case user handle above the title';
    return [...labelled, decide(first, 'account', this.name, reason)];
  },
};

function posterLine(line: Line, rule: string): Decision[] {
  const found = line.text.length <= MAX_LABELLED_LENGTH ? posterLabelled(line.text) : null;
  // `Đăng bởi: Admin | 12/01/2024 - 08:30`: the account shares the line with the dates, which the dateline reads.
  if (!found || findDates(found.value).length > 0) return [];
  return [decide(line, 'account', rule, `the poster label '${found.label}' and an account`)];
}
