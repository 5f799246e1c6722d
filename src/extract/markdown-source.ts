import { decide, type Decision, type Hints } from './decision.ts';
import type { Document } from './document.ts';

/**
 * A `.md` file is written by an editor, not copied from a page: it is taken
 * as it stands. A leading `# Heading` (or the front-matter title) is the
 * title; every other line is body.
 */
export function readMarkdown(doc: Document, hints: Hints): Decision[] {
  return doc.lines.map((line, i) => {
    const heading = /^#\s+(.+?)\s*#*$/.exec(line.text);
    if (i === 0 && heading && !hints.title) return decide(line, 'title', 'markdown-heading', 'the first-level heading of a Markdown file', { title: heading[1]! });
    if (i === 0 && heading && hints.title) return decide(line, 'title-repeat', 'markdown-heading', 'the heading repeats the front-matter title');
    return decide(line, 'body', 'markdown-body', 'a line of a Markdown file, taken as written');
  });
}
