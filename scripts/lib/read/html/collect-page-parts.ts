import { getAttribute, isElement, type HtmlElement, type HtmlNode } from './html-node.ts';

/** The parts of a parsed page its metadata is read from, collected in one walk. */
export type PageParts = {
  html: HtmlElement | null;
  body: HtmlElement | null;
  /** `<meta>` elements, and elements stating microdata or RDFa in a `content` attribute. */
  metas: HtmlElement[];
  titles: HtmlElement[];
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `<time>` elements, and whether each stands inside running text (a `<p>`). */
  times: { element: HtmlElement; inText: boolean }[];
  h1s: HtmlElement[];
  /** `<link rel=canonical>` elements. */
  canonicals: HtmlElement[];
};

/**
 * Collects a page's `<meta>` (and elements that state microdata or RDFa in a `content`
 * attribute), `<title>`, JSON-LD blocks, `<time>`, `<h1>` and canonical `<link>` elements and
 * its `<html>` and `<body>`, in one iterative walk.
 *
 * @example collectPageParts(parse(html)).titles.length // 1
 */
export function collectPageParts(document: HtmlNode): PageParts {
  const parts: PageParts = { html: null, body: null, metas: [], titles: [], jsonLd: [], times: [], h1s: [], canonicals: [] };
  const stack: { node: HtmlNode; inText: boolean }[] = [{ node: document, inText: false }];
  while (stack.length > 0) {
    const { node, inText } = stack.pop()!;
    if (!('childNodes' in node)) continue;
    let inParagraph = inText;
    if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'meta' || isMicrodata(node)) parts.metas.push(node);
      if (tag === 'title') parts.titles.push(node);
      else if (tag === 'script') {
        if (getAttribute(node, 'type')?.trim().toLowerCase() === 'application/ld+json') parts.jsonLd.push(toRawText(node));
        continue;
      } else if (tag === 'style' || tag === 'template') continue;
      else if (tag === 'time') parts.times.push({ element: node, inText });
      else if (tag === 'h1') parts.h1s.push(node);
      else if (tag === 'link' && getAttribute(node, 'rel')?.toLowerCase() === 'canonical') parts.canonicals.push(node);
      else if (tag === 'body') parts.body ??= node;
      else if (tag === 'html') parts.html ??= node;
      inParagraph = inText || tag === 'p';
    }
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]!, inText: inParagraph });
  }
  return parts;
}

function toRawText(element: HtmlElement): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

// An element that states a fact about the page in microdata or RDFa rather than showing it:
// `<span itemprop="datePublished" content="2020-03-18T13:15">18.03.2020</span>`.
function isMicrodata(element: HtmlElement): boolean {
  return getAttribute(element, 'content') !== undefined && (getAttribute(element, 'itemprop') !== undefined || getAttribute(element, 'property') !== undefined);
}
