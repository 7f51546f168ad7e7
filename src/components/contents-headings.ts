import type { MarkdownHeading } from 'astro';

/** The headings a page's table of contents lists (TableOfContents.astro): sections and their subsections. */
export const contentsHeadings = (headings: MarkdownHeading[]) => headings.filter((h) => h.depth <= 3);
