import { PhraseList } from './phrases.ts';
import { matchKey } from '../vietnamese/fold.ts';
import { capitalizeFirst, isAllCaps, startsLower } from '../vietnamese/case.ts';
import sections from './data/sections.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import chrome from './data/chrome.json' with { type: 'json' };

/** Section names portals print with an article (`Thời sự`, `An ninh trật tự`). */
const KNOWN_SECTIONS = new PhraseList(sections.sections);
/** Words that make a section of a known one: `Hỏi đáp` pháp luật, `Tin` thể thao. */
const QUALIFIERS = new PhraseList(sections.sectionQualifiers);
/** How portals join two sections into one: `Văn hóa - Thể thao` (or with a longer dash), `Pháp luật & Bạn đọc`. */
const JOINED = /\s+(?:[-–—|&+]|và)\s+|\s*,\s+/u;

/** The marks that join two sections' names into one, each name keeping its capital after them (`Tin tức - Sự kiện`). */
const JOINING_MARK = /(\s+[-–|&+]\s+)/u;

/**
 * A section's name as the article's field holds it: printed in capitals
 * (`AN NINH TRẬT TỰ`), with its first letter only, and each name it joins
 * with a mark (`TIN TỨC - SỰ KIỆN` → `Tin tức - Sự kiện`, as portals print
 * it in normal case), but a name the list prints in capitals (`PCCC`) as
 * the list does; in lower case, with its first capital; in normal case, as printed.
 */
export function sectionCase(name: string): string {
  // `tin tức`: a menu that prints its entries in lower case; the section is named with its capital (`eMagazine` is a brand's).
  if (startsLower(name) && name === name.toLocaleLowerCase('vi')) return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  if (!isAllCaps(name)) return name;
  return name.split(JOINING_MARK).map((piece, i) => (i % 2 === 1 ? piece : pieceCase(piece))).join('');
}

function pieceCase(name: string): string {
  const known = KNOWN_SECTIONS.prefixOf(name);
  return known && isAllCaps(known) && matchKey(known) === matchKey(name) ? known : withProperNames(capitalizeFirst(name));
}

const MOTTOS = new PhraseList(chrome.mottos.phrases);
/**
 * `Vì nhân dân phục vụ`, `Vì an ninh Tổ quốc - Vì bình yên cuộc sống`: a
 * site's motto (chrome.json mottos), or two printed together between a dash,
 * which names no section wherever it stands over the title.
 */
export const isMotto = (text: string) => MOTTOS.equals(text) || text.split(/\s+[-–—|]\s+/u).every((part, _, parts) => parts.length > 1 && MOTTOS.equals(part));
const BANNERS = new PhraseList(chrome.banners.opens);
/** `Chào mừng kỷ niệm 79 năm Ngày truyền thống Công an nhân dân`: a portal's banner (chrome.json banners), no section's name either. */
export const isBanner = (text: string) => BANNERS.prefixOf(text) !== null;

/** Names written with a capital wherever they stand (sections.json properNames, and the provinces and cities). */
const PROPER_NAMES = new PhraseList([...sections.properNames.phrases, ...places.places.map((p) => p.name), ...places.cities.map((c) => c.name)]);

/** `Đảng ủy trực thuộc thành ủy` → `Đảng ủy trực thuộc Thành ủy`: the proper names in a name written in lower case, with their capitals. */
function withProperNames(text: string): string {
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const name = PROPER_NAMES.prefixAsPrinted(words.slice(i).join(' '));
    if (!name) continue;
    const count = name.split(' ').length;
    // The first word keeps the capital it has.
    words.splice(i, count, ...name.split(' ').map((w, k) => (i + k === 0 ? words[0]! : w)));
    i += count - 1;
  }
  return words.join(' ');
}

/**
 * Whether the text names a section: a known one, known ones joined, or a
 * known one after a qualifier. Portals name sections freely; their parts
 * come from a shorter list.
 */
