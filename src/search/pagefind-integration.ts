/**
 * Builds the search index once the pages exist: Pagefind reads the built HTML (one index per
 * `<html lang>`) and writes /pagefind/, which the browser loads only when the reader opens search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Kept inside words so flags stay searchable as written: `--rm`, `-v`, `--volumes-from`. */
export const INDEXED_PUNCTUATION = '-';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'docker-notes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ includeCharacters: INDEXED_PUNCTUATION });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
