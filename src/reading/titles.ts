/**
 * The titles of everything a bookmark or the reading history can point at, in one language, built from the
 * collections at build time (`/<lang>/bookmarks/titles.json`). Bookmarks hold only language-free keys;
 * this map turns them into words on the page.
 */
import { TITLE_SEPARATOR } from '../html/title-trail.ts';
import { parseKey, type BookmarkKey } from './bookmarks.ts';

export interface ReadingTitles {
  /** Display groups in site order: each note, then the reference. */
  groups: { id: string; title: string }[];
  /** Key -> title: chapters and sections (`notes/a/b`, `notes/a/b#s`), commands and flags (`reference/run`, `reference/run#rm`). */
  titles: Record<BookmarkKey, string>;
}

/** How a bookmark reads in a list: `Chapter › Section`, `docker run`, `docker run --rm`. Undefined when the site has no such page. */
export function bookmarkLabel(key: BookmarkKey, map: ReadingTitles): string | undefined {
  const parsed = parseKey(key);
  const page = parsed && map.titles[parsed.page];
  if (!parsed || !page) return undefined;
  if (!parsed.anchor) return page;
  const anchor = map.titles[key];
  if (!anchor) return undefined;
  return parsed.kind === 'chapter' ? `${page}${TITLE_SEPARATOR}${anchor}` : `${page} ${anchor}`;
}

export const groupTitle = (group: string, map: ReadingTitles) => map.groups.find((g) => g.id === group)?.title;

