/**
 * The behaviour of the documentation pages' parts (contents, headings, code blocks, shell tabs, bookmark
 * buttons), loaded as one module by DocLayout beside BaseLayout's site-scripts.ts. An element a page does
 * not have costs its definition only.
 */
import './toc-spy.ts';
import './heading-links.ts';
import './copy-button.ts';
import './code-tips.ts';
import './shell-tabs.ts';
import './reading/bookmark-button.ts';
import './reading/reading-progress.ts';
