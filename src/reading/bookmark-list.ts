/**
 * The bookmarks page's operations on the list (and the addresses it links to). Apart from bookmarks.ts so
 * that chapter pages, which only toggle bookmarks, do not load them.
 */
import { parseKey, type BookmarkKey } from './bookmarks.ts';

/** The page address of a key in one language: `notes/a/b#run` -> `/en/notes/a/b/#run`. */
export function keyHref(lang: string, key: BookmarkKey): string {
  const [page, anchor] = key.split('#');
  return `/${lang}/${page}/${anchor ? `#${anchor}` : ''}`;
}

export function removeBookmark(list: readonly BookmarkKey[], key: BookmarkKey): BookmarkKey[] {
  return list.filter((k) => k !== key);
}

/**
 * Moves `key` one place up (-1) or down (+1) among the bookmarks of its own group, since the list is
 * shown grouped: it swaps with its neighbour in that group. At either end it stays where it is.
 */
export function moveBookmark(list: readonly BookmarkKey[], key: BookmarkKey, direction: -1 | 1): BookmarkKey[] {
  const group = parseKey(key)?.group;
  const from = list.indexOf(key);
  if (from < 0 || !group) return [...list];
  let to = from + direction;
  while (to >= 0 && to < list.length && parseKey(list[to])?.group !== group) to += direction;
  if (to < 0 || to >= list.length) return [...list];
  const moved = [...list];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/** The bookmarks in display groups, following `groupOrder` (the notes in reading order, then the reference). */
export function groupBookmarks(list: readonly BookmarkKey[], groupOrder: readonly string[]): { group: string; keys: BookmarkKey[] }[] {
  const order = new Map(groupOrder.map((group, i) => [group, i]));
  const rank = (group: string) => order.get(group) ?? groupOrder.length;
  const groups = new Map<string, BookmarkKey[]>();
  for (const key of list) {
    const group = parseKey(key)?.group;
    if (!group) continue;
    // Appended in place: copying the group for every key made a long list quadratic to draw.
    const keys = groups.get(group);
    if (keys) keys.push(key);
    else groups.set(group, [key]);
  }
  return [...groups].map(([group, keys]) => ({ group, keys })).sort((a, b) => rank(a.group) - rank(b.group));
}
