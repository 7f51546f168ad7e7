/**
 * The built site's pages, each read and parsed once for every step that looks into them once the build has
 * written them (the search passages, the Content-Security-Policy header): parsing some 280 pages is the slow
 * part of those steps, so none of them parses a copy of its own.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { filesUnder } from '../fs/files.ts';

/** Inline scripts and styles kept as their raw text (their CSP hashes are taken over it); <pre> parsed like any element, since code is text a reader sees. */
export const PAGE_PARSE_OPTIONS = { blockTextElements: { script: true, style: true } };

export const parsePage = (html: string): HTMLElement => parse(html, PAGE_PARSE_OPTIONS);

export interface BuiltPage {
  file: string;
  /** The address it is served at: `/ko/reference/run/` for an index.html, the file's own path otherwise (`/ko/404.html`). */
  url: string;
}

/** Folders of the built site that hold no pages: bundled assets and Pagefind's program. */
const NOT_PAGES = ['_astro', 'pagefind'];

/** Every page under `site` and the address it is served at, in the order the folders list them. */
export const builtPages = (site: string): BuiltPage[] =>
  filesUnder(site, NOT_PAGES)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: `/${relative(site, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1') }));

/**
 * Every page under `site`, in the order the folders list them, with what `read` takes from it. Each page is
 * parsed once and dropped once read: holding every parsed page at once makes the garbage collector's work
 * several times that of the parsing.
 */
export function readBuiltPages<T>(site: string, read: (root: HTMLElement, page: BuiltPage, html: string) => T): (BuiltPage & T)[] {
  return builtPages(site).map((page) => {
    const html = readFileSync(page.file, 'utf8');
    return { ...page, ...read(parsePage(html), page, html) };
  });
}
