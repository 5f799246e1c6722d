/**
 * What a browser prints on each sheet of a page printed to paper or PDF:
 * a header with the time of printing and the page's title, a footer with
 * the page's address and the sheet's number. Read by the print-margins rule,
 * and by the document, which joins no wrapped line onto either.
 */

/** `https://congan.hatinh.gov.vn/tin-tuc/… 1/2`, `about:blank 1/1`: the page's address and the sheet's number. */
const FOOTER = /^(?:(?:https?|file):\/\/\S+|about:blank)\s+\d{1,3}\/\d{1,3}$/u;
/** `3/8/24, 2:25 PM …`, `14:25 8/3/24 …`: the time of printing, then the page's title. */
const HEADER = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?|\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?,?\s+\d{1,2}\/\d{1,2}\/\d{2,4})\s+(\S.*)$/u;

export const isPrintFooter = (text: string) => FOOTER.test(text);

/** The page's title a printed sheet's header carries, or null when the line is no such header. */
export const printHeaderTitle = (text: string): string | null => HEADER.exec(text)?.[1] ?? null;
