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

/** Shiki leaves fence meta unrendered; this hands it to the `pre` component as data attributes. */
export const codeFrameTransformer: ShikiTransformer = {
  name: 'docker-notes:code-frame',
  span(node) {
    if (typeof node.properties.style === 'string') node.properties.style = withoutThemeVariables(node.properties.style);
  },
  pre(node) {
    const meta = parseFenceMeta(this.options.meta?.__raw);
    if (meta.title) node.properties['data-title'] = meta.title;
    if (meta.output) node.properties['data-output'] = 'true';
  },
  // After every transformer's `pre` hook, Astro's included: the same unread variables on the block itself,
  // and the theme names Astro adds as classes, which no stylesheet selects (the colours are in the style).
  root(root) {
    for (const node of root.children) {
      if (node.type !== 'element' || node.tagName !== 'pre') continue;
      if (typeof node.properties.style === 'string') node.properties.style = withoutThemeVariables(node.properties.style);
      const classes = node.properties.class;
      if (typeof classes === 'string') node.properties.class = withoutThemeClasses(classes);
      else if (Array.isArray(classes)) node.properties.class = withoutThemeClasses(classes.join(' '));
    }
  },
};

const THEME_CLASSES = new Set(['astro-code-themes', ...Object.values(CODE_THEMES)]);

/** `classes` without the theme names Shiki and Astro add to a code block. */
export function withoutThemeClasses(classes: string): string {
  return classes.split(/\s+/).filter((name) => name && !THEME_CLASSES.has(name)).join(' ');
}
