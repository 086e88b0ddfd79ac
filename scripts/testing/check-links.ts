/**
 * The internal link check: every relative `href`, `src` and form `action` of every built page
 * must lead to a file of the site, and a `#fragment` to an element with that id in its target.
 *
 * Pure: takes the site as data (see `readSiteFiles` in `check-links-read.ts`) and returns the
 * broken links, so fixtures need no disk and the result never depends on the order files were read.
 */
import { posix } from 'node:path';
import { Parser } from 'htmlparser2';
import { compareText } from '../../src/lib/compare.ts';

/** A built site: every file path and the HTML of every page, paths relative to the root with "/". */
export interface SiteFiles {
  /** Every file of the site ("articles/x.html", "pagefind/pagefind-ui.js"). */
  files: ReadonlySet<string>;
  /** The text of every `.html` file, by path. */
  pages: ReadonlyMap<string, string>;
}

/** A link that leads nowhere. */
export interface BrokenLink {
  /** The page holding the link. */
  page: string;
  /** The link as written. */
  link: string;
  /** Why it is broken, and what to do. */
  reason: string;
}

/** Attributes that point at another file, by element; order does not matter. */
const linkAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  embed: ['src'],
  form: ['action'],
};

/**
 * Lists every broken internal link of `site`, sorted by page then link. Links with a scheme
 * (`https:`, `mailto:`) are not checked; root-relative links (`/x`) count as broken, because they
 * break when the site is served below a sub-path.
 *
 * @example checkLinks({ files: new Set(['index.html']), pages: new Map([['index.html', '<a href="a.html">']]) })
 * // [{ page: 'index.html', link: 'a.html', reason: 'no file a.html in the site' }]
 */
export function checkLinks(site: SiteFiles): BrokenLink[] {
  const parsed = new Map([...site.pages].map(([path, html]) => [path, parsePage(html)]));
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of parsed) {
    for (const link of links) {
      const reason = findProblem(page, link, site.files, parsed);
      if (reason !== null) broken.push({ page, link, reason });
    }
  }
  return broken.sort((a, b) => compareText(a.page, b.page) || compareText(a.link, b.link));
}

// Null when the link resolves; otherwise the reason it does not.
function findProblem(page: string, link: string, files: ReadonlySet<string>, parsed: Map<string, ParsedPage>): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return null;
  if (link.startsWith('/')) return 'root-relative: breaks when the site is served below a sub-path; link relative to the page';
  const hashAt = link.indexOf('#');
  const beforeHash = hashAt === -1 ? link : link.slice(0, hashAt);
  const fragment = hashAt === -1 ? null : link.slice(hashAt + 1);
  const pathPart = beforeHash.split('?')[0] ?? '';

  let target = page;
  if (pathPart !== '') {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      return `malformed percent-encoding in "${pathPart}"`;
    }
    const joined = posix.normalize(posix.join(posix.dirname(page), decoded));
    if (joined === '..' || joined.startsWith('../')) return 'leads above the site root';
    target = decoded.endsWith('/') || joined === '.' ? posix.join(joined, 'index.html') : joined;
    if (!files.has(target)) return `no file ${target} in the site`;
  }
  if (fragment === null || fragment === '') return null;

  const targetPage = parsed.get(target);
  if (targetPage === undefined) return `#${fragment} points into ${target}, which is not an HTML page`;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `malformed percent-encoding in "#${fragment}"`;
  }
  return targetPage.ids.has(id) ? null : `no element with id "${id}" in ${target}`;
}

interface ParsedPage {
  links: string[];
  ids: Set<string>;
}

function parsePage(html: string): ParsedPage {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) ids.add(attributes['id']);
        // Old-style anchors are fragment targets too.
        if (name === 'a' && attributes['name'] !== undefined) ids.add(attributes['name']);
        for (const attribute of linkAttributes[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) links.push(value.trim());
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { links, ids };
}
