import { decide, type Rule } from '../decision.ts';
import { isMachineNote } from '../machine-notes.ts';

/**
 * `Nội dung bài viết có sự hỗ trợ của AI.`, `Bài viết có sử dụng công cụ AI
 * hỗ trợ biên tập.`: the page's note that a machine wrote, summarised or read
 * the article, wherever it stands: the page's, not the article's text (see
 * chrome.json, machineNotes).
 */
export const machineNote: Rule = {
  name: 'machine-note',
  description: "The page's note that a machine made the article or a part of it ('Nội dung bài viết có sự hỗ trợ của AI').",
  classify(_doc, decided) {
    return decided.free().flatMap((line) => (isMachineNote(line.text) ? [decide(line, 'chrome', this.name, "the page's note that a machine made the article or a part of it")] : []));
  },
};
