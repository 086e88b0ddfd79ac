/**
 * The naive baseline of issue #7: what a newcomer builds with the same stack. One MDX file per
 * article in a plain `glob` collection with @astrojs/mdx, one page per article and a home page
 * listing them, then the Pagefind CLI over the whole site. No schema, no search markup, no tuning.
 *
 * The project has no package.json of its own: it lives under the repository's `bench/.work/`,
 * so Node finds astro, @astrojs/mdx and pagefind in the repository's node_modules.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Folder, inside the naive project, that holds the article MDX files. */
export const naiveArticlesFolder = 'src/articles';

/** The naive project's files by path (all but the articles). */
export const naiveProjectFiles: Record<string, string> = {
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  // Keep Astro's cache inside this folder, away from the repository's node_modules/.astro.
  cacheDir: './.cache',
  build: { format: 'file' },
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ base: './${naiveArticlesFolder}', pattern: '**/*.mdx' }) }),
};
`,
  'src/components/Fig.astro': `<mark><slot /></mark>
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Fig from '../components/Fig.astro';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang={article.data.lang ?? 'en'}>
  <head><meta charset="utf-8" /><title>{article.data.title}</title></head>
  <body>
    <article>
      <h1>{article.data.title}</h1>
      <p>{article.data.date}</p>
      <Content components={{ Fig }} />
    </article>
  </body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';

const articles = await getCollection('articles');
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Articles</title></head>
  <body>
    <ul>{articles.map((article) => <li><a href={\`\${article.id}.html\`}>{article.data.title}</a></li>)}</ul>
  </body>
</html>
`,
};

/** Writes the naive project into `root` with a copy of the MDX files in `articlesDir`. */
export async function writeNaiveProject(root: string, articlesDir: string): Promise<void> {
  for (const [path, content] of Object.entries(naiveProjectFiles)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  await cp(articlesDir, join(root, naiveArticlesFolder), { recursive: true });
}
