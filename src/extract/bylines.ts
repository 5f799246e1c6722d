import { capitalizeFirst, capitalizeWords, isAllCaps } from '../vietnamese/case.ts';
import { foldInPlace, matchKey } from '../vietnamese/fold.ts';
import { CAPTION_CUES, readCreditedCaption, WEAK_CAPTION_CUES } from './figures.ts';
import { eraseWords, escapeRegExp, keyAlternatives, PhraseList } from './phrases.ts';
import data from './data/bylines.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };
import dateWords from './data/date-words.json' with { type: 'json' };
import { isSurname, startsWithJoinedSurname } from './surnames.ts';
import { isPlaceName, placeAt } from './places.ts';
import { splitWords, type Word } from './words.ts';
import { findRelativeTimes } from './dates.ts';
import { accountKind, isSectionName } from './sections.ts';
import figures from './data/figures.json' with { type: 'json' };

export interface Byline {
  author: string | null;
  source: string | null;
  /** Which form the byline took, for `inspect --explain`. */
  form: string;
  /** Labelled with an editor's or designer's role (`Biên tập: X`): the writer, unless another byline names one. */
  team?: boolean;
}

/** The fields a line's decision records for a byline: the writer and the source it names, each where it names one. */
export function creditFields(found: Pick<Byline, 'author' | 'source'>): { author?: string; source?: string } {
  return { ...(found.author ? { author: found.author } : {}), ...(found.source ? { source: found.source } : {}) };
}

const AUTHOR_LABELS = new PhraseList(data.authorLabels);
const { text: TEXT_WORKS, pictures: PICTURE_WORKS, joiners: WORK_JOINERS } = data.creditedWork;
/** What joins two words of a credited work's label: a word (`và`) between spaces, a mark with or without them. */
const WORK_JOINER = WORK_JOINERS.map((j) => (/\p{L}/u.test(j) ? `\\s+${matchKey(j)}\\s+` : `\\s*${escapeRegExp(j)}\\s*`)).join('|');
/** `bài, ảnh, video`, folded: two or three words of work, joined (see bylines.json creditedWork). */
const WORK = keyAlternatives([...TEXT_WORKS, ...PICTURE_WORKS]);
const CREDITED_WORK = new RegExp(`^(?:${WORK})(?:(?:${WORK_JOINER})(?:${WORK})){1,2}(?![\\p{L}])`, 'u');
const TEXT_WORK_KEYS = new Set(TEXT_WORKS.map(matchKey));
const WORK_JOINERS_SPLIT = new RegExp(WORK_JOINER, 'u');

/** `Bài và ảnh`, `Tin, ảnh, video`: a label of the works a writer made, among them the text; null for any other start. */
function creditedWorkLabel(text: string): string | null {
  const m = CREDITED_WORK.exec(foldInPlace(text));
  return m && m[0].split(WORK_JOINERS_SPLIT).some((work) => TEXT_WORK_KEYS.has(work.trim())) ? text.slice(0, m[0].length) : null;
}

/** The writer's label the text opens with: a listed one (`Tác giả`, `PV`) or a credited work's (`Bài và ảnh`), the longer. */
function authorLabelOf(text: string): string | null {
  const listed = AUTHOR_LABELS.prefixOf(text);
  const work = creditedWorkLabel(text);
  return work && (!listed || work.length > listed.length) ? work : listed;
}
const SOURCE_LABELS = new PhraseList(data.sourceLabels);
const SOURCE_WORDS = new PhraseList(data.sourceWords);
const ROLES = new PhraseList(data.roles.phrases);
/** `Phóng viên`, `CTV`: a role alone on its line (bylines.json roles); under a writer's name, theirs (see byline). */
export const isRole = (text: string) => ROLES.equals(text);
const NAME_TITLES = new PhraseList(data.nameTitles.phrases);
const TEAM_CREDITS = new PhraseList(data.teamCredits.phrases);
const OTHER_CREDITS = new PhraseList([...figures.creditLabels, ...data.teamCredits.phrases]);
/** Where one credit ends and the next begins: a dash, bar, semicolon or comma between them. */
const CREDIT_SEPARATOR = /\s+[-–—|]\s+|\s*[;|]\s*|,\s+/gu;
const RANKS = new PhraseList(people.ranks);
/** Offices, as people.json titles them in capitals (`Giám đốc`, `Phó Trưởng Công an`); lower-case titles are courtesy words. */
const OFFICES = new PhraseList(people.titles.filter((t) => /^\p{Lu}/u.test(t)));
const OCCUPATIONS = new PhraseList(data.occupations.phrases);

/** `Thượng tá`, `ĐẠI ÚY`: a rank and nothing else. */
export function isRank(text: string): boolean {
  return RANKS.equals(text.replace(/[,:]\s*$/u, ''));
}

/** `Chủ tịch`, `PHÓ GIÁM ĐỐC`, `Trưởng Công an xã`: the text opens with an office (see OFFICES). */
export function namesOffice(text: string): boolean {
  return OFFICES.prefixOf(text) !== null;
}
/** Reporters' abbreviations by match key, each as the data spells it (`NHÓM PV` is `Nhóm PV`). */
const ABBREVIATIONS = new Map(data.reporterAbbreviations.map((a) => [matchKey(a), a]));
const TEAMS = new PhraseList(data.teams.phrases);
/** The most words of a team's desk after its name (`Nhóm PV Ban Thời sự`). */
const MAX_DESK_WORDS = 5;
const SEPARATORS = new RegExp(data.authorSeparators.map(escapeRegExp).join('|'), 'gi');

/**
 * The credits a line joins (`Thu Hà - Minh Anh`, `Thu Hà, Minh Anh`), split at
 * the separators; a comma inside an official name (`Trung tâm Văn hóa, Thông
 * tin và Thể thao`, organisationPhrases) splits nothing.
 */
