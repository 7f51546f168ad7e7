import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/index.ts';
import { buildCommandIndex, instructionIndex } from '../reference/command-index.ts';
import { commandUses, instructionUses, type CommandUse, type InstructionUse } from '../reference/code-blocks.ts';
import { GROUPS } from '../schemas/command.ts';
import { getChapters, parsedChapter, type Chapter } from './collections.ts';

export type CommandEntry = CollectionEntry<'commands'>;

/**
 * A value computed from the content, once per key in a build: every page asks for it, and the answer cannot change
 * within a build. `astro dev` computes it again at each request, since there the content changes under it.
 */
function oncePerBuild<Key, Value>(compute: (key: Key) => Promise<Value>): (key: Key) => Promise<Value> {
  const values = new Map<Key, Promise<Value>>();
  return (key) => {
    if (import.meta.env.DEV) return compute(key);
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

const sortedCommands = oncePerBuild(async () =>
  (await getCollection('commands')).sort(
    (a, b) => GROUPS.indexOf(a.data.group) - GROUPS.indexOf(b.data.group) || a.data.name.localeCompare(b.data.name),
  ),
);

/** The reference's entries, in the order of their groups, then by name. */
export const getCommands = (): Promise<CommandEntry[]> => sortedCommands(undefined);

export interface Passage {
  chapter: Chapter;
  section?: { id: string; text: string };
  /** The first lines of the passage that use the command: enough to recognise the passage by, its link leads to the rest. */
  snippets: string[];
}

/**
 * How many of a passage's lines a reference page shows. One: `docker run` is used in 35 passages, and a
 * second and third line for each weighed half a kilobyte of a page that must stay under the page budget.
 */
export const SNIPPETS_PER_PASSAGE = 1;

interface ChapterUses {
  chapter: Chapter;
  commands: CommandUse[];
  instructions: InstructionUse[];
}

/** The commands and instructions in every chapter's code, scanned once per language. */
const chapterUses = oncePerBuild(async (lang: Locale): Promise<ChapterUses[]> => {
  const index = buildCommandIndex(await getCommands());
  return (await getChapters(lang)).map((chapter) => {
    const parsed = parsedChapter(chapter);
    return { chapter, commands: commandUses(parsed.codeBlocks, index), instructions: instructionUses(parsed.codeBlocks) };
  });
});

/**
 * For each reference entry, the sections of the notes (in `lang`) whose code uses it, computed from
 * the chapters' MDX at build time: add a command to a note and its entry lists the passage.
 */
export const passagesByCommand = oncePerBuild(async (lang: Locale): Promise<Map<string, Passage[]>> => {
  const instructions = instructionIndex(await getCommands());
  const result = new Map<string, Passage[]>();
  const add = (id: string, chapter: Chapter, section: Passage['section'], snippet: string) => {
    const list = result.get(id) ?? [];
    let passage = list.find((p) => p.chapter === chapter && p.section?.id === section?.id);
    if (!passage) list.push((passage = { chapter, ...(section ? { section } : {}), snippets: [] }));
    if (!passage.snippets.includes(snippet) && passage.snippets.length < SNIPPETS_PER_PASSAGE) passage.snippets.push(snippet);
    result.set(id, list);
  };
  for (const { chapter, commands, instructions: uses } of await chapterUses(lang)) {
    for (const use of commands) {
      if (use.command.spec.id) add(use.command.spec.id, chapter, use.block.section, use.text.split('\n')[0]!.trim());
    }
    for (const use of uses) {
      const entry = instructions.get(use.instruction);
      if (entry) add(entry.id, chapter, use.block.section, use.instruction);
    }
  }
  return result;
});

/** How often each flag (`<entry id>#<anchor>`) is used in the notes' code: the flags readers meet most. */
const flagCounts = oncePerBuild(async (): Promise<Map<string, number>> => {
  const counts = new Map<string, number>();
  for (const { commands } of await chapterUses(DEFAULT_LOCALE)) {
    for (const use of commands) {
      for (const part of use.command.parts) {
        if (!part.option) continue;
        const key = `${part.spec.id}#${part.option.anchor}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
});
export const flagUseCounts = (): Promise<Map<string, number>> => flagCounts(undefined);
