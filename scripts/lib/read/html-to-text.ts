import { parse } from 'parse5';
import { normaliseText } from './decode-text.ts';
import { findPageHints } from './find-page-hints.ts';
import { collectDateEvidence } from './html/collect-date-evidence.ts';
import { collectPageParts } from './html/collect-page-parts.ts';
import { dropClosingSection } from './html/drop-closing-section.ts';
import { filterChromeBlocks } from './html/filter-chrome-blocks.ts';
import { findMainContent } from './html/find-main-content.ts';
import { findPageTitle } from './html/find-page-title.ts';
import { isInside, type HtmlElement } from './html/html-node.ts';
import { readPageMeta } from './html/read-page-meta.ts';
import { segmentBlocks, type TextBlock } from './html/segment-blocks.ts';
import { toLines } from './html/to-lines.ts';
import { toPageHeadings } from './html/to-page-headings.ts';
import { trimEdges } from './html/trim-edges.ts';
import type { SourceHints } from '../types.ts';

/** The readable text of a saved web page, one block per line, and what its metadata says. */
export type HtmlText = { text: string; hints: SourceHints };

/**
 * Extracts the article from a saved web page with a real HTML parser (parse5, the WHATWG
 * algorithm): the page is cut into text blocks, the element holding the most running text net
 * of menus and link lists is the article (`find-main-content.ts`), and inside it chrome by tag,
 * role, name and shape is left out (`filter-chrome-blocks.ts`, `trim-edges.ts`, `drop-closing-section.ts`). Sub-headings
 * become `## ` lines and list items `- ` or `1. ` lines, the way the structure stage reads
 * them. The headline, date, publisher and address are returned as hints (`find-page-hints.ts`);
 * the headline is not repeated in the text. Character references are decoded by the parser, so
 * `&lt;script&gt;` is the text `<script>`.
 *
 * @example htmlToText('<article><h1>Siemens rises</h1><p>Shares rose.</p></article>') // { text: 'Shares rose.', hints: { origin: 'page metadata', title: 'Siemens rises', titlePrinted: true } }
 */
export function htmlToText(html: string): HtmlText {
  const parts = collectPageParts(parse(html));
  const meta = readPageMeta(parts);
  const body = parts.body ?? parts.html;
  const segmented = body === null ? { blocks: [], chrome: new Set<HtmlElement>(), named: new Set<HtmlElement>() } : segmentBlocks(body);
  const main = findMainContent(segmented);
  const start = main.blocks.find((block) => block.prefix === '' && block.text.length >= 60 && block.linkChars < 0.5 * block.text.length);
  const title = findPageTitle(meta, toPageHeadings(segmented, main.root), start === undefined ? -1 : segmented.blocks.indexOf(start));
  const headline = title?.heading ?? null;
  const filtered = trimEdges(filterChromeBlocks(main.blocks, headline));
  // An article the line filters leave nothing of is read unfiltered rather than reported empty:
  // what looked like a menu or a byline may be all the text it has.
  const notHeadline = (block: TextBlock) => headline === null || !isInside(block.owner, headline);
  const blocks = filtered.length > 0 ? filtered : main.blocks.filter(notHeadline);
  const evidence = collectDateEvidence(parts, segmented.blocks, { root: main.root, blocks: filtered }, headline ?? parts.h1s.find((h1) => isInside(h1, main.root)) ?? null);
  // The date evidence above still sees a closing section (a "Letzte Änderung" line); the text does not.
  return { text: normaliseText(toLines(dropClosingSection(blocks)).join('\n')), hints: findPageHints(meta, title, evidence) };
}