function splitCredits(text: string): string[] {
  const plain = withoutOrganisationPhrases(text);
  const parts: string[] = [];
  let from = 0;
  for (const m of plain.matchAll(SEPARATORS)) {
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}
const UNIT_WORDS = new PhraseList(data.organisationCase.unitWords);
const PLACE_BODIES = new PhraseList(data.organisationCase.placeBodies);
/** `Thứ Tư`, `Chủ Nhật`: two capitalised words, and no one's name. */
const WEEKDAYS = new PhraseList(Object.keys(dateWords.weekdays));
/** `Border Guard Newspaper`: the last word of an outlet's English name. */
const OUTLET_ENDINGS = new Set(data.outletEndings.words);
const ACRONYMS = new Set(data.organisationCase.acronyms);
/** `(*)` after a writer's name: a footnote mark, its note (the writer's post) printed under the article. */
export const FOOTNOTE_MARK = /\s*(?:\(\s*\*+\s*\)|\*+)$/u;
/** `Viết bởi`, `Written by`: a label that needs no colon before what it credits. */
const BY_LABEL = /(?:bởi|by)$/iu;
/** `2-3`, `3 - 1`: a score between two teams' names; no organisation is named with one. */
const SCORE = /\s\d{1,3}\s?[-–:]\s?\d{1,3}\s/u;
/** `(TTXVN)` after a paper's name: what the paper belongs to. */
const PARENT_IN_BRACKETS = /\s*\([^()]+\)\.?$/u;
/** `https://congan.soctrang.gov.vn/tin-tuc/…`: a web address, whose site is its host. */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:[/?#]\S*)?$/u;

/** `(nguyenhai@baobacgiang.vn)`, `<nguyenhai@baobacgiang.vn>` (a mail client's way), `- Email: x@y.vn` after a byline's names. */
const TRAILING_EMAIL = /\s*(?:[-–—|]\s*)?[(<]?\s*(?:e-?mail\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]?$/iu;
/** A Vietnamese phone number: 0 or +84, then 9 or 10 digits, maybe grouped by spaces or stops. */
const PHONE_NUMBER = String.raw`(?:\+84|0)(?:[\s.]?\d){8,10}`;
const PHONE_IN_TEXT = new RegExp(`(?<!\\d)${PHONE_NUMBER}(?!\\d)`, 'u');
/** The text holds a phone number (`Hotline: 0912.345.678`). */
export const holdsPhoneNumber = (text: string) => PHONE_IN_TEXT.test(text);
/** `(tranhai@gmail.com - 0912.345.678)`: how to reach the writer, e-mail and phone together in brackets. */
const CONTACTS_IN_BRACKETS = new RegExp(String.raw`\s*\((?:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|${PHONE_NUMBER})\s*[-–,;|/]?)+\s*\)$`, 'u');
/** `- ĐT: 0912.345.678` after a byline's names. */
const TRAILING_PHONE = new RegExp(String.raw`\s*(?:[-–—|,]\s*)?\(?\s*(?:(?:${data.phoneLabels.phrases.map(escapeRegExp).join('|')})\s*[:.]?\s*)?${PHONE_NUMBER}\s*\)?$`, 'iu');
/** Bylines are short; a longer line is a sentence. */
export const MAX_BYLINE_LENGTH = 90;
/** Longer than a byline with its contacts and every other credit beside it (see creditsOnly): a paragraph. */
const MAX_CREDITS_LINE_LENGTH = 240;
const MAX_NAME_WORDS = 5;
/** `TT`, `N.H`, `T.Q.V`: a reporter's initials. */
const INITIALS = /^(?:\p{Lu}\.?){1,4}$/u;
/** `N.V.Hùng`, `N.V. Hùng`, `Ng. Hà`, `Tr. Minh Tuấn`: initials (the surname's may be its first consonants), then the given names, as some writers sign. */
const INITIALS_AND_NAME = new RegExp(`^(?:(?:${data.abbreviatedSurnames.clusters.join('|')}|\\p{Lu})\\.\\s?){1,3}\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?$`, 'u');
/** The same in capitals (`N.V.HÙNG`, `NG. HÀ`), written as above. */
const INITIALS_AND_NAME_CAPS = new RegExp(`^(?:(?:${data.abbreviatedSurnames.clusters.map((c) => c.toUpperCase()).join('|')}|\\p{Lu})\\.\\s?){1,3}\\p{Lu}{2,}(?: \\p{Lu}{2,})?$`, 'u');
/** A word of a name: capitalised (`Hồng`), all capitals (`LÂM`), or with an apostrophe (`H'Hen`, `H'YÂM`). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]*|\p{Lu}+|\p{Lu}['’]\p{Lu}?\p{Ll}+|\p{Lu}['’]\p{Lu}+)$/u;

/** `ANTĐ`, `VOV`, `TTXVN`: an outlet known by its initials, in capitals with no stop. */
const OUTLET_INITIALS = /^[\p{Lu}\d&+]{3,8}$/u;
export const isOutletInitials = (text: string) => OUTLET_INITIALS.test(text);
/** The form of a byline that is names and nothing else. */
export const NAME_FORM = 'a name standing alone';
/** The form of a byline that is names, then the organisation they write for. */
const AUTHOR_AND_SOURCE_FORM = 'author and source';
/** The form of a byline read after a writer's label (`Tác giả: …`, `Bài, ảnh: …`), naming the label. */
const labelledForm = (label: string) => `labelled '${label}'`;
/** Whether the byline was read after a writer's label (see labelledForm). */
export const isLabelledForm = (found: Byline) => found.form.startsWith('labelled ');
/** `Nguồn: X`, `Theo X`: a source under its label, and no writer. */
export const isLabelledSource = (found: Byline) => !found.author && found.form.startsWith('source after');
/** The form of a byline that credits another paper's writer after the source's label (`Theo Minh Anh (Báo Quảng Ninh)`). */
const WRITER_AND_PAPER_FORM = 'a writer and their paper';
/** The form of a byline that is an organisation's name and nothing else (a headline may open with one too). */
export const ORGANISATION_FORM = 'an organisation standing alone';

/**
 * Reads a byline: `Tác giả: X`, `Bài, ảnh: X - Y`, `Theo Báo CAND`,
 * `Nguồn: chinhphu.vn`, `X (Công an tỉnh Y)`, `TT – Cổng thông tin …`, a bare
 * name, a name in capitals, or a reporter abbreviation like `PV`.
 * Null when the line is not a byline.
 */
export function readByline(printed: string): Byline | null {
  const line = withoutPostedAgo(printed);
  if (line.length > MAX_CREDITS_LINE_LENGTH) return null;
  const both = line.length <= MAX_BYLINE_LENGTH ? withSourceCredit(line) : null;
  if (both) return both;
  const text = creditsOnly(line);
  if (text.length > MAX_BYLINE_LENGTH) return null;
  // `PV-CTV` is one abbreviation, not the label `PV` before a name.
  const authorLabel = ABBREVIATIONS.has(matchKey(text)) ? null : authorLabelOf(text);
  // `NHÓM PHÓNG VIÊN ĐIỀU TRA`: a team and its desk; the team's words label a writer only with a colon or a dash after them.
  const team = authorLabel && TEAMS.equals(authorLabel) && !/^\s*[:：\-–—]/u.test(text.slice(authorLabel.length)) ? readTeam(text) : null;
  if (team) return team;
  // `TIN HOẠT ĐỘNG`, `Phóng sự`: a section's name that opens with a label's word (no colon after it) credits nobody.
  if (authorLabel && !/^\s*[:：\-–—]/u.test(text.slice(authorLabel.length)) && isSectionName(text)) return null;
  if (authorLabel) {
    const rest = afterLabel(text, authorLabel);
    // What follows must be names, so "Bài học kinh nghiệm" is not a byline.
    if (rest !== null) {
      const credited = readCredited(withoutRankBeforeDegree(rest)) ?? readTeam(rest);
      if (credited) return { ...credited, form: labelledForm(authorLabel), ...(TEAM_CREDITS.equals(authorLabel) ? { team: true } : {}) };
      // `Tác giả: Ban Tuyên giáo Tỉnh ủy`: an organisation under the writer's label is the article's source, not a person.
      // Under its label and colon, or after `bởi` (`Viết bởi Phòng Cảnh sát giao thông`); `Nhóm PV Ban Thời sự` is a team.
      const labelled = /^\s*[:：]/u.test(text.slice(authorLabel.length)) || BY_LABEL.test(authorLabel);
      // `Tác giả: Admin Công an huyện`: the CMS account that posted it, under the writer's label, credits nobody.
      if (labelled && accountKind(rest) === 'known') return { author: null, source: null, form: `${labelledForm(authorLabel)}, a CMS account` };
      if (labelled && namesOrganisation(rest)) return { author: null, source: organisationCase(rest), form: `${labelledForm(authorLabel)}, an organisation` };
    }
  }
  // `Trình bày: Minh Tú` on a line of its own: the rest of the team, credited where the byline stands; the writer is not among them.
  const teamLabel = TEAM_CREDITS.prefixOf(text);
  const teamNames = teamLabel && /^\s*[:：]/u.test(text.slice(teamLabel.length)) ? afterLabel(text, teamLabel) : null;
  if (teamNames && readCredited(teamNames)?.author) return { author: null, source: null, form: `${labelledForm(teamLabel!)}, the rest of the team`, team: true };
  const sourceLabel = SOURCE_LABELS.prefixOf(text);
  if (sourceLabel) {
    const printed = (afterLabel(text, sourceLabel) ?? text.slice(sourceLabel.length)).trim();
    // `Theo Minh Anh (Báo Quảng Ninh)`, `Theo Thu Trang/Báo Tin tức`: a writer of another paper, and the paper in brackets or after a slash.
    const writer = PARENT_IN_BRACKETS.test(printed) || printed.includes('/') ? readCredited(printed) : null;
    // `Theo ANTĐ/CAND`: an outlet's initials before the slash, not a writer: the outlets credited one through the other.
    const outlet = !!writer?.author && OUTLET_INITIALS.test(writer.author);
    if (writer?.author && writer.source && !outlet && !ABBREVIATIONS.has(matchKey(writer.author))) return { ...writer, form: `${WRITER_AND_PAPER_FORM} after '${sourceLabel}'` };
    // `Theo Báo Tin tức (TTXVN)`: the paper is the source; the agency it belongs to, in brackets, is not.
    const paper = printed.replace(PARENT_IN_BRACKETS, '') || printed;
    const rest = WEB_ADDRESS.exec(paper)?.[1] ?? paper;
    // The label vouches for what follows, so an official name may run longer than a bare one.
    if (isSourceName(rest, MAX_LABELLED_SOURCE_WORDS)) return { author: null, source: rest.replace(/[.)]$/, ''), form: `source after '${sourceLabel}'` };
  }
  const desk = readTeam(text);
  if (desk) return desk;
  const officer = readOfficerAndPost(text);
  if (officer) return officer;
  // A ranked name then a comma, or a closing period, is how captions introduce people:
  // "Trung tướng X, Thứ trưởng Bộ Công an phát biểu tại Hội thảo."
  const credited = readCredited(text.replace(/\.$/, ''), !/[.,]/.test(text.slice(-1)) && ranksAllowed(text));
  if (credited) return { ...credited, form: credited.author && credited.source ? AUTHOR_AND_SOURCE_FORM : NAME_FORM };
  // "Phòng Tham mưu - Công an tỉnh Nghệ An": an organisation credited on its own.
  if (namesOrganisation(text)) {
    return { author: null, source: organisationCase(text), form: ORGANISATION_FORM };
  }
  return null;
}

/**
 * The line with only what credits the article: "(Theo Báo CAND)" out of its
 * brackets (a byline in brackets is still one), without a writer's e-mail
 * address or phone number (how to reach them, not a credit), a rank before a degree, the
 * writer's role after the names, or the photos' credit.
 */
function creditsOnly(line: string): string {
  const unbracketed = /^\((.+)\)\.?$/.exec(line)?.[1]?.trim() ?? line;
  const reached = unbracketed.replace(CONTACTS_IN_BRACKETS, '').replace(TRAILING_EMAIL, '').replace(TRAILING_PHONE, '');
  return withoutOtherCredits(withoutRankBeforeDegree(withoutTrailingRole(reached.replace(FOOTNOTE_MARK, ''))));
}

/** The most words of a role after the names (`tổng hợp và biên dịch`). */
const MAX_ROLE_WORDS = 4;

/** `PV tổng hợp`, `Thanh Hà lược dịch`: the writer's role after the names, in lower case and with no bracket. */
function withoutTrailingRole(text: string): string {
  // `Nhóm phóng viên`: a team's name, which ends with a role's words.
  if (TEAMS.equals(text)) return text;
  const words = text.split(' ');
  for (let k = Math.min(MAX_ROLE_WORDS, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    // In capitals (`PV TỔNG HỢP`) the role is told by its words alone.
    if ((/^\p{Ll}/u.test(tail) || isAllCaps(text)) && ROLES.equals(tail)) return words.slice(0, -k).join(' ').replace(/[\s,–—-]+$/u, '');
  }
  return text;
}

/** `Bài: Minh Hoàng` and the like: an author label and names. */
export function isLabelledByline(text: string): boolean {
  const found = readByline(text);
  return !!found && isLabelledForm(found);
}

/**
 * `Phương Lan`, `Tác giả: Phương Lan`, `Phương Lan - Công an huyện Can Lộc`,
 * `Theo Phương Lan (Báo Quảng Ninh)`, as readByline read the line: a writer
 * credited on a line of their own, in any of the forms a byline takes; not an
 * organisation alone, nor an officer and their post (a caption's words).
 */
export function isWritersCredit(found: Byline | null): boolean {
  if (!found?.author) return false;
  return found.form === NAME_FORM || found.form === AUTHOR_AND_SOURCE_FORM || isLabelledForm(found) || found.form.startsWith(WRITER_AND_PAPER_FORM);
}

/**
 * `Bài: Minh Hoàng - Ảnh: Quang Vinh`, `Nội dung: Hữu Nghị - Ảnh: Tiến Đạt -
 * Thiết kế: Hà My`, `Minh Hà - Ảnh: Văn Tú`: the text's credit, without the
 * photos' (the article's photos carry theirs) or the rest of the team's.
 */
function withoutOtherCredits(text: string): string {
  const label = authorLabelOf(text);
  let own = text;
  // Separators before the label's own colon are the label's (`Bài, ảnh: Thanh Tùng`).
  const colon = label ? /^\s*[:：]/u.exec(text.slice(label.length)) : null;
  const names = label && colon ? label.length + colon[0].length : 0;
  for (const m of text.matchAll(CREDIT_SEPARATOR)) {
    if (m.index < names) continue;
    const next = text.slice(m.index + m[0].length);
    const label = OTHER_CREDITS.prefixOf(next);
    // `Reporting by X; Editing by Y`: an English label ends with its `by`, and needs no colon.
    if (label && (/^\s*[:：]/u.test(next.slice(label.length)) || BY_LABEL.test(label))) {
      own = text.slice(0, m.index).trim();
      break;
    }
  }
  // Unlabelled, the credit after the names must be labelled (`Minh Hà - Ảnh: Văn Tú`): `Toàn cảnh. Ảnh: X` is a caption.
  if (!label) return own;
  // Labelled, a credit is looked for after the label and its colon: the label itself may name pictures (`Bài - Ảnh - Video: X`).
  const rest = own.slice(names);
  return own.slice(0, names) + (readCreditedCaption(rest)?.caption || rest);
}

/**
 * `Tác giả: Minh Đức | Nguồn: Báo Công an Nghệ An`, `Minh Đức - Nguồn: TTXVN`:
 * the writer's credit, then the source's under its own label.
 */
function withSourceCredit(line: string): Byline | null {
  for (const m of line.matchAll(CREDIT_SEPARATOR)) {
    const next = line.slice(m.index + m[0].length);
    const label = SOURCE_LABELS.prefixOf(next);
    if (!label || !/^\s*[:：]/u.test(next.slice(label.length))) continue;
    const writer = readByline(line.slice(0, m.index));
    const source = readByline(next);
    if (!writer?.author || !source?.source || source.author) return null;
    return { author: writer.author, source: source.source, form: `${writer.form}, then a ${source.form}` };
  }
  return null;
}

/**
 * `Trung tá Lê Văn Hùng, Phó Trưởng Công an huyện Hoằng Hóa`: an officer who
 * signs an article with their post. The post is an office (people.json titles
 * in capitals, not `ông` or `đối tượng`) and the body it is held in, and
 * nothing more: a caption goes on with what the officer does (`… phát biểu
 * chỉ đạo`), and a sentence ends with a stop.
 */
export const OFFICER_FORM = 'an officer and their post';

/**
 * `Thượng tá Lê Văn Nam, Phó Giám đốc Công an tỉnh báo cáo kết quả công tác`:
 * an officer named with their post, maybe what they do, and no stop: how a
 * caption names the person in the photo (a byline names the post, and closes
 * the article).
 */
export function namesOfficerWithPost(text: string): boolean {
  const rank = RANKS.prefixOf(text);
  const comma = text.indexOf(', ');
  // `… cho biết: “…”`: what they said, a sentence of the text.
  if (!rank || comma === -1 || /[.!?;]$|[:"“”]/u.test(text) || !readName(text.slice(rank.length, comma))) return false;
  return OFFICES.prefixOf(text.slice(comma + 2).trim()) !== null;
}

function readOfficerAndPost(text: string): Byline | null {
  const rank = RANKS.prefixOf(text);
  const comma = text.indexOf(', ');
  if (!rank || comma === -1 || /[.!?;:]$/u.test(text)) return null;
  const name = readName(text.slice(rank.length, comma));
  const post = text.slice(comma + 2).trim();
  if (!name) return null;
  const office = OFFICES.prefixOf(post);
  // `Đại úy Nguyễn Văn Nam, Công an xã Thiên Lộc`: the unit the officer writes from, as after a dash, is the source.
  if (!office) return isBodyName(post) && namesOrganisation(post) ? { author: name, source: organisationCase(post), form: OFFICER_FORM } : null;
  const body = post.slice(office.length).trim();
  return body === '' || isBodyName(body) ? { author: name, source: null, form: OFFICER_FORM } : null;
}

/** `huyện Hoằng Hóa`, `Công an tỉnh Nghệ An`, `Công an huyện`, `Phòng Cảnh sát hình sự`: where an office is held, and no more. */
function isBodyName(text: string): boolean {
  if (CAPTION_CUES.foundIn(text) || WEAK_CAPTION_CUES.foundIn(text) || text.split(/\s+/).length > MAX_SOURCE_WORDS) return false;
  const unit = UNIT_WORDS.prefixOf(text);
  const place = unit ? text.slice(unit.length).trim() : text;
  // `Công an huyện` alone: the unit of the place the article is about (`Phó Trưởng Công an huyện`).
  return (unit !== null && (place === '' || (/^\p{Lu}/u.test(place) && place.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))))) || namesOrganisation(text);
}

/** `Theo Báo Quảng Trị | 2 giờ trước`: how long ago an aggregator's copy was posted, after a bar beside the credit, is no part of it. */
export function withoutPostedAgo(line: string): string {
  // Every line is asked: the age stands after a separator.
  if (!/[|•·–—-]/u.test(line)) return line;
  const last = findRelativeTimes(line).at(-1);
  if (!last || line.slice(last.end).trim() !== '') return line;
  const before = /^(.*\S)\s*[|•·–—-]\s*$/u.exec(line.slice(0, last.start));
  return before ? before[1]! : line;
}

/**
 * `Đại tá, TS. Nguyễn Văn Phúc`: a rank, a comma, then a degree before the
 * name. The rank goes, so the comma does not read as a sentence's; the
 * degree goes with the other titles (see readName).
 */
function withoutRankBeforeDegree(text: string): string {
  const rank = RANKS.prefixOf(text);
  const rest = rank ? /^\s*,\s*(.*)$/su.exec(text.slice(rank.length))?.[1] : undefined;
  const degreed = rest && NAME_TITLES.prefixOf(rest) ? rest : text;
  // `PGS, TS. Nguyễn Văn An`: degrees joined by a comma, which would otherwise part two names.
  const degrees = NAME_TITLES.prefixOf(degreed);
  return degrees?.includes(',') ? degreed.slice(degrees.length).trim() : degreed;
}

/** Official units are named in full: `Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao` (14 words). */
const MAX_SOURCE_WORDS = 16;
const MAX_LABELLED_SOURCE_WORDS = 18;

/** The dash between an outlet's name and its desk's (`VOV-Tây Bắc`), at the first word's end. */
const DESK_DASH = /^(\S+?)[-–](?=\p{Lu})/u;

/** `Phòng Tham mưu - Công an tỉnh Nghệ An`: a short line that is an organisation's name, not a sentence. */
export function namesOrganisation(printed: string): boolean {
  // `VOV-Tây Bắc`: an outlet's desk, joined to its name by a dash.
  const text = printed.replace(DESK_DASH, '$1 ');
  const kind = SOURCE_WORDS.prefixAsPrinted(text);
  return (!!kind && namedAfterKind(kind, text.trim().slice(kind.length).trim()) && isSourceName(text, MAX_SOURCE_WORDS) && !/[.!?]$/.test(text)) || isOutletName(text) || namedByInitials(text);
}

/**
 * `PC Quảng Bình`, `VNPT Nghệ An`: a company's initials (Latin letters) and
 * the province of its branch. In capitals every word looks like initials
 * (`DƯƠNG QUANG NAM` is a writer, whose name ends like a province's).
 */
function namedByInitials(text: string): boolean {
  const m = /^([A-Z][A-Z\d]{1,7})\s+(\S.*)$/u.exec(text.trim());
  return !!m && !isAllCaps(text) && !PLACE_KIND_INITIALS.has(m[1]!) && isPlaceName(m[2]!);
}
/** `TP Hà Tĩnh`, `TX Kỳ Anh`: the initials of a kind of place, before its name, are no company's. */
const PLACE_KIND_INITIALS = new Set(['TP', 'TX', 'TT', 'Q', 'H']);

/**
 * `Khoa Nhi`, `Hội Nông dân`, `Phòng PC06`, `Công an xã`: after a kind of
 * unit that also opens common nouns (`Khoa học`, `Hội nghị`, `Phòng chống`),
 * the unit's own name, capitalised, or the kind of place it serves.
 */
function namedAfterKind(kind: string, rest: string): boolean {
  if (!COMMON_NOUN_KINDS.equals(kind) || rest === '') return true;
  return /^[\p{Lu}\d]/u.test(rest) || !!UNIT_WORDS.prefixAsPrinted(rest);
}
const COMMON_NOUN_KINDS = new PhraseList(data.sourceKindsInCommonNouns.phrases);

/**
 * `Border Guard Newspaper`, `Quang Ninh Police`: a few capitalised words
 * ending with an outlet's word; `Biên phòng Online`, `BIÊN PHÒNG ONLINE`: a
 * Vietnamese paper's name, whose words after the first are in lower case,
 * with the word its web edition goes by.
 */
export function isOutletName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > MAX_OUTLET_WORDS || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  if (isAllCaps(text) ? ONLINE_EDITION.has(capitalizeWords(last)) : ONLINE_EDITION.has(last)) return true;
  return OUTLET_ENDINGS.has(last) && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}
/** The word a paper's web edition adds to its name. */
const ONLINE_EDITION = new Set(['Online']);
const MAX_OUTLET_WORDS = 6;

/** The text after a label and its `:`, dash or space ("By Hoang Phong"). */
function afterLabel(text: string, label: string): string | null {
  const m = /^\s*[:：\-–—]\s*|^\s+/.exec(text.slice(label.length));
  return m ? text.slice(label.length + m[0].length).trim() : null;
}

/**
 * Names, maybe with an organisation: `A - B`, `A (Báo X)`, `TT – Cổng thông
 * tin X`, `PV`. With `ranks`, a name may follow a rank (`Thiếu tá X - Đồn Biên
 * phòng Y`).
 */
function readCredited(text: string, ranks = ranksAllowed(text)): Omit<Byline, 'form'> | null {
  const inBrackets = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  const bracketed = inBrackets && readNames(inBrackets[1]!, ranks);
  // `Lê Thị Hoa - Công an huyện Can Lộc (Hà Tĩnh)`: a province in brackets after the writer's unit is the unit's, read below.
  if (inBrackets && (bracketed || !namesPlace(inBrackets[2]!.trim()))) {
    const source = bracketedSource(inBrackets[2]!.trim());
    return bracketed ? { author: bracketed, source: source && organisationCase(source) } : null;
  }
  const parts = splitCredits(text);
  // `Hồng Quân - Phóng viên Báo Nghệ An`: the writer's job, then the outlet (the source); `Hồng Quân - PV thường trú`, the job alone
  // (`PV/CTV` is one credit).
  const job = parts.length >= 2 && !ABBREVIATIONS.has(matchKey(text)) ? outletAfterJob(parts[parts.length - 1]!) : undefined;
  if (job === null) {
    const names = readNames(parts.slice(0, -1).join(', '), ranks);
    return names ? { author: names, source: null } : null;
  }
  if (job !== undefined) parts[parts.length - 1] = job;
  // `… - Công an huyện Can Lộc, Hà Tĩnh`, `… - Công an xã Nghi Phong, huyện Nghi Lộc`: the unit's province or district after it,
  // a part of the source's name.
  const placeAfter = (part: string) => namesPlace(part) || isUnitPlace(part);
  if (parts.length >= 3 && placeAfter(parts[parts.length - 1]!) && namesOrganisation(parts[parts.length - 2]!)) parts.splice(-2, 2, `${parts[parts.length - 2]}, ${parts[parts.length - 1]}`);
  const last = parts[parts.length - 1];
  // `Nguyễn Văn Toản - Trưởng Công an xã`, `Nguyễn Thị Lan - Giáo viên Trường THCS Lê Lợi`: the writer's post after
  // the name, not a source; all that follows is the post's (`Lê Thị Mai - Công chức Văn hóa - Xã hội xã`).
  const post = parts.findIndex((p, i) => i > 0 && (OFFICES.prefixOf(p) || OCCUPATIONS.prefixOf(p)));
  if (post > 0) {
    const names = readNames(parts.slice(0, post).join(', '), ranks);
    return names ? { author: names, source: null } : null;
  }
  // `Hoàng Anh - TTXVN`: an agency known by its initials after the names is the source, though it would sign alone;
  // so is one in capitals after a slash (`Minh Ha/VNS`), and an outlet's English name (`Minh Ha | Ha Tinh Police`).
  const initialsAfterSlash = !!last && /\/\s*[A-Z][A-Z0-9+]{1,7}$/u.test(text) && !ABBREVIATIONS.has(matchKey(text));
  // In capitals any words look like a name: there the source opens as an organisation's name does (`CÔNG AN TỈNH HÀ NAM`).
  // An official name may run longer than a bare source's words (`Trung tâm Văn hóa, Thông tin và Thể thao huyện Can Lộc`).
  const sourceShaped = !!last && (isAllCaps(last) ? namesOrganisation(last) : isSourceName(last) || namesOrganisation(last));
  // `Thanh Hà - BTGDV`: a body's initials, too many letters for a reporter's (`T.H`, `HN`), after the names.
  const bodyInitials = !!last && OUTLET_INITIALS.test(last) && !INITIALS.test(last);
  if (parts.length >= 2 && last && ((SOURCE_WORDS.equals(last) && isSourceName(last)) || (sourceShaped && !readName(last, ranks)) || initialsAfterSlash || bodyInitials || isOutletName(last) || namedByInitials(last))) {
    // `… - Khoa Nhi, Bệnh viện Đa khoa tỉnh`: a unit before its parent body is the source's too, as printed.
    let first = parts.length - 1;
    while (first > 1 && namesOrganisation(parts[first - 1]!)) first--;
    const names = readNames(parts.slice(0, first).join(', '), ranks);
    return names ? { author: names, source: organisationCase(text.slice(text.lastIndexOf(parts[first]!))) } : null;
  }
  const names = readNames(text, ranks);
  return names ? { author: names, source: null } : null;
}

/**
 * Ranks before names, unless a comma follows a ranked name with something
 * else (`Đại tá X, Giám đốc Công an tỉnh`: an officer and the post, in a
 * caption); ranked names listed with commas (`Đại úy X, Trung úy Y`) are
 * writers.
 */
function ranksAllowed(text: string): boolean {
  return !text.includes(', ') || text.split(', ').every((piece) => RANKS.prefixOf(piece.trim()) !== null);
}

/**
 * What a bracket after the names credits: `(Công an tỉnh X)` an organisation,
 * `(theo TTXVN)` the outlet after the label, `(thực hiện)` or `(tổng hợp)`
 * only the writer's role, so no source, nor is `(ảnh: X)`, the photos' credit;
 * `(lược dịch từ Reuters)` or `(t/h - Báo Nghệ An)` the role and the outlet it
 * drew from.
 */
function bracketedSource(text: string): string | null {
  const job = outletAfterJob(text);
  if (job !== undefined) return job;
  // `(phường Tân Thịnh, thành phố Thái Nguyên)`, `(Hà Tĩnh)`, `(Thạch Hà, Hà Tĩnh)`: where a reader lives, or a
  // reporter works, not whom the writer writes for.
  if (ROLES.equals(text) || (/^\p{Ll}/u.test(text) && UNIT_WORDS.prefixAsPrinted(text)) || namesPlace(text)) return null;
  // `(lược dịch từ Reuters)`, `(tổng hợp theo VnExpress)`, `(t/h - Báo Nghệ An)`: the role, and whom the writer drew from.
  const role = ROLES.prefixOf(text);
  const drawnFrom = role ? /^(?:\s*[-–—,]\s*(?:(?:từ|theo|from)\s+)?|\s+(?:từ|theo|from)\s+)(\S.*)$/iu.exec(text.slice(role.length)) : null;
  if (drawnFrom) return drawnFrom[1]!;
  // `Minh Hà (ảnh: Văn Tú)`, `(thiết kế: Hà My)`: another credit in brackets after the names, not the text's source.
  const otherCredit = OTHER_CREDITS.prefixOf(text);
  if (otherCredit && /^\s*[:：]/u.test(text.slice(otherCredit.length))) return null;
  const label = SOURCE_LABELS.prefixOf(text);
  const rest = label ? afterLabel(text, label) : null;
  return rest || text;
}

const JOBS = new PhraseList(data.journalistJobs.jobs);
const STATIONS = new PhraseList(data.journalistJobs.stations);

/**
 * `Phóng viên Báo Nghệ An`, `PV thường trú tại Hà Tĩnh`: a credit that opens
 * with the writer's job at an outlet (bylines.json, journalistJobs). The
 * outlet after the job (and where the writer works) is the source; null when
 * no outlet follows; undefined when the credit names no such job.
 */
function outletAfterJob(text: string): string | null | undefined {
  const job = JOBS.prefixAsPrinted(text);
  if (!job) return undefined;
  let rest = text.slice(job.length).trim();
  const station = STATIONS.prefixOf(rest);
  if (station) rest = rest.slice(station.length).trim();
  // `thường trú tại Nghệ An`: where the writer works is no outlet.
  if (!rest || namesPlace(rest)) return null;
  return namesOrganisation(rest) || isSourceName(rest) || isOutletName(rest) ? rest : undefined;
}

/** Words of a district's or a commune's name before its province's. */
const MAX_LOCAL_PLACE_WORDS = 3;

/** `Hà Tĩnh`, `Thạch Hà, Hà Tĩnh`: a province or city, maybe after smaller places' names. */
function namesPlace(text: string): boolean {
  const pieces = text.split(/\s*,\s*/u);
  const province = pieces.pop()!;
  return isPlaceName(province) && pieces.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/u).length <= MAX_LOCAL_PLACE_WORDS);
}

