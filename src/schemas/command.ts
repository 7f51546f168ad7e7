import { z } from 'astro/zod';

const text = z.object({ ko: z.string().min(1), en: z.string().min(1) });

export const optionSchema = z
  .object({
    long: z.string().regex(/^--[a-z0-9][a-z0-9-]*$/).optional(),
    short: z.string().regex(/^-[a-zA-Z0-9]$/).optional(),
    /** The CLI's value type (`bool`, `string`, `list`, ...); `bool` flags take no value. */
    type: z.string().min(1),
    /** How the value is written, e.g. `[HOST:]CONTAINER[/PROTOCOL]`. */
    value: z.string().optional(),
    default: z.string().optional(),
    description: text,
    legacy: z.object({ replacement: z.string().min(1), why: text }).optional(),
  })
  .refine((o) => o.long || o.short, 'an option needs a long or a short name');

const readerPhrases = z.object({ ko: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) }).strict();

/**
 * How readers ask for this entry in their own words, in both languages; search finds the entry by
 * them. `options` is keyed by a flag's long name, or its short name when it has none.
 */
const phrasesSchema = readerPhrases.extend({ options: z.record(z.string(), readerPhrases).default({}) }).strict();

const example = z.object({
  title: text,
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
    summary: text,
    description: text,
    /** False for `run`, `create`, `exec`: flags stop at the image, the rest is the container's command. */
    interspersed: z.boolean().default(true),
    hasSubcommands: z.boolean().default(false),
    status: z.enum(['current', 'legacy']).default('current'),
    replacement: z.object({ command: z.string().min(1), why: text }).optional(),
    options: z.array(optionSchema).default([]),
    examples: z.array(example).default([]),
    docs: z.url(),
    phrases: phrasesSchema.optional(),
  })
  .refine((c) => c.status !== 'legacy' || c.replacement, 'a legacy entry must say what replaces it (replacement)')
  .superRefine((c, ctx) => {
    const flags = new Set(c.options.map((o) => o.long ?? o.short));
    for (const key of Object.keys(c.phrases?.options ?? {})) {
      if (!flags.has(key)) ctx.addIssue({ code: 'custom', path: ['phrases', 'options', key], message: `phrases name ${key}, which is not a flag of ${c.name}` });
    }
  });

export type CommandData = z.infer<typeof commandSchema>;
export type OptionData = z.infer<typeof optionSchema>;

/** docs.docker.com names a flag's anchor after its long name: `--publish` -> `#publish`. */
export function optionAnchor(option: Pick<OptionData, 'long' | 'short'>): string {
  return (option.long ?? option.short!).replace(/^-+/, '');
}
