/**
 * Every command Docker documents, as content/reference-facts/command-names.json lists them: the explainer names a
 * real command the reference does not cover as such, instead of calling it unknown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandNamesSchema } from '../schemas/command-names.ts';

export const COMMAND_NAMES_FILE = 'content/reference-facts/command-names.json';

export function documentedCommandNames(root = process.cwd()): string[] {
  const result = commandNamesSchema.safeParse(JSON.parse(readFileSync(join(root, COMMAND_NAMES_FILE), 'utf8')));
  if (!result.success) throw new Error(`${COMMAND_NAMES_FILE}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data.names;
}
