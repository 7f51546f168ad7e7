import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { SHELLS } from './shells.ts';

/** One shell variant the site adds to a note (a tab the note does not have), with why it is there. */
export const addedCommandSchema = z.object({
  page: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'page is <note>/<chapter>'),
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  shell: z.enum(SHELLS),
  /** The tab's code on the Korean page. */
  code: z.string().min(1),
  reason: localizedText,
});
export type AddedCommandData = z.infer<typeof addedCommandSchema>;
