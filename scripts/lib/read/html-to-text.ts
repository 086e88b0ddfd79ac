import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { normaliseText } from './decode-text.ts';
import { findPageHints, getAttribute, type PageParts } from './find-page-hints.ts';
import type { SourceHints } from '../types.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The readable text of a saved web page, one block per line, and what its metadata says. */
export type HtmlText = { text: string; hints: SourceHints };

// Never article text: code, embedded documents and media, forms, site chrome.
const droppedTags = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video',
  'audio', 'picture', 'img', 'figure', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'dialog', 'menu',
]);
const droppedRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar']);
// Class or id words of ads, cookie banners, share bars, teasers for other pages and the like.
const chromeName = /^(?:ads?|adv|ad[-_].*|.*[-_]ads?|.*[-_]ad[-_].*|(?:.*[-_])?shar(?:e|ing)(?:[-_].*)?|skip[-_]link|sr[-_]only|visually[-_]hidden|(?:.*[-_])?comments?(?:[-_].*)?)$|advert|banner|cookie|consent|gdpr|newsletter|promo|sponsor|social|related|recommend|paywall|subscribe|popup|modal|breadcrumb|sidebar|outbrain|taboola/i;
const blockTags = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul',
]);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Extracts the article from a saved web page with a real HTML parser (parse5, the WHATWG
 * algorithm): the `<article>` holding the most text, else `<main>`, else the body; navigation,
 * the page header, footers, asides, scripts, styles, forms, media, hidden elements, ads and
 * cookie banners dropped. Sub-headings become `## ` lines and list items `- ` lines, the way the
 * structure stage reads them. The headline is returned as a hint, not in the text. Character
 * references are decoded by the parser, so `&lt;script&gt;` is the text `<script>`.
 *
 * Every walk is iterative, so a page nested 100,000 elements deep cannot exhaust the stack.
 *
 * @example htmlToText('<article><h1>Siemens rises</h1><p>Shares rose.</p></article>') // { text: 'Shares rose.', hints: { origin: 'page metadata', title: 'Siemens rises' } }
 */
export function htmlToText(html: string): HtmlText {
  const parts = collectParts(parse(html));
  const root = chooseRoot(parts.articles, parts.main ?? parts.body ?? parts.document);
  parts.headline = findFirst(root, (element) => element.tagName === 'h1') ?? parts.firstH1;
  const hints = findPageHints(parts, (element) => toText(element, null));
  return { text: toText(root, parts.headline), hints };
}

type Collected = PageParts & { document: Node; articles: Element[]; main: Element | null; body: Element | null; firstH1: Element | null };

function collectParts(document: Node): Collected {
  const parts: Collected = { document, metas: [], titles: [], jsonLd: [], times: [], headline: null, articles: [], main: null, body: null, firstH1: null };
  const stack: { node: Node; inArticle: boolean; inText: boolean }[] = [{ node: document, inArticle: false, inText: false }];
  while (stack.length > 0) {
    const { node, inArticle, inText } = stack.pop()!;
    if (!('childNodes' in node)) continue;
    let nested = inArticle;
    let inParagraph = inText;
    if ('tagName' in node) {
      const tag = node.tagName;
      if (tag === 'meta') parts.metas.push(node);
      else if (tag === 'title') parts.titles.push(node);
      else if (tag === 'script' && getAttribute(node, 'type') === 'application/ld+json') parts.jsonLd.push(toText(node, null, true));
      else if (tag === 'time' && getAttribute(node, 'datetime') !== undefined) parts.times.push({ element: node, inText });
      else if (tag === 'article' && !inArticle) parts.articles.push(node);
      else if (tag === 'body') parts.body ??= node;
      else if (tag === 'h1') parts.firstH1 ??= node;
      if (tag === 'main' || getAttribute(node, 'role') === 'main') parts.main ??= node;
      nested = inArticle || tag === 'article';
      inParagraph = inText || tag === 'p';
    }
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]!, inArticle: nested, inText: inParagraph });
  }
  return parts;
}

// Outermost articles are disjoint, so measuring each of them stays linear in the page size.
function chooseRoot(articles: Element[], fallback: Node): Node {
  if (articles.length === 0) return fallback;
  const sized = articles.map((article) => ({ article, size: toText(article, null).length }));
  return sized.reduce((best, next) => (next.size > best.size ? next : best)).article;
}

function findFirst(root: Node, test: (element: Element) => boolean): Element | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('childNodes' in node)) continue;
    if ('tagName' in node && node !== root && isDropped(node)) continue;
    if ('tagName' in node && test(node)) return node;
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
  }
  return null;
}

function isDropped(element: Element): boolean {
  if (droppedTags.has(element.tagName)) return true;
  if (getAttribute(element, 'hidden') !== undefined || getAttribute(element, 'aria-hidden') === 'true') return true;
  if (droppedRoles.has(getAttribute(element, 'role') ?? '')) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(getAttribute(element, 'style') ?? '')) return true;
  const names = [...(getAttribute(element, 'class') ?? '').split(/\s+/), getAttribute(element, 'id') ?? ''];
  return names.some((name) => chromeName.test(name));
}

/**
 * The text of `root` as lines: blocks end lines, `<br>` breaks them, `<pre>` keeps its own.
 * `skip` (the headline) is left out; `raw` keeps everything (a script's JSON-LD text).
 */
function toText(root: Node, skip: Element | null, raw = false): string {
  const lines: string[] = [];
  let current = '';
  let prefix = '';
  let pre = 0;
  // The page's own header (logo, menu) is chrome; an article's header holds its byline.
  let articles = 'tagName' in root && root.tagName === 'article' ? 1 : 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') {
      lines.push(prefix + line);
      prefix = '';
    }
    current = '';
  };
  const stack: ({ node: Node } | { exit: Element })[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      const tag = step.exit.tagName;
      if (blockTags.has(tag)) flush();
      if (headingTags.has(tag) || tag === 'li') prefix = '';
      if (tag === 'pre') pre -= 1;
      if (tag === 'article') articles -= 1;
      continue;
    }
    const { node } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      if (pre > 0) {
        const [first, ...rest] = node.value.split('\n');
        current += first;
        for (const line of rest) {
          flush();
          current = line;
        }
      } else current += node.value;
      continue;
    }
    if (!('childNodes' in node)) continue;
    if ('tagName' in node && !raw && node !== root) {
      if (node === skip || isDropped(node)) continue;
      if (node.tagName === 'header' && articles === 0) continue;
      const tag = node.tagName;
      if (blockTags.has(tag) || tag === 'br') flush();
      if (headingTags.has(tag)) prefix = '## ';
      else if (tag === 'li') prefix = '- ';
      else if (tag === 'td' || tag === 'th') current += ' ';
      if (tag === 'pre') pre += 1;
      if (tag === 'article') articles += 1;
      stack.push({ exit: node });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]! });
  }
  flush();
  return normaliseText(lines.join('\n'));
}
