/**
 * What the command explainer needs from the reference, for one language: every entry's names, usage
 * and flags with their one-line descriptions. Written at build time from content/commands/*.yaml
 * (`/<lang>/explain/data.json`), so a new entry is explained as soon as it exists.
 */
import type { Locale } from '../i18n/index.ts';
import type { CommandData } from '../schemas/command.ts';
import { firstSentence } from '../html/inline-code.ts';
import type { IndexableEntry, ReferenceEntry } from './command-index.ts';

export interface ExplainOption {
  long?: string;
  short?: string;
  /** The CLI's value type: `bool` flags take no value; `bytes` and `duration` values are explained. */
  type: string;
  /** How the value is written (`[HOST:]CONTAINER[/PROTOCOL]`). */
  value?: string;
  /** The description's first sentence; backticks mark code. */
  text: string;
  /** What to write instead, for a flag kept only for old setups (`--link`). */
  legacy?: string;
  /** Older names the CLI still accepts for it (`--net`). */
  hiddenNames?: string[];
}

export interface ExplainEntry {
  id: string;
  name: string;
  kind: CommandData['kind'];
  aliases: string[];
  interspersed: boolean;
  hasSubcommands: boolean;
  usage: string;
  summary: string;
  /** Set for a legacy entry: the command that replaces it. */
  replacement?: string;
  options: ExplainOption[];
}

export interface ExplainData {
  entries: ExplainEntry[];
  /** Commands Docker documents that no entry covers (`docker swarm init`): named as such, never called unknown. */
  uncovered: string[];
}

/** `documented`: every command Docker documents (content/command-names.ts). */
export function explainData(entries: ReferenceEntry[], lang: Locale, documented: string[]): ExplainData {
  const covered = new Set(entries.flatMap(({ data }) => [data.name, ...data.aliases]));
  return {
    uncovered: documented.filter((name) => !covered.has(name)),
    entries: entries.map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      aliases: data.aliases,
      interspersed: data.interspersed,
      hasSubcommands: data.hasSubcommands,
      usage: data.usage.split('\n')[0]!,
      summary: data.summary[lang],
      ...(data.status === 'legacy' && data.replacement ? { replacement: data.replacement.command } : {}),
      options: data.options.map((o) => ({
        ...(o.long ? { long: o.long } : {}),
        ...(o.short ? { short: o.short } : {}),
        type: o.type,
        ...(o.value ? { value: o.value } : {}),
        text: firstSentence(o.description[lang]),
        ...(o.legacy ? { legacy: o.legacy.replacement } : {}),
        ...(o.hiddenNames ? { hiddenNames: o.hiddenNames } : {}),
      })),
    })),
  };
}

/** The same entries in the shape the command index is built from (src/reference/command-index.ts). */
export function indexEntries(data: ExplainData): IndexableEntry[] {
  return data.entries.map((e) => ({ id: e.id, data: e }));
}
