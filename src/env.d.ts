declare namespace App {
  interface Locals {
    /** The page's language, set by src/middleware.ts from the first path segment. */
    lang: import('./i18n/index.ts').Locale;
  }
}