/** Several names joined the ways newsrooms join them, as `A, B`. */
function readNames(text: string, ranks: boolean): string | null {
  // `PV/CTV` is one credit, whatever its separator.
  const abbreviation = ABBREVIATIONS.get(matchKey(text.trim()));
  if (abbreviation) return abbreviation;
  const split = splitCredits(text);
  // `Minh Hằng - CTV`: beside a name, a role says what the writer is.
  const named = split.filter((p) => !ROLES.equals(p));
  const parts = named.length > 0 ? named : split;
  const names = parts.map((p) => readName(p, ranks));
  return parts.length > 0 && names.every((n): n is string => n !== null) ? names.join(', ') : null;
}

/**
 * One name, as printed, or in normal case when printed in capitals.
 * Abbreviations stay as printed; a reporter's title (`PV`) before the name,
 * or with `ranks` a rank, is dropped.
 */
export function readName(text: string, ranks = false): string | null {
  const t = text.trim().replace(/\.$/, (m) => (INITIALS.test(text.trim()) ? m : ''));
  const abbreviation = ABBREVIATIONS.get(matchKey(t));
  if (abbreviation) return abbreviation;
  if (INITIALS.test(t) || INITIALS_AND_NAME.test(t)) return t;
  if (INITIALS_AND_NAME_CAPS.test(t)) return t.replace(/\p{Lu}{2,}/gu, (word) => capitalizeWords(word));
  const title = NAME_TITLES.prefixOf(t) ?? (ranks ? RANKS.prefixOf(t) : null);
  // `BSCKII. Trần Văn An`: a title's abbreviation may close with a stop the list does not print.
  if (title) return readName(t.slice(title.length).replace(/^\.\s*/u, ''));
  const words = t.split(/\s+/);
  // `H'Nhi`: a highland name with its surname joined to it is a whole name in one word.
  const whole = words.length >= 2 || (words.length === 1 && startsWithJoinedSurname(t));
  if (!whole || words.length > MAX_NAME_WORDS || !words.every((w) => NAME_WORD.test(w))) return null;
  if (SOURCE_WORDS.prefixAsPrinted(t) || OUTLET_ENDINGS.has(words[words.length - 1]!) || WEEKDAYS.equals(t) || namedByInitials(t)) return null;
  if (!isAllCaps(t)) return t;
  // In capitals any words look like a name (`BẮT GIỮ ĐỐI TƯỢNG`): a full name opens with a surname; a pen name is two words.
  const named = capitalizeWords(t);
  return words.length <= 2 || isSurname(named.split(' ')[0]!) ? named : null;
}

