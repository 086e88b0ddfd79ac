/**
 * Makes every root-absolute URL in an HTML page relative to the page (see `relative-url.ts`).
 *
 * Environment-neutral. The page is parsed with parse5, the WHATWG parser browsers follow, and only
 * the bytes of the attributes and style sheets that change are replaced: the rest of the file is
 * kept exactly as Astro wrote it, and a page that needs no change comes back as the same string.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { mayHoldRootAbsoluteUrl } from './may-hold-root-absolute-url.ts';
import { toRelativeCss, toRelativeSrcset, toRelativeUrl, toSitePath, type RelativeUrlOptions } from './relative-url.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** What the page rewriter needs beyond the relative-URL options. */
export type RewriteHtmlOptions = RelativeUrlOptions & {
  /**
   * The site's absolute URL, ending in "/". When set, canonical links and OpenGraph/Twitter URLs
   * become absolute against it (crawlers need them absolute); without it they become relative.
   */
  site?: URL | undefined;
};

// Attributes whose whole value is one URL, on any element (href covers a, link, area and SVG use).
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background']);
const srcsetAttributes = new Set(['srcset', 'imagesrcset']);

type Edit = { start: number; end: number; text: string };

/**
 * Returns `html` with every root-absolute URL made relative to `pagePath` (the page's path from
 * the site root). Returns the very same string when there is nothing to rewrite.
 *
 * @example rewriteHtmlUrls('<a href="/x/">x</a>', 'articles/a.html') // '<a href="../x/index.html">x</a>'
 */
export function rewriteHtmlUrls(html: string, pagePath: string, options: RewriteHtmlOptions = {}): string {
  // Most built pages hold no root-absolute URL at all: those are not parsed.
  if (!mayHoldRootAbsoluteUrl(html)) return html;
  const edits: Edit[] = [];
  collectEdits(parse(html, { sourceCodeLocationInfo: true }), html, pagePath, options, edits);
  if (edits.length === 0) return html;
  // Apply from the end so earlier offsets stay valid.
  edits.sort((a, b) => b.start - a.start);
  let result = html;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function collectEdits(node: ParentNode, html: string, pagePath: string, options: RewriteHtmlOptions, edits: Edit[]): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    collectAttributeEdits(child, html, pagePath, options, edits);
    if (child.tagName === 'style') collectStyleEdit(child, html, pagePath, options, edits);
    if (child.tagName === 'template' && 'content' in child) collectEdits(child.content, html, pagePath, options, edits);
    collectEdits(child, html, pagePath, options, edits);
  }
}

function collectAttributeEdits(element: Element, html: string, pagePath: string, options: RewriteHtmlOptions, edits: Edit[]): void {
  const locations = element.sourceCodeLocation?.attrs;
  if (!locations) return;
  for (const attribute of element.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
    const location = locations[name];
    if (!location) continue;
    const value = rewriteAttribute(element, name, attribute.value, pagePath, options);
    if (value === null || value === attribute.value) continue;
    // Keep the name as written; the value is written double-quoted and escaped.
    const raw = html.slice(location.startOffset, location.endOffset);
    const equals = raw.indexOf('=');
    const written = equals === -1 ? raw : raw.slice(0, equals);
    edits.push({ start: location.startOffset, end: location.endOffset, text: `${written}="${escapeAttribute(value)}"` });
  }
}

function rewriteAttribute(element: Element, name: string, value: string, pagePath: string, options: RewriteHtmlOptions): string | null {
  if (urlAttributes.has(name)) {
    if (name === 'href' && element.tagName === 'link' && isCanonical(element)) return toAbsoluteOrRelative(value, pagePath, options);
    return toRelativeUrl(pagePath, value, options);
  }
  if (srcsetAttributes.has(name)) return toRelativeSrcset(pagePath, value, options);
  if (name === 'style') return toRelativeCss(pagePath, value, options);
  if (name === 'content' && element.tagName === 'meta') return rewriteMetaContent(element, value, pagePath, options);
  return null;
}

// <meta property="og:image">, <meta name="twitter:url">, <meta http-equiv="refresh" content="0;url=/x">.
function rewriteMetaContent(element: Element, value: string, pagePath: string, options: RewriteHtmlOptions): string | null {
  const key = (readAttribute(element, 'property') ?? readAttribute(element, 'name') ?? '').toLowerCase();
  if (key.startsWith('og:') || key.startsWith('twitter:')) return toAbsoluteOrRelative(value, pagePath, options);
  if ((readAttribute(element, 'http-equiv') ?? '').toLowerCase() === 'refresh') {
    return value.replace(/^(\s*\d+\s*[;,]\s*url\s*=\s*['"]?)([^'"]*)/i, (whole, head: string, url: string) => {
      const relative = toRelativeUrl(pagePath, url, options);
      return relative === null ? whole : head + relative;
    });
  }
  return null;
}

function toAbsoluteOrRelative(value: string, pagePath: string, options: RewriteHtmlOptions): string | null {
  const url = value.trim();
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  if (!options.site) return toRelativeUrl(pagePath, url, options);
  const { pathname, suffix } = toSitePath(url, options);
  return new URL(pathname + suffix, options.site).href;
}

function isCanonical(element: Element): boolean {
  return (readAttribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical');
}

function readAttribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

function collectStyleEdit(style: Element, html: string, pagePath: string, options: RewriteHtmlOptions, edits: Edit[]): void {
  const text = style.childNodes[0];
  const location = text?.sourceCodeLocation;
  if (!location) return;
  // Style text is raw: no entities, so the source slice is the CSS itself.
  const css = html.slice(location.startOffset, location.endOffset);
  const rewritten = toRelativeCss(pagePath, css, options);
  if (rewritten !== css) edits.push({ start: location.startOffset, end: location.endOffset, text: rewritten });
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
