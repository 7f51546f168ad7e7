import { z } from 'astro/zod';

/** Front matter of one chapter page, `content/notes/<lang>/<note>/<chapter>.mdx`. */
export const chapterSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(10).max(200),
  order: z.number().int().min(0),
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'source must name a file in content/sources/'),
});
export type ChapterData = z.infer<typeof chapterSchema>;
