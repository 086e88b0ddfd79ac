import { parse } from 'parse5';
import { normaliseText } from './decode-text.ts';
import { collectPageParts } from './html/collect-page-parts.ts';
import { filterChromeBlocks } from './html/filter-chrome-blocks.ts';
import { findMainContent } from './html/find-main-content.ts';
import { segmentBlocks } from './html/segment-blocks.ts';
import { toLines } from './html/to-lines.ts';
import { trimEdges } from './html/trim-edges.ts';
import { findPageHints } from './find-page-hints.ts';
import { getParentElement, type HtmlElement } from './html/html-node.ts';
import type { SourceHints } from '../types.ts';

/** The readable text of a saved web page, one block per line, and what its metadata says. */
export type HtmlText = { text: string; hints: SourceHints };

/**
 * Extracts the article from a saved web page with a real HTML parser (parse5, the WHATWG
 * algorithm): the page is cut into text blocks, the element holding the most running text net
 * of menus and link lists is the article (`find-main-content.ts`), and inside it chrome by tag,
 * role, name and shape is left out (`filter-chrome-blocks.ts`). Sub-headings become `## `
 * lines and list items `- ` or `1. ` lines, the way the structure stage reads them. The
 * headline is returned as a hint, not in the text. Character references are decoded by the
 * parser, so `&lt;script&gt;` is the text `<script>`.
 *
 * @example htmlToText('<article><h1>Siemens rises</h1><p>Shares rose.</p></article>') // { text: 'Shares rose.', hints: { origin: 'page metadata', title: 'Siemens rises' } }
 */
export function htmlToText(html: string): HtmlText {
  const parts = collectPageParts(parse(html));
  const body = parts.body ?? parts.html;
  if (body === null) return { text: '', hints: findPageHints(parts, null) };
  const segmented = segmentBlocks(body);
  const main = findMainContent(segmented);
  const headline = parts.h1s.find((h1) => isInside(h1, main.root)) ?? parts.h1s[0] ?? null;
  const filtered = trimEdges(filterChromeBlocks(main.blocks, headline));
  // A page the scorer leaves nothing of is read whole rather than reported empty: what looked
  // like chrome may be all the text it has.
  const blocks = [filtered, main.blocks, segmented.blocks].find((list) => list.some((block) => block.text.trim() !== '')) ?? [];
  return { text: normaliseText(toLines(blocks).join('\n')), hints: findPageHints(parts, headline) };
}

function isInside(element: HtmlElement, root: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node !== null; node = getParentElement(node)) if (node === root) return true;
  return false;
}
