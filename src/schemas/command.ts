import { z } from 'astro/zod';
import { localized, localizedText } from './localized.ts';

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
    /**
     * Other names the CLI accepts for this flag but leaves out of its help and documentation (`--net` for
     * `--network`): older spellings that tutorials still use. From the flag definitions in the CLI's source.
     */
    hiddenNames: z.array(z.string().regex(/^--[a-z0-9][a-z0-9-]*$/)).min(1).optional(),
    /**
     * What the flag needs, where the sources say so: a Docker version ("25.0"), an Engine API version
     * ("API 1.41", from the CLI's flag tags) or a Dockerfile syntax version ("Dockerfile 1.20", from the
     * Dockerfile reference). content/reference-facts/ holds the versions the tests compare with.
     */
    since: z
      .string()
      .regex(/^(API 1\.\d+|Dockerfile 1\.\d+(-labs)?|\d+\.\d+(\.\d+)?)$/, 'a Docker version ("25.0"), an API version ("API 1.41") or a Dockerfile syntax ("Dockerfile 1.20")')
      .optional(),
    /** `legacy` for a `docker build` flag that only the legacy builder has; BuildKit (`docker buildx build`) ignores or rejects it. */
    builder: z.literal('legacy').optional(),
  })
  .refine((o) => o.long || o.short, 'an option needs a long or a short name')
  .superRefine((o, ctx) => {
    if (o.type !== 'bool' && !o.value) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${o.long ?? o.short} takes a ${o.type} value, so give its syntax in "value"` });
    }
  });

/** Each flag name once per command: the parser and the page anchors look options up by name. */
function noFlagTwice(options: { long?: string; short?: string; hiddenNames?: string[] }[], ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  options.forEach((option, index) => {
    const names: [string | undefined, (string | number)[]][] = [
      [option.long, ['long']],
      [option.short, ['short']],
      ...(option.hiddenNames ?? []).map((name, k): [string, (string | number)[]] => [name, ['hiddenNames', k]]),
    ];
    for (const [name, path] of names) {
      if (!name) continue;
      if (seen.has(name)) {
        ctx.addIssue({ code: 'custom', path: ['options', index, ...path], message: `${name} is listed twice (first as options.${seen.get(name)})` });
      } else seen.set(name, index);
    }
  });
}

const readerPhrases = localized(z.array(z.string().min(1)).default([])).strict();

/**
 * How readers ask for this entry in their own words, in both languages; search finds the entry by
 * them. `options` is keyed by a flag's long name, or its short name when it has none.
 */
const phrasesSchema = readerPhrases.extend({ options: z.record(z.string(), readerPhrases).default({}) }).strict();

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
    phrases: phrasesSchema.optional(),
  })
  .refine((c) => c.status !== 'legacy' || c.replacement, 'a legacy entry must say what replaces it (replacement)')
  .superRefine((c, ctx) => {
    noFlagTwice(c.options, ctx);
    const flags = new Set(c.options.map((o) => o.long ?? o.short));
    for (const key of Object.keys(c.phrases?.options ?? {})) {
      if (!flags.has(key)) ctx.addIssue({ code: 'custom', path: ['phrases', 'options', key], message: `phrases name ${key}, which is not a flag of ${c.name}` });
    }
  });

export type CommandData = z.infer<typeof commandSchema>;
export type OptionData = z.infer<typeof optionSchema>;

export { optionAnchor } from './option-anchor.ts';
