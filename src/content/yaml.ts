/**
 * YAML content read with the file and line of any syntax error. Astro's own YAML loading reports a line
 * "in your Astro config" without naming the file; these name it, as every other content error does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse, YAMLParseError } from 'yaml';

/** `text` parsed, or an error `file:line:column: what is wrong`. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(`${file}${at ? `:${at.line}:${at.col}` : ''}: ${what}`);
  }
}

/** Every syntax error in the `.yaml` files of `dir`, each as `file:line:column: what is wrong`. */
export function yamlProblems(dir: string, root = process.cwd()): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      try {
        parseYaml(readFileSync(path, 'utf8'), relative(root, path));
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
}

/** A loader for a folder of YAML files that first checks their syntax, so an error names its file and line. */
export function checkedYamlFolder(loader: Loader, dir: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      const problems = yamlProblems(dir);
      if (problems.length) throw new Error(`YAML syntax error(s):\n  ${problems.join('\n  ')}`);
      return loader.load(context);
    },
  };
}
