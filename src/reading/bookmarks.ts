/**
 * A bookmark is the address of a page without its language, plus an optional anchor:
 * `notes/<note>/<chapter>`, `notes/<note>/<chapter>#<section>`, `reference/<command>`, `reference/<command>#<flag>`.
 * Both languages share these, so a bookmark made on a Korean page shows on the English one too.
 */
import { LOCALE_FOLDER } from '../i18n/locales.ts';

export type BookmarkKey = string;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** Section ids are kebab-case; flag anchors keep the case of short flags (`-P` -> `P`). */
const ANCHOR = '[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*';
const KEY = new RegExp(`^(?:(notes)/(${SLUG})/(${SLUG})|(reference)/(${SLUG}))(?:#(${ANCHOR}))?$`);

/** Reference bookmarks form their own group; chapter bookmarks are grouped by their note. */
export const REFERENCE_GROUP = 'reference';

export interface ParsedKey {
  kind: 'chapter' | 'reference';
  /** The note's slug, or REFERENCE_GROUP. */
  group: string;
  /** The key without its anchor: the page. */
  page: BookmarkKey;
  anchor?: string;
}

export function parseKey(key: unknown): ParsedKey | undefined {
  if (typeof key !== 'string') return undefined;
  const m = KEY.exec(key);
  if (!m) return undefined;
  const page = key.split('#')[0]!;
  const anchor = m[6];
  return m[1] ? { kind: 'chapter', group: m[2]!, page, anchor } : { kind: 'reference', group: REFERENCE_GROUP, page, anchor };
}

export const isBookmarkKey = (key: unknown): key is BookmarkKey => parseKey(key) !== undefined;

/** `/ko/notes/a/b/` + `run` -> `notes/a/b#run`; undefined for pages that cannot be bookmarked. */
export function keyForPath(pathname: string, anchor?: string): BookmarkKey | undefined {
  const page = pathname.replace(LOCALE_FOLDER, '').replace(/\/(index\.html)?$/, '');
  const key = anchor ? `${page}#${anchor}` : page;
  return isBookmarkKey(key) ? key : undefined;
}

export function toggleBookmark(list: readonly BookmarkKey[], key: BookmarkKey): BookmarkKey[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
}
