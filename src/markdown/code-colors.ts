/**
 * Code colours as classes instead of a style attribute on every token. Shiki writes
 * `style="color:light-dark(#032563, #ADDCFF)"` on each of a code-heavy page's hundreds of tokens, and the
 * same background on every block; a class per colour says it in a tenth of the bytes, and the colours
 * live in one style sheet (made from TOKEN_COLORS by the Vite plugin below) instead of in every page.
 * The two themes (themes.ts) use few colours: each is listed here, and a token in a colour not listed stops
 * the build with the colour to add, rather than being left unstyled.
 */
import type { ShikiTransformer } from 'shiki';
import { withoutThemeClasses, withoutThemeVariables } from './code-frame.ts';

/** The blocks' own text and background, light then dark: a block's style attribute must say exactly these. */
export const BLOCK_COLORS = { color: ['#0e1116', '#f0f3f6'], background: ['#ffffff', '#0a0c10'] } as const;

/** Every token colour of the two themes, light then dark. */
export const TOKEN_COLORS: readonly (readonly [string, string])[] = [
  ['#0E1116', '#F0F3F6'],
  ['#032563', '#ADDCFF'],
  ['#023B95', '#91CBFF'],
  ['#702C00', '#FFB757'],
  ['#A0111F', '#FF9492'],
  ['#66707B', '#BDC4CC'],
  ['#622CBC', '#DBB7FF'],
];

/** The class of a token colour: its light colour, which no two listed colours share (checked below). */
const classOf = (light: string) => `c-${light.slice(1).toLowerCase()}`;

const CLASS_BY_COLOR = new Map(TOKEN_COLORS.map(([light, dark]) => [`${light} ${dark}`.toLowerCase(), classOf(light)]));
if (new Set(CLASS_BY_COLOR.values()).size !== TOKEN_COLORS.length) throw new Error('src/markdown/code-colors.ts: two token colours share a light colour, so their classes would clash');

const TOKEN_STYLE = /^color:light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/i;
const compact = (style: string) => style.replace(/\s+/g, '').replace(/;$/, '');
const BLOCK_STYLE = `background-color:light-dark(${BLOCK_COLORS.background.join(', ')});color:light-dark(${BLOCK_COLORS.color.join(', ')});overflow-x:auto`;

/** The class for a token's style attribute, or undefined when the style says more than a colour (kept as written). */
export function tokenClass(style: string): string | undefined {
  const match = TOKEN_STYLE.exec(style);
  if (!match) return undefined;
  const known = CLASS_BY_COLOR.get(`${match[1]} ${match[2]}`.toLowerCase());
  if (!known) throw new Error(`a code token has the colour light-dark(${match[1]}, ${match[2]}), which src/markdown/code-colors.ts does not list: add it to TOKEN_COLORS`);
  return known;
}

const addClass = (properties: Record<string, unknown>, name: string) => {
  const current = properties.class;
  properties.class = [...(Array.isArray(current) ? current : typeof current === 'string' ? current.split(/\s+/) : []), name].filter(Boolean).join(' ');
};

/**
 * Listed after the transformers that set colours (powershellFlagsTransformer): tokens get their colour class
 * (Shiki's unread theme variables dropped first); blocks lose the style the sheet now gives and the theme
 * names Shiki and Astro add as classes, which no style sheet selects.
 */
export const codeColorsTransformer: ShikiTransformer = {
  name: 'docker-notes:code-colors',
  span(node) {
    if (typeof node.properties.style !== 'string') return;
    const style = withoutThemeVariables(node.properties.style);
    node.properties.style = style;
    const name = tokenClass(style);
    if (!name) return;
    delete node.properties.style;
    addClass(node.properties, name);
  },
  // After every transformer's `pre` hook, Astro's included, which adds its part of the block's style and classes.
  root(root) {
    for (const node of root.children) {
      if (node.type !== 'element' || node.tagName !== 'pre') continue;
      const classes = node.properties.class;
      if (typeof classes === 'string' || Array.isArray(classes)) node.properties.class = withoutThemeClasses([classes].flat().join(' '));
      if (typeof node.properties.style !== 'string') continue;
      // As Shiki and Astro write it, with or without spaces and a last semicolon.
      const style = withoutThemeVariables(node.properties.style);
      if (compact(style) !== compact(BLOCK_STYLE)) throw new Error(`a code block has the style "${style}", not the one src/markdown/code-colors.ts gives blocks ("${BLOCK_STYLE}")`);
      delete node.properties.style;
    }
  },
};

/** The style sheet of the colours: the blocks' own, then one rule per token colour. */
export function codeColorsCss(): string {
  const pair = ([light, dark]: readonly [string, string]) => `light-dark(${light}, ${dark})`;
  return [
    // Unlayered, as the style attributes were: no rule of the site's layers changes a token's colour.
    `pre.astro-code{color:${pair(BLOCK_COLORS.color)};background-color:${pair(BLOCK_COLORS.background)};overflow-x:auto}`,
    ...TOKEN_COLORS.map((colors) => `.${classOf(colors[0])}{color:${pair(colors)}}`),
  ].join('\n');
}

/** Serves the sheet as `virtual:code-colors.css`, which BaseLayout imports. */
export const CODE_COLORS_MODULE = 'virtual:code-colors.css';
export function codeColorsVitePlugin() {
  const resolved = `\0${CODE_COLORS_MODULE}`;
  return {
    name: 'docker-notes:code-colors',
    resolveId: (id: string) => (id === CODE_COLORS_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? codeColorsCss() : undefined),
  };
}
