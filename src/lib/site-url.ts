/**
 * The optional absolute address the site is published at, for sitemap, canonical and OpenGraph
 * URLs. Without it the site emits no absolute URL at all and works wherever it is put.
 *
 * Environment-neutral: takes the environment as an argument.
 */
import { homePath } from './paths.ts';

/** Name of the environment variable that sets the site's absolute URL at build time. */
export const siteUrlVariable = 'DOSSIER_SITE_URL';

/**
 * Returns the site URL named by `env` with a trailing slash, or undefined when it is unset or
 * empty. Throws when it is not an absolute http(s) URL.
 *
 * @example resolveSiteUrl({ DOSSIER_SITE_URL: 'https://intranet.example/wiki/research' }) // 'https://intranet.example/wiki/research/'
 */
export function resolveSiteUrl(env: Record<string, string | undefined>): string | undefined {
  const value = env[siteUrlVariable]?.trim();
  if (value === undefined || value === '') return undefined;
  const url = URL.parse(value);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new Error(
      `${siteUrlVariable} is ${JSON.stringify(value)}, which is not the absolute http(s) address of a folder.\n` +
        `Set it like ${siteUrlVariable}=https://intranet.example/wiki/research/ or unset it to build a site without absolute URLs.`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Returns the absolute URL of the page at `path` (relative to the site root); a folder's
 * index page is named by its folder, as servers publish it.
 *
 * @example toPageUrl(new URL('https://x.example/r/'), 'articles/a.html') // 'https://x.example/r/articles/a.html'
 * @example toPageUrl(new URL('https://x.example/r/'), 'index.html') // 'https://x.example/r/'
 */
export function toPageUrl(site: URL, path: string): string {
  const folder = path === homePath || path.endsWith(`/${homePath}`) ? path.slice(0, -homePath.length) : path;
  return new URL(folder, site).href;
}
