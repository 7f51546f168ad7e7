/**
 * Where the site lives and where it is served while working on it: astro.config.mjs, the nginx scripts,
 * Playwright and the tests read these, so no second copy can drift.
 */

/** The published origin: Astro's `site` (canonical and Open Graph URLs, the sitemap, robots.txt). */
export const SITE_ORIGIN = 'https://docker-notes.example';

/** `npm run serve:nginx`, and the browser tests unless E2E_PORT names another port. */
export const NGINX_PORT = 8080;

/** `npm start` and `npm run preview` (astro preview), and the screenshots script's default address. */
export const PREVIEW_PORT = 4321;

/** Every local server listens on the loopback address only. */
export const LOCAL_HOST = '127.0.0.1';
