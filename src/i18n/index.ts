import ko from './ko.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { countKey as countKeyIn, uiText, type UiStrings, type UiText } from './format.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales.ts';

export { DEFAULT_LOCALE, FALLBACK_LOCALE, isLocale, LOCALE_FOLDER, LOCALE_TAGS, LOCALES, WRITTEN_IN_HANGUL, type Locale } from './locales.ts';

export type UiKey = keyof typeof ko;
const STRINGS: Record<Locale, Record<UiKey, string>> = { ko, en };
/** The pages read their strings the way a script reads those handed to it (format.ts), so the two cannot differ. */
const TEXT = Object.fromEntries(LOCALES.map((locale) => [locale, uiText(locale, STRINGS[locale])])) as Record<Locale, UiText>;

/** A UI string for `locale`, with `{name}` placeholders filled from `vars`. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return TEXT[locale].t(key, vars);
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

/** The string tCount reads for `count` (format.ts: countKey, the rule the browser follows too). */
export function countKey(locale: Locale, key: UiKey, count: number): UiKey {
  return countKeyIn(locale, STRINGS[locale], key, count);
}

/** A count with its noun in the right plural form (see countKey). */
export function tCount(locale: Locale, key: UiKey, count: number): string {
  return TEXT[locale].tCount(key, count);
}

/**
 * The strings of `locale` whose keys start with `prefix` (`bookmarks.manager.`, `flags.count`): what a
 * component hands its script, as `data-strings`, for format.ts's uiTextOf to read. A prefix naming no string
 * is a mistake, not an empty set.
 */
export function pick(locale: Locale, prefix: string): UiStrings {
  const picked = Object.fromEntries(Object.entries(STRINGS[locale]).filter(([key]) => key.startsWith(prefix)));
  if (!Object.keys(picked).length) throw new Error(`src/i18n/${locale}.json: no UI string starts with "${prefix}"`);
  return picked;
}
