import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** One entry of `content/notes.yaml`: a source note and how the site presents it. */
export const noteSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  order: z.number().int().min(1),
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  title: localizedText,
  summary: localizedText,
});
export type NoteData = z.infer<typeof noteSchema>;
