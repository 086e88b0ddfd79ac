/**
 * The site's content collections: the MDX articles that `npm run ingest` generates, and optional
 * hand-written notes about companies.
 *
 * The articles' schema is the front-matter contract shared with the ingest pipeline, so Astro
 * checks every file against the same rules the writer validated it with.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolveArticlesDir } from './lib/articles-dir.ts';
import { articleSchema } from './lib/schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { isoDay } from './lib/iso-date.ts';

/** Collections by name; both are read only through `src/content.ts`. */
export const collections = {
  // Article bodies are rendered to HTML by the loader, not compiled as MDX modules: bundling one
  // module per article was 40 % of the build (issue #7). Notes below stay real MDX.
  articles: defineCollection({
    loader: articlesLoader({ base: resolveArticlesDir(process.env) }),
    schema: articleSchema,
  }),
  // `content/companies/<id>.mdx`, shown on top of the company page with that id. The folder is
  // optional: without it Astro only warns and the collection is empty.
  companyNotes: defineCollection({
    loader: glob({ base: './content/companies', pattern: '*.mdx' }),
    schema: z.object({
      /** Heading of the notes; "Notes" when absent. */
      title: z.string().min(1).optional(),
      /** Who wrote them, shown under the heading. */
      author: z.string().min(1).optional(),
      /** Day of the last revision, `YYYY-MM-DD`. */
      updated: z.string().regex(isoDay, 'expected YYYY-MM-DD').optional(),
    }),
  }),
};
