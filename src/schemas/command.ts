import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

export const optionSchema = z
  .object({
    long: z.string().regex(/^--[a-z0-9][a-z0-9-]*$/).optional(),
    short: z.string().regex(/^-[a-zA-Z0-9]$/).optional(),
    /** The CLI's value type (`bool`, `string`, `list`, ...); `bool` flags take no value. */
    type: z.string().min(1),
    /** How the value is written, e.g. `[HOST:]CONTAINER[/PROTOCOL]`. */
    value: z.string().optional(),
    default: z.string().optional(),
    description: localizedText,
    legacy: z.object({ replacement: z.string().min(1), why: localizedText }).optional(),
  })
  .refine((o) => o.long || o.short, 'an option needs a long or a short name');

const example = z.object({
  title: localizedText,
  bash: z.string().min(1),
  powershell: z.string().min(1).optional(),
  cmd: z.string().min(1).optional(),
});

export const GROUPS = ['containers', 'images', 'volumes', 'networks', 'system', 'dockerfile', 'compose'] as const;

/** One command, Dockerfile instruction or Compose command: `content/commands/<id>.yaml`. */
export const commandSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['cli', 'dockerfile', 'compose', 'tool']),
    group: z.enum(GROUPS),
    aliases: z.array(z.string()).default([]),
    usage: z.string().min(1),
    summary: localizedText,
    description: localizedText,
    /** False for `run`, `create`, `exec`: flags stop at the image, the rest is the container's command. */
    interspersed: z.boolean().default(true),
    hasSubcommands: z.boolean().default(false),
    status: z.enum(['current', 'legacy']).default('current'),
    replacement: z.object({ command: z.string().min(1), why: localizedText }).optional(),
    options: z.array(optionSchema).default([]),
    examples: z.array(example).default([]),
    docs: z.url(),
  })
  .refine((c) => c.status !== 'legacy' || c.replacement, 'a legacy entry must say what replaces it (replacement)');

export type CommandData = z.infer<typeof commandSchema>;
export type OptionData = z.infer<typeof optionSchema>;

/** docs.docker.com names a flag's anchor after its long name: `--publish` -> `#publish`. */
export function optionAnchor(option: Pick<OptionData, 'long' | 'short'>): string {
  return (option.long ?? option.short!).replace(/^-+/, '');
}
