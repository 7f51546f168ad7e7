/**
 * What the production server (deploy/nginx.conf) needs from the build, made once the pages and the
 * search index exist: the 404 page of each language in place, the Content-Security-Policy header
 * derived from the pages, and precompressed copies of every text file. Listed after the Pagefind
 * integration so Pagefind's files are compressed too.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../fs/files.ts';
import { headerPolicy, inlineHashes, metaPolicy, narrowMetaPolicy, nginxHeaderConf } from './csp-header.ts';
import { placeNotFoundPages } from './not-found-pages.ts';
import { precompress } from './precompress.ts';
import { withoutIndexAttributes } from '../search/index-attributes.ts';

/** Where the build writes the nginx include with the CSP header; the server never serves this folder. */
export const SERVER_DIR = '_server';
export const CSP_HEADER_FILE = `${SERVER_DIR}/csp-header.conf`;

const htmlFiles = (dir: string) => filesUnder(dir, ['_astro', 'pagefind']).filter((file) => file.endsWith('.html'));

/**
 * The pages as readers get them, rewritten once the search index has read them: without the attributes
 * only the index needed (src/search/index-attributes.ts), and with each <meta> policy narrowed to the
 * hashes of the page's own inline scripts and styles. Listed after the search index and before the service
 * worker, so that the worker's version and the precompressed copies are of the final pages.
 */
export function servedPages(): AstroIntegration {
  return {
    name: 'docker-notes:served-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = htmlFiles(fileURLToPath(dir));
        await Promise.all(pages.map(async (file) => writeFile(file, narrowMetaPolicy(withoutIndexAttributes(await readFile(file, 'utf8')), file))));
        logger.info(`served pages: ${pages.length} pages without the index's attributes, each <meta> CSP narrowed to its own hashes`);
      },
    },
  };
}

export function serverFiles(): AstroIntegration {
  return {
    name: 'docker-notes:server-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        placeNotFoundPages(site);
        const pages = htmlFiles(site);
        const policies: string[] = [];
        const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
        for (const file of pages) {
          const html = readFileSync(file, 'utf8');
          const policy = metaPolicy(html);
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>: every page must carry one`);
          policies.push(policy);
          for (const [directive, sources] of Object.entries(inlineHashes(html))) for (const source of sources) hashes[directive as keyof typeof hashes].add(source);
        }
        const extra = Object.fromEntries(Object.entries(hashes).filter(([, set]) => set.size).map(([name, set]) => [name, [...set]]));
        mkdirSync(join(site, SERVER_DIR), { recursive: true });
        writeFileSync(join(site, CSP_HEADER_FILE), nginxHeaderConf(headerPolicy(policies, extra)));
        const compressed = await precompress(site);
        logger.info(`server files: CSP header from ${pages.length} pages, ${compressed} files precompressed (gzip, brotli)`);
      },
    },
  };
}
