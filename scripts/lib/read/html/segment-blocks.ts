import { parseFragment } from 'parse5';
import { blockTags, chromeRoles, chromeTags, droppedTags, headingTags } from './html-tags.ts';
import { getAttribute, isElement, type HtmlElement, type HtmlNode } from './html-node.ts';
import { isChromeName } from './is-chrome-name.ts';

/** A run of text that one block element holds itself (not inside a nested block): a line. */
export type TextBlock = {
  /** The innermost block element around the text. */
  owner: HtmlElement;
  /** The text, white space collapsed; `<br>` and `<pre>` line breaks kept as `\n`. */
  text: string;
  /** `## ` for a heading, `- ` or `3. ` for the first line of a list item, else empty. */
  prefix: string;
  /** Characters of text inside links. */
  linkChars: number;
  /** Links that start in the block. */
  links: number;
};

/**
 * Whether a block is running text: not a heading, at least `minLength` characters, less than
 * half of them link text.
 *
 * @example isRunningText({ prefix: '', text: 'Shares rose sharply after the results.', linkChars: 0 }, 20) // true
 */
export function isRunningText(block: Pick<TextBlock, 'prefix' | 'text' | 'linkChars'>, minLength: number): boolean {
  return block.prefix !== '## ' && block.text.length >= minLength && block.linkChars < 0.5 * block.text.length;
}

/** A page's text blocks and the elements that look like page chrome. */
export type Segmented = {
  blocks: TextBlock[];
  /** Elements whose tag or ARIA role says page chrome (`nav`, `aside`, `role=banner`). */
  chrome: Set<HtmlElement>;
  /** Elements whose class or id names page chrome: a guess the scorer weighs. */
  named: Set<HtmlElement>;
};

// Stands for a kept line break while runs of white space are collapsed (a private-use character).
const lineBreak = '\uE000';

/**
 * Cuts a page's body into text blocks in document order, skipping what is never shown as text
 * (scripts, styles, media, form controls, hidden elements; a script's HTML template is read as
 * the markup it shows) and marking elements whose tag, role
 * or name says page chrome. Items of a numbered list carry their number (from `start` or
 * `value`). Iterative, so a page nested 100,000 elements deep cannot exhaust the stack.
 *
 * @example segmentBlocks(body).blocks.map((b) => b.prefix + b.text) // ['## The numbers', '1. Revenue rose.']
 */
export function segmentBlocks(root: HtmlElement): Segmented {
  const blocks: TextBlock[] = [];
  const chrome = new Set<HtmlElement>();
  const named = new Set<HtmlElement>();
  const owners: HtmlElement[] = [];
  // Each open list: its next number, or null for a bulleted one.
  const lists: (number | null)[] = [];
  let text = '';
  let link = '';
  let links = 0;
  let linkDepth = 0;
  let pre = 0;
  let prefix = '';
  const flush = () => {
    const owner = owners[owners.length - 1];
    const lines = text.replace(/\s+/g, ' ').split(lineBreak).map((line) => line.trim()).filter((line) => line !== '');
    if (owner !== undefined && lines.length > 0) {
      const joined = lines.join('\n');
      const linkChars = link === '' ? 0 : Math.min(joined.length, link.replace(/\s+/g, ' ').trim().length);
      blocks.push({ owner, text: joined, prefix, linkChars, links });
      prefix = '';
    }
    text = '';
    link = '';
    links = 0;
  };
  const stack: ({ node: HtmlNode } | { exit: HtmlElement })[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      const tag = step.exit.tagName;
      if (tag === 'a') linkDepth -= 1;
      else if (blockTags.has(tag)) {
        flush();
        owners.pop();
        if (headingTags.has(tag) || tag === 'li') prefix = '';
        else if (tag === 'ol' || tag === 'ul') lists.pop();
        else if (tag === 'pre') pre -= 1;
      }
      continue;
    }
    const { node } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      const value = pre > 0 ? node.value.replaceAll('\n', lineBreak) : node.value;
      text += value;
      if (linkDepth > 0) link += value;
      continue;
    }
    if (!isElement(node)) {
      if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]! });
      continue;
    }
    const tag = node.tagName;
    if (tag === 'script' && isMarkupTemplate(node)) expandTemplate(node);
    else if (isHidden(node)) continue;
    if (tag === 'br') {
      text += lineBreak;
      continue;
    }
    if (chromeTags.has(tag) || chromeRoles.has(getAttribute(node, 'role') ?? '')) chrome.add(node);
    else if (isChromeName(node)) named.add(node);
    if (tag === 'a') {
      linkDepth += 1;
      links += 1;
    } else if (blockTags.has(tag)) {
      flush();
      owners.push(node);
      if (headingTags.has(tag)) prefix = '## ';
      else if (tag === 'li') prefix = toItemMarker(node, lists);
      else if (tag === 'ol') lists.push(toStart(node));
      else if (tag === 'ul') lists.push(null);
      else if (tag === 'pre') pre += 1;
    }
    stack.push({ exit: node });
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]! });
  }
  flush();
  return { blocks, chrome, named };
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

// A client-side template the page's script shows as its content (`<script type="text/template">`
// with the post's paragraphs in it, as blog platforms save it).
function isMarkupTemplate(script: HtmlElement): boolean {
  const type = getAttribute(script, 'type')?.trim().toLowerCase();
  if (type !== 'text/template' && type !== 'text/html' && type !== 'text/x-template') return false;
  const text = script.childNodes[0];
  return text !== undefined && 'value' in text && /<(?:p|div|h[1-6]|ul|ol|br)\b/i.test(text.value);
}

// Parses the template's markup into the script element's place in the tree.
function expandTemplate(script: HtmlElement): void {
  const text = script.childNodes[0];
  if (text === undefined || !('value' in text)) return;
  const fragment = parseFragment(text.value);
  for (const child of fragment.childNodes) child.parentNode = script;
  script.childNodes = fragment.childNodes;
}

// "- " in a bulleted list (or an item outside any list), "3. " in a numbered one.
function toItemMarker(item: HtmlElement, lists: (number | null)[]): string {
  const depth = lists.length - 1;
  const next = lists[depth];
  if (next === null || next === undefined) return '- ';
  const value = Number.parseInt(getAttribute(item, 'value') ?? '', 10);
  const number = Number.isFinite(value) ? value : next;
  lists[depth] = number + 1;
  return `${number}. `;
}

function toStart(list: HtmlElement): number {
  const start = Number.parseInt(getAttribute(list, 'start') ?? '', 10);
  return Number.isFinite(start) ? start : 1;
}
