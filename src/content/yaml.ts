/**
 * YAML content read with the file and line of any syntax error. Astro's own YAML loading reports a line
 * "in your Astro config" without naming the file; these name it, as every other content error does.
 *
 * js-yaml, with the YAML 1.2 core schema (no dates, no merge keys): it reads the 104 command files in about
 * 30 ms where the `yaml` package takes half a second, and they are read while the build starts. The same
 * values come out either way. The glossary's checks, which need each scalar's line, keep `yaml`'s documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** `text` parsed, or an error `file:line:column: what is wrong`. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines and columns from 0.
    const at = error.mark ? `:${error.mark.line + 1}:${error.mark.column + 1}` : '';
    throw new Error(`${file}${at}: ${error.reason}`);
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
