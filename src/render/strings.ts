/** The site's texts for one language (templates/strings/<lang>.json). */
export interface Strings {
  lang: string;
  weekdays: string[];
  months: string[];
  paths: Record<'page' | 'tag' | 'person' | 'place' | 'author' | 'section' | 'search' | 'offline', string>;
  [key: string]: unknown;
}

/** `{n} phút đọc` with n = 3 → `3 phút đọc`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

export function text(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  const value = strings[key];
  return typeof value === 'string' ? fill(value, values) : key;
}
