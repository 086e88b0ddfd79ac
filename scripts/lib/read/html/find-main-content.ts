import { getParentElement, type HtmlElement } from './html-node.ts';
import type { Segmented, TextBlock } from './segment-blocks.ts';

/** Where a page's article is: the element to read, and elements inside it to leave out. */
export type MainContent = { root: HtmlElement; skip: Set<HtmlElement> };

/** Sums over the blocks an element holds. */
type Tally = { good: number; bad: number; chars: number; linkBlocks: number };

// How much a character of link lists and menus weighs against a character of running text when
// the container of the article is chosen: the container that holds the most text net of chrome.
const chromeWeight = 1;
// A chrome-looking element is kept when it holds this share of the page's running text.
const mostText = 0.5;

/**
 * Finds the article in a segmented page: each block weighs by its running text (long, few links)
 * against link text; elements whose tag, role or name says chrome are left out unless they hold
 * most of the page's running text; the article is the element holding the most running text net
 * of chrome, and inside it link lists are left out.
 *
 * @example findMainContent(body, segmentBlocks(body)).root.tagName // 'article'
 */
export function findMainContent(body: HtmlElement, segmented: Segmented): MainContent {
  const { blocks, chrome } = segmented;
  const weights = blocks.map(weighBlock);
  const first = tallyElements(blocks, weights, null);
  const pageGood = first.get(body)?.good ?? 0;
  const skip = new Set<HtmlElement>();
  for (const element of chrome) if ((first.get(element)?.good ?? 0) < mostText * pageGood || pageGood === 0) skip.add(element);
  const tallies = tallyElements(blocks, weights, skip);
  let root = body;
  let best = -Infinity;
  for (const [element, tally] of tallies) {
    const value = tally.good - chromeWeight * tally.bad;
    if (value > best) {
      best = value;
      root = element;
    }
  }
  for (const [element, tally] of tallies) {
    if (element !== root && tally.linkBlocks >= 3 && tally.bad > tally.good && isInside(element, root)) skip.add(element);
  }
  return { root, skip };
}

/** How much running text (good) and link text (bad) one block holds. */
function weighBlock(block: TextBlock): { good: number; bad: number; link: boolean } {
  const chars = block.text.length;
  const density = block.linkChars / chars;
  if (density > 0.5) return { good: 0, bad: chars, link: true };
  if (chars >= 60) return { good: chars * (1 - density), bad: block.linkChars, link: false };
  return { good: 0.3 * (chars - block.linkChars), bad: block.linkChars, link: false };
}

// Every block's weights added to each element above it, up to the page; blocks inside a skipped
// element count for none.
function tallyElements(blocks: TextBlock[], weights: ReturnType<typeof weighBlock>[], skip: Set<HtmlElement> | null): Map<HtmlElement, Tally> {
  const tallies = new Map<HtmlElement, Tally>();
  const chain: HtmlElement[] = [];
  blocks.forEach((block, index) => {
    chain.length = 0;
    for (let element: HtmlElement | null = block.owner; element !== null; element = getParentElement(element)) {
      if (skip?.has(element)) return;
      chain.push(element);
    }
    const weight = weights[index]!;
    for (const element of chain) {
      let tally = tallies.get(element);
      if (tally === undefined) {
        tally = { good: 0, bad: 0, chars: 0, linkBlocks: 0 };
        tallies.set(element, tally);
      }
      tally.good += weight.good;
      tally.bad += weight.bad;
      tally.chars += block.text.length;
      if (weight.link) tally.linkBlocks += 1;
    }
  });
  return tallies;
}

function isInside(element: HtmlElement, root: HtmlElement): boolean {
  for (let parent = getParentElement(element); parent !== null; parent = getParentElement(parent)) if (parent === root) return true;
  return false;
}
