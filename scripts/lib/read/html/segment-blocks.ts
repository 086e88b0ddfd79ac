import { blockTags, chromeRoles, chromeTags, droppedTags } from './html-tags.ts';
import { getAttribute, isElement, type HtmlElement, type HtmlNode } from './html-node.ts';
import { isChromeName } from './is-chrome-name.ts';

/** A run of text that one block element holds itself (not inside a nested block). */
export type TextBlock = {
  /** The innermost block element around the text. */
  owner: HtmlElement;
  /** The text, white space collapsed. */
  text: string;
  /** Characters of text inside links. */
  linkChars: number;
  /** Position in the page, in document order. */
  index: number;
};

/** A page's text blocks and the elements that look like page chrome. */
export type Segmented = {
  blocks: TextBlock[];
  /** Elements whose tag, role or class name says page chrome; a guess the scorer weighs. */
  chrome: Set<HtmlElement>;
};

/**
 * Cuts a page's body into text blocks, skipping what is never shown as text (scripts, styles,
 * media, form controls, hidden elements) and marking elements whose tag, role or name says
 * page chrome. Iterative, so a page nested 100,000 elements deep cannot exhaust the stack.
 *
 * @example segmentBlocks(body).blocks.map((b) => b.text) // ['Siemens raises outlook', 'Shares rose 3%.']
 */
export function segmentBlocks(root: HtmlElement): Segmented {
  const blocks: TextBlock[] = [];
  const chrome = new Set<HtmlElement>();
  const owners: HtmlElement[] = [];
  let text = '';
  let link = '';
  let links = 0;
  const flush = () => {
    const owner = owners[owners.length - 1];
    const collapsed = text.includes('  ') || /[\n\t\r\f]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
    if (owner !== undefined && collapsed !== '') {
      blocks.push({ owner, text: collapsed, linkChars: Math.min(collapsed.length, link.replace(/\s+/g, ' ').trim().length), index: blocks.length });
    }
    text = '';
    link = '';
  };
  const stack: ({ node: HtmlNode } | { exit: HtmlElement })[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      const tag = step.exit.tagName;
      if (tag === 'a') links -= 1;
      else if (blockTags.has(tag)) {
        flush();
        owners.pop();
      }
      continue;
    }
    const { node } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      text += node.value;
      if (links > 0) link += node.value;
      continue;
    }
    if (!('childNodes' in node)) continue;
    if (isElement(node)) {
      if (isHidden(node)) continue;
      const tag = node.tagName;
      if (tag === 'br') {
        text += '\n';
        continue;
      }
      if (chromeTags.has(tag) || chromeRoles.has(getAttribute(node, 'role') ?? '') || isChromeName(node)) chrome.add(node);
      if (tag === 'a') links += 1;
      else if (blockTags.has(tag)) {
        flush();
        owners.push(node);
      }
      stack.push({ exit: node });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]! });
  }
  flush();
  return { blocks, chrome };
}

/**
 * True for what a browser never shows as text: scripts, styles, media, form controls, and
 * elements hidden by `hidden`, `aria-hidden` or an inline `display: none`.
 */
export function isHidden(element: HtmlElement): boolean {
  if (droppedTags.has(element.tagName)) return true;
  for (const attr of element.attrs) {
    if (attr.name === 'hidden') return true;
    if (attr.name === 'aria-hidden' && attr.value === 'true') return true;
    if (attr.name === 'style' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr.value)) return true;
  }
  return false;
}
