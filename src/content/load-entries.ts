/**
 * Reads content/commands/*.yaml for code that runs outside Astro's content layer (the Shiki transformer
 * in astro.config.mjs, and the search index after the build, which is handed the same copy). The same
 * schema validates both ways, so they cannot disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from './yaml.ts';
import { commandSchema } from '../schemas/command.ts';
import type { ReferenceEntry } from '../reference/command-index.ts';

export function loadReferenceEntries(dir: string): ReferenceEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const result = commandSchema.safeParse(parseYaml(readFileSync(join(dir, file), 'utf8'), `content/commands/${file}`));
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`content/commands/${file}: ${issues}`);
      }
      return { id: file.replace(/\.yaml$/, ''), data: result.data };
    });
}
