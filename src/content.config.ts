/**
 * The site's one content collection: the MDX articles that `npm run ingest` generates.
 *
 * The schema is the front-matter contract shared with the ingest pipeline, so Astro checks every
 * file against the same rules the writer validated it with.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolveArticlesDir } from './lib/articles-dir.ts';
import { articleSchema } from './lib/schema.ts';

/** Collections by name; `articles` is read only through `src/content.ts`. */
export const collections = {
  articles: defineCollection({
    loader: glob({ base: resolveArticlesDir(process.env), pattern: '**/*.mdx' }),
    schema: articleSchema,
  }),
};
