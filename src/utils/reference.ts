import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { buildCommandIndex, instructionIndex } from '../reference/command-index.ts';
import { commandUses, instructionUses } from '../reference/code-blocks.ts';
import { GROUPS } from '../schemas/command.ts';
import { getChapters, type Chapter } from './collections.ts';

export type CommandEntry = CollectionEntry<'commands'>;

export async function getCommands(): Promise<CommandEntry[]> {
  return (await getCollection('commands')).sort(
    (a, b) => GROUPS.indexOf(a.data.group) - GROUPS.indexOf(b.data.group) || a.data.name.localeCompare(b.data.name),
  );
}

export interface Passage {
  chapter: Chapter;
  section?: { id: string; text: string };
  snippets: string[];
}

/**
 * For each reference entry, the sections of the notes (in `lang`) whose code uses it, computed from
 * the chapters' MDX at build time: add a command to a note and its entry lists the passage.
 */
export async function passagesByCommand(lang: Locale): Promise<Map<string, Passage[]>> {
  const entries = await getCommands();
  const index = buildCommandIndex(entries);
  const instructions = instructionIndex(entries);
  const result = new Map<string, Passage[]>();
  const add = (id: string, chapter: Chapter, section: Passage['section'], snippet: string) => {
    const list = result.get(id) ?? [];
    let passage = list.find((p) => p.chapter === chapter && p.section?.id === section?.id);
    if (!passage) list.push((passage = { chapter, ...(section ? { section } : {}), snippets: [] }));
    if (!passage.snippets.includes(snippet) && passage.snippets.length < 3) passage.snippets.push(snippet);
    result.set(id, list);
  };
  for (const chapter of await getChapters(lang)) {
    const body = chapter.entry.body ?? '';
    for (const use of commandUses(body, index)) {
      if (use.command.spec.id) add(use.command.spec.id, chapter, use.block.section, use.text.split('\n')[0]!.trim());
    }
    for (const use of instructionUses(body)) {
      const entry = instructions.get(use.instruction);
      if (entry) add(entry.id, chapter, use.block.section, use.instruction);
    }
  }
  return result;
}
