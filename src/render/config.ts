/** What a newsroom sets about its site, in bantin.config.json. */
export interface SiteConfig {
  /** The site's name, shown in the header, feeds and titles. */
  title: string;
  description: string;
  /** Where the site is published, without a trailing slash: `https://congan.example.gov.vn`. */
  baseUrl: string;
  /** The sub-path the site lives under (`/repo/` on GitHub project pages), `/` at the root. */
  pathPrefix: string;
  /** BCP 47 language of the site text; a strings file of that name must exist. */
  language: string;
  /** IANA time zone printed times are in. */
  timeZone: string;
}

export const DEFAULT_CONFIG: SiteConfig = {
  title: 'Bản tin',
  description: 'Tin tức',
  baseUrl: 'http://localhost:8080',
  pathPrefix: '/',
  language: 'vi',
  timeZone: 'Asia/Ho_Chi_Minh',
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The site configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Checks the configuration once, at the boundary, naming each bad key and
 * quoting its value. Unknown keys are errors too: a typo must not be ignored.
 */
export function validateConfig(raw: unknown, where = 'bantin.config.json'): SiteConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError([`${where} must hold a JSON object`]);
  const input = raw as Record<string, unknown>;
  const problems: string[] = [];
  const config = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(input)) {
    if (!(key in DEFAULT_CONFIG)) {
      problems.push(`${where}: unknown key '${key}' (known keys: ${Object.keys(DEFAULT_CONFIG).join(', ')})`);
      continue;
    }
    const problem = checkKey(key as keyof SiteConfig, value);
    if (problem) problems.push(`${where}: '${key}' ${problem}, not ${JSON.stringify(value)}`);
    else (config as Record<string, unknown>)[key] = normalise(key as keyof SiteConfig, value as string);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function checkKey(key: keyof SiteConfig, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty text';
  switch (key) {
    case 'baseUrl':
      return /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value) ? null : "must be an absolute http(s) URL such as 'https://example.gov.vn'";
    case 'pathPrefix':
      return /^\/([A-Za-z0-9._~-]+\/)*$/.test(value.endsWith('/') ? value : `${value}/`) ? null : "must be a path such as '/' or '/my-repo/'";
    case 'language':
      return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? null : "must be a language tag such as 'vi' or 'en'";
    case 'timeZone':
      return isTimeZone(value) ? null : "must be an IANA time zone such as 'Asia/Ho_Chi_Minh'";
    default:
      return null;
  }
}

function normalise(key: keyof SiteConfig, value: string): string {
  if (key === 'baseUrl') return value.replace(/\/+$/, '');
  if (key === 'pathPrefix') return value.endsWith('/') ? value : `${value}/`;
  return value;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
