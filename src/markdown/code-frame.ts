import type { ShikiTransformer } from 'shiki';
import { parseFenceMeta } from '../reference/fence-meta.ts';
import { CODE_THEMES } from './themes.ts';

/**
 * With `light-dark()` colours Shiki still repeats each colour as `--shiki-light`/`--shiki-dark`
 * variables that nothing reads; dropping them takes about a quarter off a code-heavy page.
 */
export function withoutThemeVariables(style: string): string {
  return style.replace(/;?--shiki-(?:light|dark)(?:-bg)?:[^;]*/g, '').replace(/^;/, '');
}

/**
 * Shiki leaves fence meta unrendered; this hands it to the `pre` component as data attributes. The theme's
 * leftovers (variables, class names, the block's style) are cleared by code-colors.ts, which the reference
 * examples run too.
 */
export const codeFrameTransformer: ShikiTransformer = {
  name: 'docker-notes:code-frame',
  pre(node) {
    const meta = parseFenceMeta(this.options.meta?.__raw);
    if (meta.title) node.properties['data-title'] = meta.title;
    if (meta.output) node.properties['data-output'] = 'true';
  },
};

const THEME_CLASSES = new Set(['astro-code-themes', ...Object.values(CODE_THEMES)]);

/** `classes` without the theme names Shiki and Astro add to a code block. */
export function withoutThemeClasses(classes: string): string {
  return classes.split(/\s+/).filter((name) => name && !THEME_CLASSES.has(name)).join(' ');
}
