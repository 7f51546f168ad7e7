import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** One intended difference between a source note and its Korean page. */
export const correctionSchema = z.object({
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  line: z.number().int().min(1),
  from: z.string().min(1),
  to: z.string(),
  page: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'page is <note>/<chapter>'),
  anchor: z.string().regex(/^[a-z0-9-]+$/).optional(),
  reason: localizedText,
  /**
   * Set when the original is a command Docker has removed (the release that removed it): the code block
   * that holds the corrected command shows the original and the reason right under it.
   */
  removedIn: z.string().regex(/^\d+\.\d+$/, 'removedIn is a Docker release such as 26.0').optional(),
});
export type CorrectionData = z.infer<typeof correctionSchema>;
