/**
 * A page as readers get it, made once the search index and the CSP header have read the page as Astro wrote
 * it: without the attributes only the index needed (src/search/index-attributes.ts), with its <meta>
 * policy narrowed to the hashes of its own inline scripts and styles (csp-header.ts), and, when its article is
 * long, with a first frame that waits for a third of it (first-frame.ts).
 */
import { withoutIndexAttributes } from '../search/index-attributes.ts';
import { narrowMetaPolicy, type PageCsp } from './csp-header.ts';
import { withFirstFrameCut } from './first-frame.ts';

/** `html` (at `file`, whose policy and inline hashes pageCsp has read) as it is served. */
export const servedPage = (html: string, file: string, csp: PageCsp): string => withFirstFrameCut(narrowMetaPolicy(withoutIndexAttributes(html), file, csp));
