import { foldInPlace } from '../vietnamese/fold.ts';
import { escapeRegExp, PhraseList } from './phrases.ts';
import chrome from './data/chrome.json' with { type: 'json' };

const { names, verbs, subjects, lineStarts, maxLength } = chrome.machineNotes;
const VERBS = new PhraseList(verbs);
const SUBJECTS = new PhraseList(subjects);
const LINE_STARTS = new PhraseList(lineStarts);
const alternatives = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** The machine's names in capitals, matched as printed (`AI`, never the pronoun `ai`); the others, folded. */
const CAPITAL_NAMES = alternatives(names.filter((n) => n === n.toUpperCase()));
const WORD_NAMES = alternatives(names.filter((n) => n !== n.toUpperCase()).map(foldInPlace));
/** What marks each of the machine's names in `markMachine`'s answer: one character no text holds. */
export const MACHINE_MARK = '\u0000';

/** The text with each of the machine's names replaced by MACHINE_MARK, the rest as printed; null when it names none. */
export function markMachine(text: string): string | null {
  const folded = foldInPlace(text);
  const spans = [...text.matchAll(CAPITAL_NAMES), ...folded.matchAll(WORD_NAMES)].map((m) => [m.index, m.index + m[0].length] as const).sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return null;
  let marked = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    marked += text.slice(at, start) + MACHINE_MARK;
    at = end;
  }
  return marked + text.slice(at);
}

/** A short line that names the machine and what it did (`Nội dung do AI tóm tắt`): under a summary's points, its note. */
export function saysMachineMade(text: string): boolean {
  return text.length <= maxLength && VERBS.foundIn(text) !== null && markMachine(text) !== null;
}

/**
 * `Nội dung bài viết có sự hỗ trợ của AI.`, `(Bài viết được đọc bởi trí tuệ
 * nhân tạo)`, `Được tạo bởi AI`: the page's note that a machine made the
 * article or a part of it, opening with what was made, or with words only
 * such a note opens with (see chrome.json, machineNotes).
 */
export function isMachineNote(text: string): boolean {
  const bare = text.replace(/^[\s(*\[]+|[\s)\]]+$/gu, '');
  if (LINE_STARTS.prefixOf(bare) !== null) return bare.length <= maxLength;
  return SUBJECTS.prefixOf(bare) !== null && saysMachineMade(bare);
}
