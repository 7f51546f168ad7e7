/** The notes' chapter files (both languages) and the corrections list, as the content tests read them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES } from '../../src/i18n/index.ts';
import type { CorrectionData } from '../../src/schemas/correction.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** Every chapter of every note, each with its path from the repository root and its MDX text. */
export const noteChapters = (): { path: string; mdx: string }[] =>
  LOCALES.flatMap((lang) =>
    readdirSync(join(ROOT, 'content/notes', lang)).flatMap((note) =>
      readdirSync(join(ROOT, 'content/notes', lang, note)).map((file) => {
        const path = `content/notes/${lang}/${note}/${file}`;
        return { path, mdx: readFileSync(join(ROOT, path), 'utf8') };
      }),
    ),
  );

/** content/corrections.yaml, with the Docker version that removed a corrected form where it says so. */
export const corrections = (): (CorrectionData & { removedIn?: string })[] =>
  parse(readFileSync(join(ROOT, 'content/corrections.yaml'), 'utf8')) as (CorrectionData & { removedIn?: string })[];
