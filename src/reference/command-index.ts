/**
 * The reference entries as the command parser sees them: every name and alias of every entry,
 * plus the groups in between (`docker container` on the way to `docker container ls`).
 */
import type { CommandData, OptionData } from '../schemas/command.ts';
import { optionAnchor } from '../schemas/option-anchor.ts';
import type { CommandIndex, CommandSpec } from './parse-command.ts';

export interface ReferenceEntry {
  id: string;
  data: CommandData;
}

/** What the index reads of an entry: the YAML's data at build time, the explainer's data in the browser. */
export interface IndexableEntry {
  id: string;
  data: Pick<CommandData, 'name' | 'kind' | 'aliases' | 'interspersed' | 'hasSubcommands'> & { options: Pick<OptionData, 'long' | 'short' | 'type' | 'hiddenNames'>[] };
}

/** Every Docker command accepts --help; the entries leave it out. */
const HELP = { long: '--help', takesValue: false, anchor: '' };

export function buildCommandIndex(entries: IndexableEntry[]): CommandIndex {
  const index: CommandIndex = new Map();
  for (const { id, data } of entries) {
    if (data.kind === 'dockerfile') continue;
    const spec: CommandSpec = {
      id,
      name: data.name,
      interspersed: data.interspersed,
      hasSubcommands: data.hasSubcommands,
      options: [
        ...data.options.map((o) => ({
          ...(o.long ? { long: o.long } : {}),
          ...(o.short ? { short: o.short } : {}),
          ...(o.hiddenNames ? { hiddenNames: o.hiddenNames } : {}),
          takesValue: o.type !== 'bool',
          anchor: optionAnchor(o),
        })),
        HELP,
      ],
    };
    for (const name of [data.name, ...data.aliases]) {
      if (index.has(name) && index.get(name)!.id !== id) {
        throw new Error(`content/commands/${id}.yaml: "${name}" is already the name of ${index.get(name)!.id}.yaml`);
      }
      index.set(name, { ...spec, name });
    }
  }
  // Groups such as `docker container` exist only as steps towards their subcommands.
  for (const name of [...index.keys()]) {
    const words = name.split(' ');
    for (let n = 1; n < words.length; n++) {
      const group = words.slice(0, n).join(' ');
      if (!index.has(group)) index.set(group, { id: '', name: group, interspersed: true, hasSubcommands: true, options: [HELP] });
    }
  }
  return index;
}

/** Dockerfile instructions by upper-case name. */
export function instructionIndex(entries: ReferenceEntry[]): Map<string, ReferenceEntry> {
  return new Map(entries.filter((e) => e.data.kind === 'dockerfile').map((e) => [e.data.name.toUpperCase(), e]));
}
