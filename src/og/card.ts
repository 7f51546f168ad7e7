/** What a share image (Open Graph / Twitter card) shows, and its size: a 1200x630 PNG with the page title and the site name. */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Where drawn PNGs are kept between builds, relative to the project's root; a fresh clone has none. */
export const OG_CACHE_DIR = 'node_modules/.cache/og-images';

export interface OgCard {
  /** The page's own title, drawn large. */
  title: string;
  /** Where the page belongs (the note, "Command reference"), drawn small above the title. */
  eyebrow?: string;
  siteName: string;
  /** BCP 47 language of the text, so line breaking follows the language. */
  lang: string;
}

/** Emoji (🐳 in a note title) are decoration the text font has no glyphs for: the card shows the words. */
export const withoutEmoji = (text: string) => text.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').replace(/\s+/g, ' ').trim();

/** The card as drawn: its title and eyebrow without emoji. */
export const drawnCard = (card: OgCard): OgCard => ({ ...card, title: withoutEmoji(card.title), eyebrow: card.eyebrow && withoutEmoji(card.eyebrow) });

/** Every character the card draws, for its fonts. */
export const cardText = (card: OgCard) => `${card.eyebrow ?? ''}${card.title}${card.siteName}`;
