import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { codeFrameTransformer } from './src/markdown/code-frame.ts';
import { CODE_THEMES, powershellFlagsTransformer } from './src/markdown/themes.ts';
import { commandLinksTransformer } from './src/markdown/command-links.ts';
import { loadReferenceEntries } from './src/reference/load-entries.ts';
import { pagefindIndex } from './src/search/pagefind-integration.ts';
import { missingImages } from './src/markdown/missing-images.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS } from './src/i18n/index.ts';

const referenceEntries = loadReferenceEntries('./content/commands');

export default defineConfig({
  site: 'https://docker-notes.example',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: LOCALE_TAGS },
      filter: (page) => !page.endsWith('/404/'),
    }),
    pagefindIndex(),
  ],
  security: {
    // Scripts and styles only from this origin or by hash (Astro hashes every script and stylesheet it
    // emits). 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow JavaScript eval.
    // Code tokens carry their colours in style attributes, hence 'unsafe-inline' for attributes only.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    // Heading ids are written by hand ({ #id }) so both languages share them; smart quotes would turn `--rm` into `–rm`.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false }, mdastPlugins: [missingImages] }),
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: 'light-dark()',
      transformers: [codeFrameTransformer, powershellFlagsTransformer, commandLinksTransformer(referenceEntries)],
    },
  },
});
