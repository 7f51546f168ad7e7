import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, isLocale, type Locale } from '../i18n/index.ts';
import { readFileSync } from 'node:fs';
import { parseChapter, type ParsedChapter } from '../mdx/chapter.ts';
import { readingOrder, splitChapterId, type ChapterRef } from './chapters.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type NoteEntry = CollectionEntry<'notes'>;
export interface Chapter extends ChapterRef {
  entry: ChapterEntry;
}

export async function getNotes(): Promise<NoteEntry[]> {
  return (await getCollection('notes')).sort((a, b) => a.data.order - b.data.order);
}

/** Every chapter of `lang` in reading order; a file outside the expected layout fails the build. */
export async function getChapters(lang: Locale): Promise<Chapter[]> {
  const notes = await getNotes();
  const chapters = (await getCollection('chapters')).map((entry): Chapter => {
    const { lang: entryLang, note, chapter } = splitChapterId(entry.id);
    if (!isLocale(entryLang)) throw new Error(`content/notes/${entry.id}.mdx: unknown language folder "${entryLang}"`);
    const noteEntry = notes.find((n) => n.data.slug === note);
    if (!noteEntry) throw new Error(`content/notes/${entry.id}.mdx: note "${note}" is not in content/notes.yaml`);
    if (noteEntry.data.source !== entry.data.source) {
      throw new Error(`content/notes/${entry.id}.mdx: source ${entry.data.source} does not match ${note}'s ${noteEntry.data.source}`);
    }
    return { lang: entryLang, note, chapter, title: entry.data.title, order: entry.data.order, entry };
  });
  return readingOrder(
    chapters.filter((c) => c.lang === lang),
    notes.map((n) => n.data.slug),
  );
}

/**
 * The chapter's MDX as parsed from its file (front matter included, so every line is the file's line): the
 * site check and the command scan share this one parse. A syntax error names the file and line.
 */
export function parsedChapter(chapter: Chapter): ParsedChapter {
  const file = chapter.entry.filePath!;
  return parseChapter(readFileSync(file, 'utf8'), file);
}

/** The id of a chapter's list of fixed commands (CorrectionsList.astro), which its contents and the legacy notices link to. */
export const CORRECTIONS_SECTION = 'corrections';

export async function getCorrectionsFor(note: string, chapter: string) {
  return (await getCollection('corrections'))
    .map((c) => c.data)
    .filter((c) => c.page === `${note}/${chapter}`)
    .sort((a, b) => a.line - b.line);
}

/**
 * Every chapter must exist in every language: a page missing in one language would break the
 * language switch and the shared anchors, so it fails the build, naming the missing file.
 */
export function missingTranslations(perLocale: Chapter[][]): string[] {
  const key = (c: Chapter) => `${c.note}/${c.chapter}`;
  const all = new Set(perLocale.flat().map(key));
  return perLocale.flatMap((chapters, i) => {
    const lang = LOCALES[i];
    const own = new Set(chapters.map(key));
    return [...all].filter((k) => !own.has(k)).map((k) => `content/notes/${lang}/${k}.mdx is missing`);
  });
}
