import { normaliseText } from '../decode-text.ts';
import { blockTags, headingTags } from './html-tags.ts';
import { getAttribute, isElement, type HtmlElement, type HtmlNode } from './html-node.ts';
import { isHidden } from './segment-blocks.ts';

/**
 * The text of `root` as lines, the way the structure stage reads them: blocks end lines, `<br>`
 * breaks them, `<pre>` keeps its own; headings become `## ` lines, items of a bulleted list
 * `- ` lines and items of a numbered list `1. ` lines (from the list's `start`, or an item's
 * `value`); table cells are joined by spaces, a row to a line. Elements in `skip`, and what a
 * browser never shows as text, are left out. Iterative, so nesting depth cannot exhaust the stack.
 *
 * @example renderText(ol, new Set()) // '1. Mix the flour.\n2. Add water.'
 */
export function renderText(root: HtmlNode, skip: ReadonlySet<HtmlElement>): string {
  const lines: string[] = [];
  let current = '';
  let prefix = '';
  let pre = 0;
  // Each open list: its next number, or null for a bulleted one.
  const lists: (number | null)[] = [];
  const flush = () => {
    const line = pre > 0 ? current.replace(/[^\S\n]+/g, ' ').trim() : current.replace(/\s+/g, ' ').trim();
    if (line !== '') {
      lines.push(prefix + line);
      prefix = '';
    }
    current = '';
  };
  const stack: ({ node: HtmlNode } | { exit: HtmlElement })[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      const tag = step.exit.tagName;
      if (blockTags.has(tag)) flush();
      if (headingTags.has(tag) || tag === 'li') prefix = '';
      if (tag === 'pre') pre -= 1;
      if (tag === 'ol' || tag === 'ul') lists.pop();
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
    if (isElement(node) && node !== root) {
      if (skip.has(node) || isHidden(node)) continue;
      const tag = node.tagName;
      if (blockTags.has(tag) || tag === 'br') flush();
      if (headingTags.has(tag)) prefix = '## ';
      else if (tag === 'li') prefix = toItemMarker(node, lists);
      else if (tag === 'ol') lists.push(toStart(node));
      else if (tag === 'ul') lists.push(null);
      else if (tag === 'td' || tag === 'th') current += ' ';
      if (tag === 'pre') pre += 1;
      stack.push({ exit: node });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]! });
  }
  flush();
  return normaliseText(lines.join('\n'));
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
