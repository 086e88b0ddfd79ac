/**
 * The site's content collections: the MDX articles that `npm run ingest` generates, and optional
 * hand-written notes about companies.
 *
 * The articles' schema is the front-matter contract shared with the ingest pipeline, so Astro
 * checks every file against the same rules the writer validated it with.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolveArticlesDir } from './lib/articles-dir.ts';
import { articleSchema } from './lib/schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { noteSchema, notesDir } from './lib/note-schema.ts';

/** Collections by name; both are read only through `src/content.ts`. */
export const collections = {
  // Article bodies are rendered to HTML by the loader, not compiled as MDX modules: bundling one
  // module per article was 40 % of the build (issue #7). Notes below stay real MDX.
  articles: defineCollection({
    loader: articlesLoader({ base: resolveArticlesDir(process.env) }),
    schema: articleSchema,
  }),
  // `content/companies/<id>.mdx`, shown on top of the company page with that id. The folder is
  // optional: without it Astro only warns and the collection is empty. `npm run build` checks
  // every note's front-matter before it starts (scripts/lib/site/check-notes.ts).
  companyNotes: defineCollection({
    loader: glob({ base: `./${notesDir}`, pattern: '*.mdx' }),
    schema: noteSchema,
  }),
};
