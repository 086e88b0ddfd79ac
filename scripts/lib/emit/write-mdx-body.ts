/**
 * A direct writer for the common MDX body: byte for byte what remark-stringify with remark-mdx
 * writes for the tree `toMdast` builds, when no text needs an escape. Text holding any character
 * Markdown or MDX could read as syntax, or starting a line with one, is left to remark
 * (the writer answers null), so every escaping rule stays remark's.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { bodyHeadingDepth, isListStart } from '../../../src/lib/article-body.ts';

// Characters some rule of mdast-util-to-markdown, remark-mdx or our ESM guard escapes in running
// text (or line endings, tabs and controls): a text holding one goes to remark. The others ("!",
// "+", "=", ">", "(", ".", "-"…) are escaped only at the start of a line or next to one of these.
const escapable = /[\0-\x1f\x7f-\x9f#&*<[\\\]_`{}~|]/;
// A line must not start with what starts a block (a heading, list item, quote, thematic break,
// setext underline, code fence, JSX, an ordered list item "1." or "1)", an ESM statement) or with
// white space, and must not end with white space (both ends would get character references).
const unsafeStart = /^(?:[\s#*+\-<=>[\]_`~{}|\\&!]|\d+[.)]|import\b|export\b)/u;
const unsafeEnd = /\s$/u;
const attributeValue = /^[A-Za-z0-9_-]+$/;

/**
 * The body remark-stringify would write for `root` (built by `toMdast`), or null when any text in
 * it might need an escape or the tree holds anything but headings, paragraphs, simple bulleted or
 * numbered lists, text and figure elements.
 */
export function writeMdxBody(root: Root): string | null {
  const parts: string[] = [];
  let previous: RootContent['type'] | null = null;
  for (const node of root.children) {
    let part: string | null;
    if (node.type === 'heading' && node.depth === bodyHeadingDepth) part = writeLine(node.children, `${'#'.repeat(bodyHeadingDepth)} `);
    else if (node.type === 'paragraph') part = writeLine(node.children, '');
    else if (node.type === 'list' && previous !== 'list' && node.children.length > 0 && (!node.ordered || isListStart(node.start ?? -1, node.children.length))) {
      // Two lists in a row would get different bullets: remark's case. A numbered list's items
      // are numbered on from its start ("3. ", "4. "), as remark's `incrementListMarker` does.
      const items: string[] = [];
      for (const [index, item] of node.children.entries()) {
        const [paragraph, ...rest] = item.children;
        if (rest.length > 0 || paragraph?.type !== 'paragraph' || item.spread) return null;
        const line = writeLine((paragraph as Paragraph).children, node.ordered ? `${node.start! + index}. ` : '- ');
        if (line === null) return null;
        items.push(line);
      }
      part = items.join('\n');
    } else return null;
    if (part === null) return null;
    parts.push(part);
    previous = node.type;
  }
  return parts.length === 0 ? null : `${parts.join('\n\n')}\n`;
}

// One line of phrasing content after `prefix`, or null when remark could escape any of it.
function writeLine(nodes: PhrasingContent[], prefix: string): string | null {
  const first = nodes[0];
  const last = nodes.at(-1);
  if (first === undefined || last === undefined) return null;
  if ((first.type === 'text' && unsafeStart.test(first.value)) || (last.type === 'text' && unsafeEnd.test(last.value))) return null;
  let line = prefix;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (escapable.test(node.value) || node.value === '') return null;
      line += node.value;
    } else if (node.type === 'mdxJsxTextElement') {
      const figure = writeFigure(node);
      if (figure === null) return null;
      line += figure;
    } else return null;
  }
  return line;
}

function writeFigure(node: MdxJsxTextElement): string | null {
  const [child, ...rest] = node.children;
  if (rest.length > 0 || child?.type !== 'text' || child.value === '' || escapable.test(child.value) || node.name === null) return null;
  let attributes = '';
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attributeValue.test(attribute.value)) return null;
    attributes += ` ${attribute.name}="${attribute.value}"`;
  }
  return `<${node.name}${attributes}>${child.value}</${node.name}>`;
}
