/**
 * The site's languages, apart from their strings (index.ts) so that browser code and the service worker can
 * name them without loading every language's strings.
 */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';
/** BCP 47 tags with region, as the sitemap's hreflang alternates name each language. */
export const LOCALE_TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };
/** The language for a reader whose browser asks for none of LOCALES: only Korean readers get the Korean original. */
export const FALLBACK_LOCALE: Locale = 'en';

/** Whether a language is written in Hangul: search takes a query in the other script for the other language. */
export const WRITTEN_IN_HANGUL: Record<Locale, boolean> = { ko: true, en: false };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A path's leading language folder (`/ko/`, `/en/`), and only a site language's. */
export const LOCALE_FOLDER = new RegExp(`^/(?:${LOCALES.join('|')})/`);
