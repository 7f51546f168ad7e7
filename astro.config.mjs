import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { codeFrameTransformer } from './src/markdown/code-frame.ts';
import { CODE_THEMES, powershellFlagsTransformer } from './src/markdown/themes.ts';
import { commandLinksTransformer } from './src/markdown/command-links.ts';
import { codeColorsTransformer, codeColorsVitePlugin } from './src/markdown/code-colors.ts';
import { loadReferenceEntries } from './src/content/load-entries.ts';
import { missingImages } from './src/markdown/missing-images.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS } from './src/i18n/index.ts';
import { postBuild } from './src/post-build.ts';
import { LOCAL_HOST, PREVIEW_PORT, SITE_ORIGIN } from './scripts/lib/addresses.ts';

const referenceEntries = loadReferenceEntries('./content/commands');

export default defineConfig({
  site: SITE_ORIGIN,
  server: { host: LOCAL_HOST, port: PREVIEW_PORT },
  trailingSlash: 'always',
  build: {
    // Style sheets as files, never inlined: each page type has its own small sheet (home-page.css,
    // reference-pages.css), which a reader's browser then caches instead of downloading it again in every page.
    inlineStylesheets: 'never',
    // Pages are rendered while the share images are drawn in a worker thread (src/og/render.ts): with one page
    // at a time the build would wait on each image. A page's own rendering is synchronous, so this many in
    // flight are mostly the images, all of them at once.
    concurrency: 32,
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: LOCALE_TAGS },
      // The 404, offline and bookmarks pages are not content: kept out (the reader's own pages say noindex too).
      filter: (page) => !/\/(404|offline|bookmarks)\/$/.test(page),
    }),
    // After the sitemap: the search index, the service worker and the server's files, from the written pages.
    postBuild({ locales: LOCALES, defaultLocale: DEFAULT_LOCALE, entries: referenceEntries }),
  ],
  security: {
    // Scripts and styles only from this origin or by hash (Astro hashes every script and stylesheet it
    // emits). 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow JavaScript eval.
    // A few elements set a style attribute (a table cell's alignment, a code token whose font style Shiki
    // writes with its colour), hence 'unsafe-inline' for attributes only.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with a `use astro:head-inject` directive that the bundler says it may not keep;
        // it is harmless, and one warning per note buried the build's own output (withastro/astro#18087).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
        output: {
          codeSplitting: {
            // The small modules several page scripts share (the languages, the storage keys, the storage
            // notice, the title separator), each of a hundred bytes or two: one file for them all instead of
            // a request and a gzip header apiece.
            groups: [{ name: 'shared', test: /[\\/]src[\\/](i18n[\\/]locales|html[\\/]title-trail|reading[\\/]storage-keys|components[\\/]storage-notice)\.ts$|preload-helper/ }],
          },
        },
      },
    },
    // Code loaded on first use (bookmarks, reading progress) is imported as is: Vite's preload helper would
    // add 1.7 KB to every page to prefetch the one small chunk such an import needs. Astro sets its own
    // modulePreload after reading this config, so a plugin hook (which runs later) turns it off.
    plugins: [
      {
        name: 'docker-notes:no-preload-helper',
        enforce: 'pre',
        config: () => ({ build: { modulePreload: false } }),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
      },
      codeColorsVitePlugin(),
    ],
  },
  markdown: {
    // Heading ids are written by hand ({ #id }) so both languages share them; smart quotes would turn `--rm` into `–rm`.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false }, mdastPlugins: [missingImages] }),
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: 'light-dark()',
      transformers: [codeFrameTransformer, powershellFlagsTransformer, commandLinksTransformer(referenceEntries), codeColorsTransformer],
    },
  },
});
