import { warning } from '../diagnostics.ts';
import type { MarkupResult } from './markup.ts';

/** `# Tiêu đề`, `## Tiêu đề phụ`: a heading's marker. */
const HEADING = /^#{1,6}[ \t]+(?=\S)/;
/** `> "Mỗi cán bộ …"`: a quoted passage's marker (`>>` marks a link to another article, and stays). */
const QUOTE = /^>[ \t]+(?=[^\s>])/;
/** `**đậm**`, `__đậm__`: strong emphasis, anywhere in a line. */
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;
/** `*Phương Thảo*`, `_Phương Thảo_`: emphasis around a whole line (a `*` inside a sentence may be the text's). */
const EMPHASIS_LINE = /^([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1$/u;
/**
 * `*"Công tác … số lượng"*, đồng chí … nhấn mạnh`: emphasis on words inside a line, its marks at the words'
 * edges (a space, a bracket or a quote outside them, none inside). A footnote's `(*)`, a list's `* `, `a*b`
 * and `ten_file_anh` are no emphasis.
 */
const EMPHASIS_WORDS = /(?<=^|[\s(["“‘])([*_])(?=[^\s*_)\]])([^*_\n]+?)(?<=[^\s*_([])\1(?=$|[\s.,;:!?)\]"”’…])/gu;
/** `[Xem thêm](https://…)`: a link, whose text is what the page shows. An image (`![…](…)`) is left to extraction, which reads its file and alternative text. */
const LINK = /(?<!!)\[([^\]\n]+)\]\((?:https?:\/\/|\/)[^)\s]*\)/gu;

/**
 * The text a raw copy shows when it was copied from a Markdown editor (or
 * a chat window): heading and quote markers, bold and italics,
 * and links give way to the text they mark, so that `# Tiêu đề` is read as the title
 * and `*Phương Thảo*` as the byline. Lines stay where they were. Lists'
 * markers stay: a bullet is a raw copy's too. A file meant as Markdown is
 * named `.md`, and rendered as Markdown.
 */
export function markdownMarksToText(text: string, lineOffset = 0): MarkupResult & { emphasised: number[] } {
  let first = -1;
  const emphasised: number[] = [];
  const lines = text.split('\n').map((line, i) => {
    // Spaces around a line's marks are the copy's, not the text's: `  *Phương Thảo*  ` is still set in italics (and keeps its indent).
    const indent = /^\s*/u.exec(line)![0];
    const marked = line.trim();
    const plain = marked.replace(HEADING, '').replace(QUOTE, '').replace(LINK, '$1');
    const unmarked = plain.replace(STRONG, '$2');
    const italic = unmarked.replace(EMPHASIS_LINE, '$2');
    // A line set wholly in italics, and not in bold, is told apart: pages set photos' captions so (a subheading is bold).
    if (italic !== unmarked && unmarked === plain) emphasised.push(lineOffset + i + 1);
    const shown = italic.replace(EMPHASIS_WORDS, '$2');
    if (shown !== marked && first === -1) first = i;
    return indent + shown;
  });
  if (first === -1) return { text, diagnostics: [], emphasised };
  const line = lineOffset + first + 1;
  return {
    text: lines.join('\n'),
    diagnostics: [warning('markdown-marks', `The file holds Markdown marks (from line ${line}); they were read as the text they mark. Name the file .md to have it rendered as Markdown.`, line)],
    emphasised,
  };
}