/**
 * A photo credit named as a byline names a writer: `Ảnh: TRUNG KIÊN` credits
 * `Trung Kiên`. Organisations and abbreviations (`TTXVN`) stay as printed.
 */
export function creditName(credit: string | undefined): string | null {
  if (credit === undefined) return null;
  return isAllCaps(credit) ? (readName(credit) ?? credit) : credit;
}

/** `Nhóm PV Pháp luật`: the line credits the newsroom's team (see readTeam). */
export function namesTeam(text: string): boolean {
  return readTeam(text) !== null;
}

/** `Nhóm phóng viên điều tra`, `Nhóm PV Ban Thời sự`: a team and its desk; `Nhóm phóng viên Báo X`: a team, and the paper it writes for. */
function readTeam(printed: string): Byline | null {
  // `Nhóm PV (tổng hợp)`: what the team did, in brackets, is no part of its name.
  const role = /^(.*?)\s*\(([^()]+)\)$/u.exec(printed);
  const text = role && ROLES.equals(role[2]!.trim()) ? role[1]! : printed;
  const team = TEAMS.prefixOf(text);
  const desk = team ? text.slice(team.length).trim() : '';
  const words = desk.split(/\s+/).length;
  // A desk in lower case is a word or two (`điều tra`, `thường trú`); longer, it is a sentence about the team.
  if (!team || /[.,;:!?]/.test(desk) || words > MAX_DESK_WORDS || (words > 2 && !/^\p{Lu}/u.test(desk))) return null;
  // `Báo X` after the team is the paper it writes for; `Ban Thời sự` is the team's own desk, though `Ban` opens organisations too.
  // In capitals the team is named in normal case, its reporters' abbreviations kept (`NHÓM PV BAN THỜI SỰ` → `Nhóm PV ban thời sự`).
  const named = (printed: string) => (isAllCaps(printed) ? capitalizeFirst(printed).replace(/\S+/gu, (w) => (ABBREVIATIONS.has(matchKey(w)) ? w.toLocaleUpperCase('vi') : w)) : printed);
  // `Nhóm phóng viên` alone: the team, with no desk named.
  if (desk === '') return { author: named(text), source: null, form: 'a team' };
  if (namesOrganisation(desk) && !/^ban\s/iu.test(desk)) return { author: named(text.slice(0, team.length)), source: organisationCase(desk), form: 'a team and its paper' };
  return { author: named(text), source: null, form: 'a team and its desk' };
}

