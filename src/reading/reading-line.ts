/**
 * Which section a reader is reading: the one whose heading was the last to cross the reading line, a
 * third of the way down the window. A heading a little below the header has already been reached, as a
 * reader's eyes sit there, not at the window's top edge. The contents bar, the language switch and the
 * reading history all use this one rule, so they never disagree about the section. (The first two read the
 * fraction from their element's `data-reading-line`: importing this module would make their small inline
 * scripts separate files, and a chapter page heavier by about a kilobyte.)
 */
export const READING_LINE_FRACTION = 1 / 3;

/** The reading line, in px from the top of a window `viewportHeight` px high. */
export function readingLine(viewportHeight: number): number {
  return viewportHeight * READING_LINE_FRACTION;
}

/**
 * The index of the section being read, given its headings' tops (px from the window's top, in page
 * order): the last heading at or above the reading line; -1 while the reader is above the first one.
 */
export function currentSectionIndex(headingTops: readonly number[], viewportHeight: number): number {
  const line = readingLine(viewportHeight);
  let current = -1;
  headingTops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
