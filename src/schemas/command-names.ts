import { z } from 'astro/zod';

/** content/reference-facts/command-names.json: every command Docker documents (scripts/extract-command-names.ts). */
export const commandNamesSchema = z.object({
  sources: z.array(z.object({ repository: z.url(), commit: z.string().regex(/^[0-9a-f]{40}$/), version: z.string() })).min(1),
  /** Docker's CLI plugins documented from docker/docs, kept by hand in the script: each is among `names` too. */
  plugins: z.object({ source: z.url(), names: z.array(z.string().regex(/^docker [a-z][a-z0-9-]*$/)).min(1) }),
  names: z.array(z.string().regex(/^docker(?: [a-z0-9][a-z0-9-]*)+$/, 'a command name as typed: docker, then its words')).min(1),
}).refine((file) => file.plugins.names.every((name) => file.names.includes(name)), { message: 'every plugin is among the names', path: ['plugins'] });
