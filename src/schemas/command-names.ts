import { z } from 'astro/zod';

/** content/reference-facts/command-names.json: every command Docker documents (scripts/extract-command-names.ts). */
export const commandNamesSchema = z.object({
  sources: z.array(z.object({ repository: z.url(), commit: z.string().regex(/^[0-9a-f]{40}$/), version: z.string() })).min(1),
  names: z.array(z.string().regex(/^docker(?: [a-z0-9][a-z0-9-]*)+$/, 'a command name as typed: docker, then its words')).min(1),
});
