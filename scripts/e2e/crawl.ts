/**
 * Follows every link and asset of a built site from its home page, through whatever home it is
 * in (a server or a folder), without a browser (Node only).
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;

/** How to read one URL of the home: the bytes' text when it exists, null when it does not. */
export type ReadUrl = (url: URL) => Promise<string | null>;

/** What a crawl found: every site URL reached (without query or fragment), and what is wrong. */
export type CrawlResult = { pages: string[]; files: string[]; broken: string[]; external: string[] };

// Attributes whose URL the browser loads or the reader follows.
const linkAttributes = ['href', 'src', 'action', 'poster', 'data'];

/**
 * Crawls from `start` (the home page URL), following the links of every HTML page inside
 * `siteRoot`. A URL outside `siteRoot` is listed as `external`, one that does not load as `broken`
 * (with the page that links to it).
 */
export async function crawlSite(start: URL, siteRoot: URL, read: ReadUrl): Promise<CrawlResult> {
  const seen = new Set<string>();
  const pages: string[] = [];
  const files: string[] = [];
  const broken: string[] = [];
  const external = new Set<string>();
  const queue: { url: URL; from: string }[] = [{ url: start, from: '(start)' }];
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    url.search = '';
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const text = await read(url);
    if (text === null) {
      broken.push(`${url.href} (linked from ${from})`);
      continue;
    }
    if (!url.pathname.endsWith('.html')) {
      files.push(url.href);
      continue;
    }
    pages.push(url.href);
    for (const link of extractLinks(text)) {
      if (/^(#|data:|mailto:|tel:|javascript:)/i.test(link)) continue;
      const target = new URL(link, url);
      if (!target.href.startsWith(siteRoot.href)) external.add(`${target.href} (linked from ${url.href})`);
      else queue.push({ url: target, from: url.href });
    }
  }
  return { pages: pages.sort(), files: files.sort(), broken, external: [...external].sort() };
}

/** Returns every URL a page links to or loads, `srcset` candidates included. */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) {
      for (const attribute of node.attrs) {
        if (linkAttributes.includes(attribute.name)) links.push(attribute.value.trim());
        if (attribute.name === 'srcset') links.push(...attribute.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
      }
    }
    if ('content' in node && node.nodeName === 'template') visit(node.content as Node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return links.filter((link) => link !== '');
}