/** An outlet or organisation: starts with a word like Báo, Cổng thông tin, Bộ …, or is a domain name. */
function isSourceName(text: string, maxWords = 10): boolean {
  if (text.length === 0 || text.length > MAX_BYLINE_LENGTH) return false;
  if (/^[\w-]+(\.[\w-]+)+\/?$/.test(text)) return true; // chinhphu.vn
  if (SCORE.test(text)) return false; // `Công an huyện Phú Vang 2-3 Phòng Tham mưu`: a match's result
  // `…, huyện Nghi Lộc`: the unit's district after a comma goes on with its name, no sentence's clause.
  const plain = withoutOrganisationPhrases(text).split(/,\s*/u).filter((piece, i) => i === 0 || !isUnitPlace(piece)).join(', ');
  if (/[,;]\s*\p{Ll}/u.test(plain) || /[.!?]\s+\p{Lu}/u.test(plain)) return false; // a sentence
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= maxWords && !goesOnAfterPlace(text);
}

/** `huyện Nghi Lộc`: a unit word in lower case and a place's name, as an organisation's name goes on after a comma. */
function isUnitPlace(text: string): boolean {
  const unit = /^\p{Ll}/u.test(text) ? UNIT_WORDS.prefixAsPrinted(text) : null;
  return !!unit && /^(?:\s+\p{Lu}\p{L}*)+$/u.test(text.slice(unit.length));
}

