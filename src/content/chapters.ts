import type { Locale } from '../i18n/index.ts';

export interface ChapterRef {
  lang: Locale;
  note: string;
  chapter: string;
  title: string;
  order: number;
}

/** `ko/fastest-docker/using-docker` -> its parts. The folder layout is the URL layout. */
export function splitChapterId(id: string): { lang: string; note: string; chapter: string } {
  const parts = id.split('/');
  if (parts.length !== 3) throw new Error(`content/notes/${id}.mdx: expected content/notes/<lang>/<note>/<chapter>.mdx`);
  const [lang, note, chapter] = parts as [string, string, string];
  return { lang, note, chapter };
}

/** Reading order of a whole site: notes in `noteOrder`, chapters by `order`. */
export function readingOrder<T extends ChapterRef>(chapters: T[], noteOrder: string[]): T[] {
  for (const { note } of chapters) {
    if (!noteOrder.includes(note)) throw new Error(`chapter of unknown note "${note}": add it to content/notes.yaml`);
  }
  const rank = (note: string) => noteOrder.indexOf(note);
  return [...chapters].sort((a, b) => rank(a.note) - rank(b.note) || a.order - b.order);
}

/** Previous and next chapter in reading order, crossing from one note into the next. */
export function neighbours<T extends ChapterRef>(ordered: T[], current: T): { prev?: T; next?: T } {
  const index = ordered.findIndex((c) => c.note === current.note && c.chapter === current.chapter);
  return { prev: index > 0 ? ordered[index - 1] : undefined, next: ordered[index + 1] };
}
