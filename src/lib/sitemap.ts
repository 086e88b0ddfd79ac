/**
 * The sitemap of a site published at a known absolute URL.
 *
 * Environment-neutral.
 *
 * @see https://www.sitemaps.org/protocol.html
 */
import { escapeXml } from './escape-xml.ts';
import { notFoundPath, searchPath } from './paths.ts';
import { toPageUrl } from './site-url.ts';

/** File name of the sitemap at the site root. */
export const sitemapPath = 'sitemap.xml';

// Search results and the missing-page page are no content of their own.
const unlisted = new Set([notFoundPath, searchPath]);

/**
 * Returns the sitemap XML for the HTML pages among `paths` (site paths, in the order given).
 *
 * @example toSitemap(new URL('https://x.example/'), ['index.html']) // '…<url><loc>https://x.example/</loc></url>…'
 */
export function toSitemap(site: URL, paths: readonly string[]): string {
  const entries = paths
    .filter((path) => path.endsWith('.html') && !unlisted.has(path))
    .map((path) => `  <url><loc>${escapeXml(toPageUrl(site, path))}</loc></url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</urlset>\n`;
}
