/**
 * What the production server (deploy/nginx.conf) needs from the build: the Content-Security-Policy header
 * derived from the pages, as an nginx include. The 404 pages' places and the precompressed copies are in
 * not-found-pages.ts and precompress.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy, nginxHeaderConf, ownPolicy, type PageCsp } from './csp-header.ts';

/** Where the build writes the nginx include with the CSP header; the server never serves this folder. */
export const SERVER_DIR = '_server';
export const CSP_HEADER_FILE = `${SERVER_DIR}/csp-header.conf`;

/** Writes the CSP header every page of `site` needs; returns a line for the log. */
export function writeCspHeader(site: string, pages: { file: string; csp: PageCsp }[]): string {
  const policies: string[] = [];
  const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const { file, csp } of pages) {
    policies.push(ownPolicy(file, csp));
    for (const [directive, sources] of Object.entries(csp.hashes)) for (const source of sources) hashes[directive as keyof typeof hashes].add(source);
  }
  const extra = Object.fromEntries(Object.entries(hashes).filter(([, set]) => set.size).map(([name, set]) => [name, [...set]]));
  mkdirSync(join(site, SERVER_DIR), { recursive: true });
  writeFileSync(join(site, CSP_HEADER_FILE), nginxHeaderConf(headerPolicy(policies, extra)));
  return `CSP header from ${pages.length} pages`;
}
