import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { filesUnder } from '../../src/fs/files.ts';

export const DIST = join(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** URL path, e.g. `/ko/notes/easy-docker/images-and-containers/` */
  url: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

const htmlFiles = (dir: string) => filesUnder(dir, ['_astro', 'pagefind']).filter((file) => file.endsWith('.html'));

let cache: BuiltPage[] | undefined;

/** Every HTML page of the built site. Fails clearly when the site has not been built. */
export function builtPages(): BuiltPage[] {
  if (cache) return cache;
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run \`npm run build\` first.`);
  cache = htmlFiles(DIST).map((file) => {
    const rel = relative(DIST, file).split('\\').join('/');
    const url = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
    const html = readFileSync(file, 'utf8');
    // 404 pages keep their file name: the server sends them for missing paths (deploy/nginx.conf).
    return { url: url.endsWith('/404/') ? url.replace(/\/$/, '.html') : url, file, html, dom: parseDocument(html) };
  });
  return cache;
}

export function pageByUrl(url: string): BuiltPage | undefined {
  return builtPages().find((page) => page.url === url);
}

/** node-html-parser keeps `<pre>` as raw text by default; code blocks hold links, so parse them as elements. */
export function parseDocument(html: string): HTMLElement {
  return parse(html, { blockTextElements: { script: true, style: true } });
}
