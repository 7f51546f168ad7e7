import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './i18n/index.ts';

/** Reads the page's language once, so components take it from `Astro.locals.lang` instead of each parsing the URL. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = localeOfPath(context.url.pathname);
  return next();
});
