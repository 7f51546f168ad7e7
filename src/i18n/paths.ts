import type { Locale } from './index.ts';

export const homePath = (lang: Locale) => `/${lang}/`;
export const notePath = (lang: Locale, note: string) => `/${lang}/notes/${note}/`;
export const chapterPath = (lang: Locale, note: string, chapter: string) => `/${lang}/notes/${note}/${chapter}/`;
export const referenceIndexPath = (lang: Locale) => `/${lang}/reference/`;
export const referencePath = (lang: Locale, id: string) => `/${lang}/reference/${id}/`;
/** The flag index, or one of its later parts (src/reference/flag-index.ts). */
export const flagIndexPath = (lang: Locale, part?: string) => `/${lang}/reference/flags/${part ? `${part}/` : ''}`;
export const bookmarksPath = (lang: Locale) => `/${lang}/bookmarks/`;
/** The titles of everything a bookmark can point at, in one language: read by the bookmarks page and "continue reading". */
export const readingTitlesPath = (lang: Locale) => `/${lang}/bookmarks/titles.json`;
/** The command explainer; `command` fills its box and explains it on load. */
export const explainPath = (lang: string, command?: string) => `/${lang}/explain/${command ? `?cmd=${encodeURIComponent(command)}` : ''}`;
/** What the explainer reads: the reference's commands and flags in one language (src/reference/explain-data.ts). */
export const explainDataPath = (lang: Locale) => `/${lang}/explain/data.json`;