/**
 * `Công an xã Hải Phú ra mắt mô hình …`, `Công an Hà Tĩnh triệt phá …`,
 * `Trạm Y tế xã thông báo …`: words in lower case after a place (a unit's,
 * `xã Hải Phú`, or a province's name alone, or the kind of place with no
 * name) tell what the unit did, a headline; an organisation's name
 * ends with its place, or goes on with another unit (`… xã Hải Phú, huyện
 * Hải Lăng`, `… xã Hải Phú và …`) or as a paper's name does (`Báo Nghệ An
 * điện tử`).
 */
function goesOnAfterPlace(text: string): boolean {
  const words = splitWords(text);
  for (let i = 0; i < words.length - 1; i++) {
    if (unitThenLowerCase(text, words, i) || nameThenVerb(text, words, i)) return true;
    const end = placeEnd(text, words, i);
    const next = end === null ? undefined : words[end];
    if (!next || !/^\p{Ll}/u.test(next.text)) continue;
    const rest = text.slice(next.start);
    if (!UNIT_WORDS.prefixAsPrinted(rest) && !PLACE_JOINERS.has(next.text) && !NAME_AFTER_PLACE.prefixAsPrinted(rest)) return true;
  }
  return false;
}

const HEADLINE_VERBS = new PhraseList(data.headlineVerbs.phrases);
/** Capitalised words that make a name the places list may not know (`Lũng Cú`): two at least. */
const MIN_NAME_WORDS = 2;

