/**
 * Validates reference entries while writing them, without a build:
 *   npx node scripts/check-commands.ts content/commands/<id>.yaml ...
 * Every rule lives in the schema (src/schemas/command.ts), so this reports exactly what the build would,
 * naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { commandSchema } from '../src/schemas/command.ts';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const problems: string[] = [];
  try {
    const result = commandSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const p of problems) console.log(`${file}: ${p}`);
  if (problems.length) failed++;
  else console.log(`${file}: ok`);
}
if (failed) process.exitCode = 1;
