/** The notes' chapter files (both languages) and the corrections list, as the content tests read them. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../../src/fs/files.ts';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../../src/i18n/index.ts';
import type { CorrectionData } from '../../src/schemas/correction.ts';
import { parseChapter, type ParsedChapter } from '../../src/mdx/chapter.ts';

export const ROOT = join(import.meta.dirname, '../..');

export interface ChapterFile {
  lang: Locale;
  note: string;
  chapter: string;
  /** From the repository root: `content/notes/ko/<note>/<chapter>.mdx`. */
  path: string;
}

/** The chapter files of every note in `lang`. */
export const chapterFiles = (lang: Locale): ChapterFile[] =>
  filesUnder(join(ROOT, 'content/notes', lang))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const [note, name] = relative(join(ROOT, 'content/notes', lang), file).split(sep);
      return { lang, note: note!, chapter: name!.slice(0, -'.mdx'.length), path: relative(ROOT, file).split(sep).join('/') };
    });

/** Every chapter of every note, each with its path from the repository root and its MDX parsed. */
export const noteChapters = (): { path: string; parsed: ParsedChapter }[] =>
  LOCALES.flatMap(chapterFiles).map(({ path }) => ({ path, parsed: parseChapter(readFileSync(join(ROOT, path), 'utf8'), path) }));

/** content/corrections.yaml, with the Docker version that removed a corrected form where it says so. */
export const corrections = (): (CorrectionData & { removedIn?: string })[] =>
  parse(readFileSync(join(ROOT, 'content/corrections.yaml'), 'utf8')) as (CorrectionData & { removedIn?: string })[];