/**
 * `Đồn Biên phòng Lũng Cú tổ chức …`: a name of capitalised words opening
 * at word `i`, after a word in lower case or initials (the unit's kind ends so), then a
 * verb in lower case (bylines.json headlineVerbs): what the unit did, a
 * headline. The places list need not know the place.
 */
function nameThenVerb(text: string, words: readonly Word[], i: number): boolean {
  // The kind ends in lower case (`Đồn Biên phòng`) or in initials (`Trường THPT`).
  const kindEnds = (word: string) => /^\p{Ll}/u.test(word) || (word.length >= 2 && isAllCaps(word));
  if (i === 0 || !/^\p{Lu}/u.test(words[i]!.text) || isAllCaps(words[i]!.text) || !kindEnds(words[i - 1]!.text)) return false;
  let j = i;
  while (j < words.length && /^\p{Lu}/u.test(words[j]!.text)) j++;
  return j - i >= MIN_NAME_WORDS && j < words.length && HEADLINE_VERBS.prefixAsPrinted(text.slice(words[j]!.start)) !== null;
}

const UNIT_COMPOUNDS = new PhraseList(data.organisationCase.unitCompounds.phrases);

/**
 * `Trạm Y tế xã thông báo …`: a unit word at word `i` naming no place, but a
 * word in lower case after it (not another unit's, nor a joiner), which tells
 * what the unit did; `xã hội` (society) in `Phòng Công tác xã hội` is a word
 * of the name (see unitCompounds).
 */
