import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { chapterSchema } from './schemas/chapter.ts';
import { noteSchema } from './schemas/note.ts';
import { correctionSchema } from './schemas/correction.ts';

/** Entry ids are `<lang>/<note>/<chapter>`, straight from the file path. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: './content/notes' }),
  schema: chapterSchema,
});

const notes = defineCollection({
  loader: file('./content/notes.yaml', {
    parser: (text) => (parse(text) as { slug: string }[]).map((note) => ({ id: note.slug, ...note })),
  }),
  schema: noteSchema,
});

const corrections = defineCollection({
  loader: file('./content/corrections.yaml', {
    parser: (text) =>
      ((parse(text) ?? []) as { source: string; line: number }[]).map((fix, index) => ({
        id: `${fix.source}:${fix.line}:${index}`,
        ...fix,
      })),
  }),
  schema: correctionSchema,
});

export const collections = { chapters, notes, corrections };
