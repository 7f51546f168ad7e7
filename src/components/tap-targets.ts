/**
 * Tap targets for the links in code. Flags sit side by side (`-d -p`, each 14 px wide on a phone with one
 * space between), too close for each to have a 24 x 24 px target centred on it (WCAG 2.5.8) without moving
 * the code. A target need not be centred: each link's target here is a 24 px wide stretch of its line that
 * holds its text, the stretches of neighbours meeting, never overlapping. A tap is given to the link whose
 * stretch it falls in (code-tips.ts). Only a run of more short flags than fit (five two-letter flags in a
 * row) leaves a stretch short, and then the gap between two links is split at its middle.
 */

/** The horizontal extent of a link's text, or of its target, in CSS pixels. */
export interface Span {
  left: number;
  right: number;
}

export const TARGET_SIZE = 24;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * The targets of the links of one line, given their text spans in order from left to right: each holds its
 * text and is `size` wide where the neighbours leave room, centred on the text where nothing is in the way.
 */
export function targetSpans(texts: readonly Span[], size = TARGET_SIZE): Span[] {
  const n = texts.length;
  if (!n) return [];
  // boundary[i] lies between link i-1 and link i, somewhere in the gap between their texts.
  // low: each boundary as far left as the targets before it allow (each of them `size` wide, packed left);
  // high: as far right as the targets after it allow (packed right).
  const low: number[] = [];
  const high: number[] = [];
  for (let i = 1; i < n; i++) {
    const previous = i === 1 ? texts[0]!.right : Math.max(texts[i - 1]!.right, low[i - 1]! + size);
    low[i] = Math.min(previous, texts[i]!.left);
  }
  for (let i = n - 1; i >= 1; i--) {
    const next = i === n - 1 ? texts[i]!.left : Math.min(texts[i]!.left, high[i + 1]! - size);
    high[i] = Math.max(next, texts[i - 1]!.right);
  }
  const boundary: number[] = [];
  for (let i = 1; i < n; i++) {
    const middle = (texts[i - 1]!.right + texts[i]!.left) / 2;
    const floor = i > 1 ? Math.max(low[i]!, boundary[i - 1]! + size) : low[i]!;
    // Where the run is too tight for every target to be `size` wide, the gap is split at its middle.
    boundary[i] = floor <= high[i]! ? clamp(middle, floor, high[i]!) : clamp(middle, texts[i - 1]!.right, texts[i]!.left);
  }
  return texts.map((text, i) => {
    const centre = (text.left + text.right) / 2;
    const left = i > 0 ? boundary[i]! : Math.min(text.left, centre - size / 2, n > 1 ? boundary[1]! - size : Infinity);
    const right = i < n - 1 ? boundary[i + 1]! : Math.max(text.right, centre + size / 2, i > 0 ? boundary[i]! + size : -Infinity);
    return { left, right };
  });
}

/** A link and where its text is on the screen. */
export interface PlacedLink<T> {
  link: T;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The link a tap at (x, y) is meant for: among the links whose line is within half a target of the tap,
 * the one whose target holds x, on the nearest line; undefined when the tap is outside every target.
 */
export function linkAt<T>(x: number, y: number, links: readonly PlacedLink<T>[], size = TARGET_SIZE): T | undefined {
  const middle = (l: PlacedLink<T>) => (l.top + l.bottom) / 2;
  const near = links.filter((l) => Math.abs(middle(l) - y) <= size / 2 || (y >= l.top && y <= l.bottom));
  const lines = new Map<number, PlacedLink<T>[]>();
  for (const l of near) {
    const key = Math.round(middle(l));
    lines.set(key, [...(lines.get(key) ?? []), l]);
  }
  let best: { link: T; distance: number } | undefined;
  for (const [lineMiddle, line] of lines) {
    const sorted = [...line].sort((a, b) => a.left - b.left);
    const spans = targetSpans(sorted);
    sorted.forEach((l, i) => {
      const distance = Math.abs(lineMiddle - y);
      if (x >= spans[i]!.left && x <= spans[i]!.right && (!best || distance < best.distance)) best = { link: l.link, distance };
    });
  }
  return best?.link;
}