function unitThenLowerCase(text: string, words: readonly Word[], i: number): boolean {
  const rest = text.slice(words[i]!.start);
  // `nông thôn mới` in `Văn phòng Điều phối nông thôn mới tỉnh`: the unit word ends a compound, and names no place.
  const ending = i > 0 && UNIT_COMPOUNDS.prefixAsPrinted(text.slice(words[i - 1]!.start))?.split(' ').length === 2;
  const unit = /^\p{Ll}/u.test(words[i]!.text) && !ending && !UNIT_COMPOUNDS.prefixAsPrinted(rest) ? UNIT_WORDS.prefixAsPrinted(rest) : null;
  const after = unit ? words[i + unit.split(' ').length] : undefined;
  return !!after && /^\p{Ll}/u.test(after.text) && !UNIT_WORDS.prefixAsPrinted(text.slice(after.start)) && !PLACE_JOINERS.has(after.text);
}

/** Where a place that opens at word `i` ends: a unit's word and its capitalised name, or a province's or city's name after the organisation's first word. */
function placeEnd(text: string, words: readonly Word[], i: number): number | null {
  const word = words[i]!;
  const unit = /^\p{Ll}/u.test(word.text) ? UNIT_WORDS.prefixAsPrinted(text.slice(word.start)) : null;
  if (unit) {
    let j = i + unit.split(' ').length;
    if (!/^\p{Lu}/u.test(words[j]?.text ?? '')) return null;
    while (j < words.length && /^\p{Lu}/u.test(words[j]!.text)) j++;
    return j;
  }
  if (i === 0 || !/^\p{Lu}/u.test(word.text)) return null;
  const place = placeAt(words, i);
  return place > 0 ? i + place : null;
}
/** What goes on after a place in a paper's name. */
const NAME_AFTER_PLACE = new PhraseList(['điện tử', 'online']);
/** Words that join a unit's place to another unit in an organisation's name. */
const PLACE_JOINERS = new Set(['và', 'thuộc']);

/**
 * `PHÒNG PC07` → `Phòng PC07`, `CÔNG AN HUYỆN MỸ XUYÊN` → `Công an huyện Mỹ
 * Xuyên`: an organisation printed in capitals, in the case it is named in
 * (see bylines.json organisationCase). Any other text is kept as printed.
 */
export function organisationCase(text: string): string {
  // `VNA`, `VNS`: one word in capitals is an agency's initials, printed as it is named.
  if (!isAllCaps(text) || !/\s/u.test(text.trim())) return text;
  // `VOV-TÂY BẮC`: an outlet's initials, then its desk's name, a region's, every word capitalised.
  const desk = DESK_DASH.exec(text);
  if (desk && /^[A-Z\d]+$/u.test(desk[1]!)) return `${desk[1]}-${text.slice(desk[0].length).split(/\s+/).map((w) => (ACRONYMS.has(w) ? w : capitalizeWords(w))).join(' ')}`;
  const words = text.split(/\s+/);
  const out: string[] = [];
  let capitalNext = true;
  let place = false;
  for (let i = 0; i < words.length; ) {
    const rest = words.slice(i).join(' ');
    // `GIÁO DỤC VÀ ĐÀO TẠO` after `SỞ`: the department's field, each of its words as its name prints them.
    const known: string | null = place ? null : (bodyAt(rest, i === 0) ?? (i > 0 && capitalNext ? departmentFieldAt(rest) : null));
    // As printed: `QUÂN SỰ` is no `quận`.
    const unit: string | null = known ? null : UNIT_WORDS.prefixAsPrinted(rest);
    const phrase = known ?? unit;
    if (phrase) {
      out.push(known ?? phrase.toLocaleLowerCase('vi'));
      i += phrase.split(' ').length;
      capitalNext = !!known;
      place = !!unit || (!!known && PLACE_BODIES.equals(known));
      continue;
    }
    // `NGHỆ AN` after `BÁO CÔNG AN`: a province's or city's name keeps each of its words capitalised.
    const province = [3, 2].map((n) => words.slice(i, i + n).join(' ')).find((name) => name.includes(' ') && isPlaceName(name));
    if (province) {
      out.push(capitalizeWords(province));
      i += province.split(' ').length;
      capitalNext = false;
      continue;
    }
    const word = words[i++]!;
    // `PCCC&CNCH`, `ANTT/CSGT`: initials joined by a mark keep their capitals as each alone does.
    if (/\d/.test(word) || ACRONYMS.has(word) || word.split(/[&/]/u).every((part) => ACRONYMS.has(part))) out.push(word);
    else out.push(capitalNext || place ? capitalizeWords(word) : word.toLocaleLowerCase('vi'));
    capitalNext = false;
  }
  return out.join(' ');
}

const DEPARTMENT_FIELDS = new PhraseList(data.organisationCase.departmentFields.phrases);

/** `GIÁO DỤC VÀ ĐÀO TẠO …` after `SỞ`: the department's field the text opens with, as its name prints it (`Giáo dục và Đào tạo`). */
export function departmentFieldAt(text: string): string | null {
  return DEPARTMENT_FIELDS.prefixOf(text);
}

/**
 * The source word the text opens with, as bylines.json prints it. Inside a
 * name only a body's name of two or more words counts (`… Công an tỉnh`,
 * `… Tỉnh ủy`): `Bộ` in `cán bộ` is a word, and a paper's name in capitals
 * (`Nhân Dân`) one only where a name opens with it.
 */
function bodyAt(text: string, opening: boolean): string | null {
  const phrase = SOURCE_WORDS.prefixOf(text);
  if (!phrase || opening) return phrase;
  const words = phrase.split(' ');
  return words.length >= 2 && !words.every((w) => /^\p{Lu}/u.test(w)) ? phrase : null;
}

/** The text with phrases of official names (`phòng, chống`, `PCCC và CNCH`) blanked, so their commas do not read as a sentence's, nor their `và` as two credits. */
function withoutOrganisationPhrases(text: string): string {
  if (!text.includes(',') && !text.includes(' và ')) return text;
  const rest = eraseWords(foldInPlace(text), data.organisationPhrases.phrases);
  return [...text].map((ch, i) => (rest[i] === ' ' ? ' ' : ch)).join('');
}
