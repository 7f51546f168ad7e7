/**
 * Formatting a UI string, one way for the server (index.ts: `t`, `tCount`) and for the browser, where a
 * component hands its script the strings it needs (index.ts: `pick`) and the script reads them with `uiText`.
 * Kept apart from index.ts so browser code can use it without loading every language's strings.
 */
import type { UiKey } from './index.ts';

export type UiStrings = Readonly<Partial<Record<UiKey, string>>>;
type Vars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` slots in a UI string. The value is inserted through a replacement function, never as a
 * replacement string: `String.replace` reads `$&`, `$'`, `` $` `` and `$1` in a replacement string as
 * patterns, so a reader's query holding them would garble the line it is shown in. A slot with no value
 * is kept as written, so a missing variable shows instead of vanishing.
 */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : slot));
}

/**
 * The string a count reads: `key.one` where the language's plural rules call `count` singular and `strings`
 * has that form, else `key`. Korean's `.one` strings read the same as the plain ones, so the filled text
 * alone cannot show which was chosen: this is what the tests look at.
 */
export function countKey(lang: string, strings: UiStrings, key: UiKey, count: number): UiKey {
  const singular = `${key}.one` as UiKey;
  return new Intl.PluralRules(lang).select(count) === 'one' && Object.hasOwn(strings, singular) ? singular : key;
}

export interface UiText {
  /** The string `key` with its slots filled; a key missing from the strings shows as itself. */
  t(key: UiKey, vars?: Vars): string;
  /** The string `key` for `count` in the right plural form (countKey), `{count}` filled. */
  tCount(key: UiKey, count: number, vars?: Vars): string;
}

export function uiText(lang: string, strings: UiStrings): UiText {
  const t = (key: UiKey, vars: Vars = {}) => fill(strings[key] ?? key, vars);
  return { t, tCount: (key, count, vars = {}) => t(countKey(lang, strings, key, count), { ...vars, count }) };
}

/** The strings a component put in `element`'s `data-strings` (pick), in the page's language. */
export function uiTextOf(element: HTMLElement): UiText {
  return uiText(element.ownerDocument.documentElement.lang, JSON.parse(element.dataset.strings ?? '{}'));
}
