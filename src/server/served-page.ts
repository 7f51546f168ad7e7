/**
 * A page as readers get it, made once the search index and the CSP header have read the page as Astro wrote
 * it: without the attributes only the index needed (src/search/index-attributes.ts) and with its <meta>
 * policy narrowed to the hashes of its own inline scripts and styles (csp-header.ts).
 */
import type { HTMLElement } from 'node-html-parser';
import { withoutIndexAttributes } from '../search/index-attributes.ts';
import { narrowMetaPolicy } from './csp-header.ts';

/** `html` (at `file`, parsed as `root` by `parsePage`) as it is served. */
export const servedPage = (html: string, file: string, root: HTMLElement): string => narrowMetaPolicy(withoutIndexAttributes(html), file, root);