export function isSectionName(text: string): boolean {
  const name = text.trim();
  if (KNOWN_SECTIONS.equals(name)) return true;
  // A scope read whole before the name is parted where it joins two: `Hoạt động của lãnh đạo Đảng, Nhà nước`.
  const scoped = withoutScope(name);
  if (scoped !== null && isSectionName(scoped)) return true;
  const pieces = name.split(JOINED);
  if (pieces.length > 1) return pieces.length <= 3 && pieces.every((p) => p !== '' && isSectionName(p));
  const qualifier = QUALIFIERS.prefixOf(name);
  return !!qualifier && KNOWN_SECTIONS.equals(name.slice(qualifier.length));
}

/** Scopes after a section's name: `Tin hoạt động` ngành. */
const SCOPES = sections.sectionScopes.phrases.map((phrase) => ` ${matchKey(phrase)}`).sort((a, b) => b.length - a.length);

/** The section's name before a scope at the end (`Tin hoạt động` in `Tin hoạt động ngành`), or null when it ends with none. */
function withoutScope(name: string): string | null {
  const key = matchKey(name);
  const scope = SCOPES.find((s) => key.endsWith(s) && key.length > s.length);
  return scope ? name.slice(0, name.length - scope.length).trim() : null;
}

const ACCOUNTS = new PhraseList(sections.accounts);
/** `Admin Công an huyện`: an account named for the site's unit. */
const UNIT_ACCOUNTS = new PhraseList(sections.unitAccounts.phrases);
const ACCOUNT_LABELS = new PhraseList(sections.accountLabels);
/** A user handle: one lower-case ASCII word, maybe with digits, dots or underscores. */
const HANDLE = /^[a-z][a-z0-9_.]{2,24}$/;

/** The name of a CMS account (`admin`, `Ban biên tập`) or a user handle (`btv_hoa`), which credits nobody. */
export function accountKind(text: string): 'known' | 'handle' | null {
  if (ACCOUNTS.equals(text)) return 'known';
  const owner = UNIT_ACCOUNTS.prefixOf(text);
  if (owner && /^\s+\p{Lu}/u.test(text.slice(owner.length))) return 'known';
  return HANDLE.test(text) ? 'handle' : null;
}

/**
 * `Người đăng: quantri`, `Người đăng: Văn phòng UBND tỉnh`: the label of
 * whoever posted the article in the CMS, and its value. The poster is often
 * an editor or an office, not the writer, so it credits nobody.
 */
export function posterLabelled(text: string): { label: string; value: string } | null {
  return ACCOUNT_LABELS.labelled(text) ?? posterWithoutColon(text);
}

/** `lúc 15:20` after the poster: when the CMS posted it, the day being printed elsewhere. */
const POSTED_AT = /\s+(?:vào\s+)?(?:lúc|at)\s+\d{1,2}[:hg]\d{2}$/iu;

/**
 * `Đăng bởi Ban biên tập lúc 15:20` (Blogger's footer): a poster label with
 * no colon, then a known CMS account; any other name after the label
 * without its colon may be the writer's byline.
 */
function posterWithoutColon(text: string): { label: string; value: string } | null {
  const label = ACCOUNT_LABELS.prefixOf(text);
  const value = label ? text.slice(label.length).replace(POSTED_AT, '').trim() : '';
  return label && accountKind(value) === 'known' ? { label, value } : null;
}

const SECTION_LABELS = new PhraseList(sections.sectionLabels);
/** A section is named in a few words. */
const MAX_SECTION_LENGTH = 60;
const MAX_SECTION_WORDS = 8;

/** `Chuyên mục: Pháp luật`: the section named after its label, and the label; null for anything else. */
export function sectionLabelled(text: string): { label: string; section: string } | null {
  const found = SECTION_LABELS.labelled(text);
  if (!found || found.value.length < 2 || found.value.length > MAX_SECTION_LENGTH) return null;
  const section = found.value.replace(/[.;]$/, '');
  // `Danh mục: An ninh trật tự | Đăng ngày 07/12/2026`: the section in a line of fields, which the dateline reads.
  if (section.split(/\s+/).length > MAX_SECTION_WORDS || !/^[\p{Lu}\d]/u.test(section) || /\s[|•]\s/u.test(section)) return null;
  return { label: found.label, section };
}
