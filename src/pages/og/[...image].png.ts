/** The share images, drawn at build time: /og/<lang>/home.png, /og/<lang>/notes/<note>.png, /og/<lang>/reference/<group>.png. */
import type { APIRoute } from 'astro';
import { ogImages } from '../../og/cards.ts';
import type { OgCard } from '../../og/card.ts';
import { renderOgImage } from '../../og/render.ts';

export async function getStaticPaths() {
  return (await ogImages()).map(({ key, card }) => ({ params: { image: key }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) =>
  // A copy typed as a plain ArrayBuffer view, which is what Response accepts.
  new Response(new Uint8Array(await renderOgImage((props as { card: OgCard }).card)), { headers: { 'Content-Type': 'image/png' } });
