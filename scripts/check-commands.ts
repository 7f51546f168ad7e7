/**
 * Validates reference entries while writing them, without a build:
 *   node scripts/check-commands.ts content/commands/<id>.yaml ...
 * Schema errors name the file and field; duplicate flags and names are reported too.
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
    } else {
      const seen = new Set<string>();
      for (const o of result.data.options) {
        for (const name of [o.long, o.short]) {
          if (!name) continue;
          if (seen.has(name)) problems.push(`option ${name} listed twice`);
          seen.add(name);
        }
        if (o.type !== 'bool' && !o.value) problems.push(`option ${o.long ?? o.short}: takes a value, so give its syntax in "value"`);
      }
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const p of problems) console.log(`${file}: ${p}`);
  if (problems.length) failed++;
  else console.log(`${file}: ok`);
}
if (failed) process.exitCode = 1;
