/**
 * Between the titles of a trail, outermost first: `Note › Chapter › Section` in search results, bookmarks,
 * "continue reading" and a reference entry's links into the notes. Joined and split with this one string.
 */
export const TITLE_SEPARATOR = ' › ';
