/**
 * Between the titles of a trail, outermost first: `Note › Chapter › Section` in search results, bookmarks,
 * "continue reading" and a reference entry's links into the notes. Joined and split with this one string.
 */
export const TITLE_SEPARATOR = ' › ';

/**
 * A trail of titles, outermost first, each written once: a title that repeats the one before it is left out
 * (a note of one chapter is titled as its chapter: `Official Guide › Official Guide › Part 3` is
 * `Official Guide › Part 3`), and so is an empty one.
 */
export const titleTrail = (titles: readonly string[]): string => titles.filter((title, i) => title && title !== titles[i - 1]).join(TITLE_SEPARATOR);
