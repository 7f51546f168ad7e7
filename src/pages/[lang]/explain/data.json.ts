import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../i18n/index.ts';
import { getCommands } from '../../../content/commands.ts';
import { explainData } from '../../../reference/explain-data.ts';
import { documentedCommandNames } from '../../../content/command-names.ts';

export const getStaticPaths = () => LOCALES.map((lang) => ({ params: { lang } }));

/** The explainer's data for one language, from whatever reference entries exist at build time. */
export const GET: APIRoute = async ({ params }) => Response.json(explainData(await getCommands(), params.lang as Locale, documentedCommandNames()));
