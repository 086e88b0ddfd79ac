/**
 * Which folder of generated articles the site is built from.
 *
 * `npm run build -- --out DIR` sets the variable for Astro; without it the site reads
 * `content/articles`. Environment-neutral: takes the environment as an argument.
 */

/** Name of the environment variable that points Astro at another articles folder. */
export const articlesDirVariable = 'DOSSIER_ARTICLES_DIR';

/** Default folder of generated articles, relative to the project root. */
export const defaultArticlesDir = './content/articles';

/** Returns the articles folder named by `env`, else the default. */
export function resolveArticlesDir(env: Record<string, string | undefined>): string {
  const dir = env[articlesDirVariable];
  return dir === undefined || dir === '' ? defaultArticlesDir : dir;
}
