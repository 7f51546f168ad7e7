/**
 * A long article's first frame waits until about a third of it has been read in. Drawn as it arrives, a long
 * chapter's first frame came after a screenful, and every later piece was laid out in a task of its own after
 * that first paint, in the reader's way. Measured with Lighthouse's phone on the three longest chapters, four
 * runs each: blocking time 139 ms on average and 4 of 12 runs at 100 drawn as it arrives; 60 ms and 9 of 12 with
 * the first frame waiting for a third (on the two longest, a wait for three fifths gave 97 ms, for a third 80).
 * Browsers without render-blocking links draw as before; a short page is left alone.
 *
 * A reference page's options are one long description list, where no element of its own may stand between two
 * options: there the marker goes inside a description, at its start. `/ko/reference/run/` with Lighthouse's phone,
 * two batches of ten runs each side by side: blocking time 68 -> 38 ms and 46 -> 23 ms on average; runs at 100
 * 2 -> 6 in the first batch, where each run with the marker below 100 was one in which Lighthouse's Chromium held
 * back an already painted first frame for about a second (as it did in most runs of the second batch, both ways).
 */

/** The marker the first frame waits for: an empty element between two of the article's blocks. */
export const FIRST_FRAME_ID = 'first-frame';
/** An article at least this long (its HTML, in characters) gets the marker: the longest chapters and reference pages. */
export const LONG_ARTICLE = 40_000;
/** Where in the article the marker goes, as a share of its HTML: the first block that starts past it. */
const CUT_AT = 0.3;
/** No block starting before this share (an article that is one long table): no marker, the page draws as it arrives. */
const CUT_BEFORE = 0.6;
/**
 * The start of a block the marker may stand before: a paragraph, figure, heading, list, quote or table; or a
 * description (`dd`), which it stands inside. Never a division: a reference page's options are divisions of a
 * description list, where an element of its own is not allowed.
 */
const BLOCK_START = /<(?:p|figure|h[2-6]|ul|ol|blockquote|table|(dd))[\s>]/g;

/** `html` with the marker before the article's first block past CUT_AT of it, and the link that waits for it. */
export function withFirstFrameCut(html: string): string {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0 || end - start < LONG_ARTICLE) return html;
  BLOCK_START.lastIndex = start + Math.floor((end - start) * CUT_AT);
  const block = BLOCK_START.exec(html);
  if (!block || block.index > start + (end - start) * CUT_BEFORE) return html;
  // Before a block; inside a description, after its start tag.
  const at = block[1] ? html.indexOf('>', block.index) + 1 : block.index;
  const marked = `${html.slice(0, at)}<span id="${FIRST_FRAME_ID}" hidden></span>${html.slice(at)}`;
  return marked.replace('</head>', `<link rel="expect" href="#${FIRST_FRAME_ID}" blocking="render"></head>`);
}
