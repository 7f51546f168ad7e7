import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/**
 * One entry of `content/glossary.yaml`: a term in every site language (the Korean one and the English the
 * translation uses for it). An entry that settles a concept also names the Korean variants the site does not
 * use (`rejected`); the term test fails on them in the reference, the UI strings and the site's own Korean
 * text. `unless` lists longer words that contain a rejected variant but are something else (시각화 is not 시각).
 * A variant the notes use can also be an entry of its own (개인 저장소): the English pages translate the notes'
 * words by it.
 */
export const glossaryEntrySchema = localizedText
  .extend({
    rejected: z.array(z.string().min(1)).optional(),
    unless: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const variant of entry.rejected ?? []) {
      if (entry.ko.includes(variant) && !(entry.unless ?? []).includes(entry.ko)) ctx.addIssue({ code: 'custom', path: ['rejected'], message: `the preferred term ${entry.ko} contains its rejected variant ${variant}` });
    }
    if (entry.unless && !entry.rejected) ctx.addIssue({ code: 'custom', path: ['unless'], message: 'unless only makes sense next to rejected' });
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
