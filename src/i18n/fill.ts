/**
 * Fills `{name}` slots in a UI string. The value is inserted through a replacement function, never as a
 * replacement string: `String.replace` reads `$&`, `$'`, `` $` `` and `$1` in a replacement string as
 * patterns, so a reader's query holding them would garble the line it is shown in. A slot with no value
 * is kept as written, so a missing variable shows instead of vanishing.
 * Kept apart from index.ts so browser code can use it without loading every language's strings.
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : slot));
}
