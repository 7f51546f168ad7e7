declare namespace App {
  interface Locals {
    /** The page's language, set by src/middleware.ts from the first path segment. */
    lang: import('./i18n/index.ts').Locale;
    /** Code-link descriptions already on the page, text -> tooltip id: each is written once per page. */
    codeTips?: Map<string, string>;
    /** Whether the page already carries the tooltip's "go to the reference" label. */
    codeTipsGo?: boolean;
    /** Whether the page already carries the explainer's link label, address and languages (on its first Copy control). */
    explainLink?: boolean;
  }
}

/** The code colours' style sheet, made by src/markdown/code-colors.ts. */
declare module 'virtual:code-colors.css';
