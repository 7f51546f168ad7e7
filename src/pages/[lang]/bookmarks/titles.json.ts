import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../i18n/index.ts';
import { readingTitles } from '../../../components/reading/reading-titles.ts';

export const getStaticPaths = () => LOCALES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => Response.json(await readingTitles(params.lang as Locale));
