/**
 * Text as copied from web pages carries invisible differences that break
 * matching: decomposed accents (NFD from some Mac and CMS exports), Windows
 * and old-Mac line ends, non-breaking spaces used for indentation, and
 * zero-width characters. This puts every file in one form.
 */

/**
 * Line breaks other than the ASCII ones: Word's manual line break copies as
 * a vertical tab, a PDF's page break as a form feed, rich-text editors write
 * the Unicode line and paragraph separators. Each ends a line the page
 * showed; removed as debris, they would glue a title to the date under it.
 */
const OTHER_BREAKS = /[\u000b\u000c\u2028\u2029]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// C0/C1 controls except tab and newline: debris from bad copies, never text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(OTHER_BREAKS, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, '')
    .normalize('NFC');
}
