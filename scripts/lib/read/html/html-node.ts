/**
 * The parse5 tree types the HTML reader works on, and the few questions every module asks of
 * an element. Names in an HTML tree are lower case, so attribute look-ups need no folding.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

/** Any node of a parsed page. */
export type HtmlNode = DefaultTreeAdapterMap['node'];
/** An element of a parsed page. */
export type HtmlElement = DefaultTreeAdapterMap['element'];

/**
 * The value of an element's attribute, or undefined.
 *
 * @example getAttribute(element, 'class') // 'article-body'
 */
export function getAttribute(element: HtmlElement, name: string): string | undefined {
  for (const attr of element.attrs) if (attr.name === name) return attr.value;
  return undefined;
}

/** True for elements (not text, comments or the document). */
export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** The element's parent element, or null at the top of the tree. */
export function getParentElement(element: HtmlElement): HtmlElement | null {
  const parent = element.parentNode;
  return parent !== null && 'tagName' in parent ? parent : null;
}
