import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checkedYamlFolder, parseYaml } from './content/yaml.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { noteSchema } from './schemas/note.ts';
import { correctionSchema } from './schemas/correction.ts';
import { commandSchema } from './schemas/command.ts';
import { addedCommandSchema } from './schemas/added-command.ts';

/** Entry ids are `<lang>/<note>/<chapter>`, straight from the file path. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: './content/notes' }),
  schema: chapterSchema,
});

const notes = defineCollection({
  loader: file('./content/notes.yaml', {
    parser: (text) => (parseYaml(text, 'content/notes.yaml') as { slug: string }[]).map((note) => ({ id: note.slug, ...note })),
  }),
  schema: noteSchema,
});

const corrections = defineCollection({
  loader: file('./content/corrections.yaml', {
    parser: (text) =>
      ((parseYaml(text, 'content/corrections.yaml') ?? []) as { source: string; line: number }[]).map((fix, index) => ({
        id: `${fix.source}:${fix.line}:${index}`,
        ...fix,
      })),
  }),
  schema: correctionSchema,
});

/** Shell variants the site adds to the notes; the build checks their shape, the lossless check their tabs. */
const addedCommands = defineCollection({
  loader: file('./content/added-commands.yaml', {
    parser: (text) => ((parseYaml(text, 'content/added-commands.yaml') ?? []) as { page: string; shell: string }[]).map((added, index) => ({ id: `${added.page}:${added.shell}:${index}`, ...added })),
  }),
  schema: addedCommandSchema,
});

/** One reference entry per command, instruction or Compose command; the id is the file name. */
const commands = defineCollection({
  loader: checkedYamlFolder(glob({ pattern: '*.yaml', base: './content/commands' }), './content/commands'),
  schema: commandSchema,
});

export const collections = { chapters, notes, corrections, addedCommands, commands };
