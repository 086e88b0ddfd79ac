/**
 * Turns a root-absolute URL ("/_astro/x.css", "/articles/") into one relative to the file that
 * holds it, so one `dist/` works at the web root, under any sub-path and from `file://`.
 *
 * Environment-neutral. Paths are relative to the site root with "/" separators ("articles/x.html").
 */
import { homePath, toRelativeHref } from './paths.ts';

/** What the rewriter may know about the built site. */
export type RelativeUrlOptions = {
  /**
   * Whether a file exists at a site path (decoded, "articles/x.html"). With it, an extensionless
   * page URL ("/articles/x") becomes "articles/x.html" when only that file exists.
   */
  exists?: ((path: string) => boolean) | undefined;
};

/**
 * Returns `url` relative to the file at `from` when it is root-absolute, else null (relative,
 * absolute, protocol-relative, `data:` and fragment-only URLs are left alone). A folder URL gets
 * its `index.html`, because `file://` shows a folder as a listing. Query and fragment are kept.
 *
 * @example toRelativeUrl('articles/a.html', '/favicon.svg') // '../favicon.svg'
 * @example toRelativeUrl('index.html', '/companies/?x=1#top') // 'companies/index.html?x=1#top'
 * @example toRelativeUrl('index.html', 'https://example.org/') // null
 */
export function toRelativeUrl(from: string, url: string, options: RelativeUrlOptions = {}): string | null {
  const trimmed = url.trim();
  // "//host/x" is protocol-relative and "/\host" is read the same way by browsers: both leave the site.
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || trimmed.startsWith('/\\')) return null;
  const path = toSitePath(trimmed, options);
  return toRelativeHref(from, path.pathname) + path.suffix;
}

/**
 * Returns the site path a root-absolute URL points at, split from its query and fragment.
 *
 * @example toSitePath('/articles/?q=1') // { pathname: 'articles/index.html', suffix: '?q=1' }
 */
export function toSitePath(url: string, options: RelativeUrlOptions = {}): { pathname: string; suffix: string } {
  const cut = url.search(/[?#]/);
  const pathname = (cut === -1 ? url : url.slice(0, cut)).replace(/^\/+/, '');
  const suffix = cut === -1 ? '' : url.slice(cut);
  if (pathname === '') return { pathname: homePath, suffix };
  if (pathname.endsWith('/')) return { pathname: `${pathname}${homePath}`, suffix };
  if (options.exists && !options.exists(decodePath(pathname)) && options.exists(decodePath(`${pathname}.html`))) {
    return { pathname: `${pathname}.html`, suffix };
  }
  return { pathname, suffix };
}

// A malformed escape ("%E0%A4%A") is kept as written rather than failing the build over one link.
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * Rewrites every root-absolute URL of a `srcset` candidate list, keeping the descriptors.
 *
 * @example toRelativeSrcset('articles/a.html', '/a.png 1x, /b.png 2x') // '../a.png 1x, ../b.png 2x'
 */
export function toRelativeSrcset(from: string, srcset: string, options: RelativeUrlOptions = {}): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (whole, space: string, url: string) => {
      const relative = toRelativeUrl(from, url, options);
      return relative === null ? whole : `${space}${relative}`;
    }))
    .join(',');
}

/**
 * Rewrites root-absolute `url(…)` and `@import "…"` references in a style sheet or a `style`
 * attribute, relative to the file at `from`. Returns the same string when nothing changes.
 *
 * @example toRelativeCss('articles/a.html', 'a{background:url("/bg.svg")}') // 'a{background:url("../bg.svg")}'
 */
export function toRelativeCss(from: string, css: string, options: RelativeUrlOptions = {}): string {
  return css
    .replace(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi, (whole, double?: string, single?: string, bare?: string) => {
      const url = double ?? single ?? bare ?? '';
      const relative = toRelativeUrl(from, url, options);
      if (relative === null) return whole;
      const quote = double !== undefined ? '"' : single !== undefined ? "'" : '';
      return `url(${quote}${relative}${quote})`;
    })
    .replace(/@import\s+(["'])([^"']*)\1/gi, (whole, quote: string, url: string) => {
      const relative = toRelativeUrl(from, url, options);
      return relative === null ? whole : `@import ${quote}${relative}${quote}`;
    });
}
