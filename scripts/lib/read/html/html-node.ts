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

/**
 * True when `element` is `ancestor` or stands inside it (never for a null ancestor).
 *
 * @example isInside(p, article) // true
 */
export function isInside(element: HtmlElement, ancestor: HtmlElement | null): boolean {
  for (let node: HtmlElement | null = element; node !== null; node = getParentElement(node)) if (node === ancestor) return true;
  return false;
}

/**
 * The text an element holds, white space collapsed, without scripts, styles and templates.
 *
 * @example getTextContent(h1) // 'Siemens raises outlook'
 */
export function getTextContent(element: HtmlElement): string {
  let text = '';
  const stack: HtmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    else if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template')) continue;
    else if (node.nodeName === 'br') text += ' ';
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
  }
  return text.replace(/\s+/g, ' ').trim();
}
