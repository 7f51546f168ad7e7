/**
 * Writes the passage index of each language (`/search-index/<lang>.json`) once the pages exist;
 * the browser loads it only when the reader opens search.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReferenceEntries } from '../reference/load-entries.ts';
import { buildSearchIndexes, glossaryPairs } from './build-index.ts';
import { INDEX_PATH } from './settings.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'docker-notes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const indexes = buildSearchIndexes(site, loadReferenceEntries('./content/commands'), glossaryPairs('./content/glossary.yaml'));
        const out = join(site, INDEX_PATH);
        mkdirSync(out, { recursive: true });
        for (const index of indexes) {
          writeFileSync(join(out, `${index.lang}.json`), JSON.stringify(index));
          const withPhrases = index.passages.filter((p) => p.phrases).length;
          logger.info(`search index ${index.lang}: ${index.passages.length} passages (${withPhrases} with reader phrases)`);
        }
      },
    },
  };
}
