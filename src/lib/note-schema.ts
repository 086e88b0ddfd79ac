/**
 * The front-matter of a company's notes, `content/companies/<id>.mdx`: the site's collection and
 * the build's check of the notes (`scripts/lib/site/check-notes.ts`) use this one schema.
 * Environment-neutral.
 */
import { z } from 'astro/zod';
import { daySchema } from './schema.ts';

/** Folder of the hand-written notes, relative to the project root; one `<company id>.mdx` each. */
export const notesDir = 'content/companies';

/** Front-matter of one note; every field is optional. */
export const noteSchema = z
  .object({
    /** Heading of the notes; "Notes" when absent. */
    title: z.string().min(1).optional(),
    /** Who wrote them, shown under the heading. */
    author: z.string().min(1).optional(),
    /** Day of the last revision, `YYYY-MM-DD`. */
    updated: daySchema.optional(),
  })
  .strict();
