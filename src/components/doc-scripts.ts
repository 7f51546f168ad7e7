/**
 * The behaviour of the documentation pages' parts (contents, headings, code blocks, shell tabs, bookmark
 * buttons), loaded as one module by DocLayout beside BaseLayout's site-scripts.ts. An element a page does
 * not have costs its definition only; the shell tabs, the largest and on few pages, are fetched only by a
 * page that has them.
 */
import './toc-spy.ts';
import './heading-links.ts';
import './copy-button.ts';
import './code-tips.ts';
import './reading/bookmark-button.ts';
import './reading/reading-progress.ts';

if (document.querySelector('shell-tabs')) void import('./shell-tabs.ts');
