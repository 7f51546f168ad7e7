import ko from './ko.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { fill } from './fill.ts';

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';
/** BCP 47 tags with region, as the sitemap's hreflang alternates name each language. */
export const LOCALE_TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };
/** The language for a reader whose browser asks for none of LOCALES: only Korean readers get the Korean original. */
export const FALLBACK_LOCALE: Locale = 'en';

export type UiKey = keyof typeof ko;
const STRINGS: Record<Locale, Record<UiKey, string>> = { ko, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A UI string for `locale`, with `{name}` placeholders filled from `vars`. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fill(STRINGS[locale][key], vars);
}

/** The language of a page, read from its first path segment; pages outside a language folder (`/`, `/404/`) get the default. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The same page in another language: only the leading locale segment differs. */
export function switchLocalePath(path: string, to: Locale): string {
  const [, first, ...rest] = path.split('/');
  if (!isLocale(first)) return `/${to}/`;
  return ['', to, ...rest].join('/');
}

/**
 * The string tCount reads for `count`: `key.one` where the language's plural rules call `count` singular and
 * the language has that form, else `key`. Apart from tCount so the choice can be tested: Korean's `.one`
 * strings read the same as the plain ones, so the filled text alone cannot show which was chosen.
 */
export function countKey(locale: Locale, key: UiKey, count: number): UiKey {
  const singular = `${key}.one`;
  const useSingular = new Intl.PluralRules(locale).select(count) === 'one' && singular in STRINGS[locale];
  return (useSingular ? singular : key) as UiKey;
}

/** A count with its noun in the right plural form (see countKey). */
export function tCount(locale: Locale, key: UiKey, count: number): string {
  return t(locale, countKey(locale, key, count), { count });
}
