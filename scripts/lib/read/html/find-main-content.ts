import { getParentElement, type HtmlElement } from './html-node.ts';
import type { Segmented, TextBlock } from './segment-blocks.ts';
import { findTeaserLists } from './find-teaser-lists.ts';

/** Where a page's article is: the element it stands in, and its blocks in document order. */
export type MainContent = { root: HtmlElement | null; blocks: TextBlock[] };

/** Sums over the blocks an element holds. */
type Tally = { good: number; bad: number; linkBlocks: number; chars: number; linkChars: number; links: number };
type Weight = { good: number; bad: number; link: boolean };

// How much a character of link lists and menus weighs against a character of running text when
// the container of the article is chosen: the container that holds the most text net of chrome.
const chromeWeight = 1;
// A chrome-looking element is kept when it holds this share of the page's running text.
const mostText = 0.5;
// … and at least this much: a cookie banner that is all a page holds is still a cookie banner.
const someText = 100;
const linkShare = 1.5;
const namesLeave = 0.1;
const littleText = 0.1;

/**
 * Finds the article in a segmented page: each block weighs by its running text (long, few links)
 * against link text; elements whose tag, role or name says chrome are left out unless they hold
 * most of the page's running text; the article is the element holding the most running text net
 * of chrome, and inside it link lists (three or more link blocks, more link text than running
 * text) are left out.
 *
 * @example findMainContent(segmentBlocks(body)).root.tagName // 'article'
 */
export function findMainContent(segmented: Segmented): MainContent {
  const { blocks, chrome, named } = segmented;
  const weights = blocks.map(weighBlock);
  const chains = blocks.map((block) => toChain(block.owner));
  const page = chains[0]?.[chains[0].length - 1];
  if (page === undefined) return { root: null, blocks: [] };
  const first = tallyElements(blocks, chains, weights, null);
  const pageGood = first.get(page)?.good ?? 0;
  const isChrome = (element: HtmlElement) => (first.get(element)?.good ?? 0) < Math.max(mostText * pageGood, someText);
  const skip = new Set([...chrome].filter(isChrome));
  // Link lists (menus, related stories) holding little of the page's running text.
  for (const [element, tally] of first) if (tally.linkBlocks >= 3 && tally.bad > linkShare * tally.good && tally.good < littleText * pageGood) skip.add(element);
  // Teaser grids and related-story rows, by their shape.
  for (const element of findTeaserLists(first)) if (isChrome(element)) skip.add(element);
  const byTag = new Set(skip);
  for (const element of named) if (isChrome(element)) skip.add(element);
  let tallies = tallyElements(blocks, chains, weights, skip);
  // Names that leave little of the page's running text were wrong guesses on this page (a
  // forum whose posts are all named "comment"): the page is read without them.
  if ((tallies.get(page)?.good ?? 0) < namesLeave * pageGood) {
    skip.clear();
    for (const element of byTag) skip.add(element);
    for (const element of named) if ((first.get(element)?.good ?? 0) < someText) skip.add(element);
    tallies = tallyElements(blocks, chains, weights, skip);
  }
  let root: HtmlElement = page;
  let best = -Infinity;
  for (const [element, tally] of tallies) {
    const value = tally.good - chromeWeight * tally.bad;
    if (value > best) {
      best = value;
      root = element;
    }
  }
  for (const [element, tally] of tallies) if (tally.linkBlocks >= 3 && tally.bad > tally.good && element !== root) skip.add(element);
  const kept = blocks.filter((_, index) => {
    const chain = chains[index]!;
    const at = chain.indexOf(root);
    if (at === -1) return false;
    for (let i = 0; i < at; i += 1) if (skip.has(chain[i]!)) return false;
    return true;
  });
  return { root, blocks: kept };
}

/**
 * How much running text (good) and link text (bad) one block holds.
 *
 * @example weighBlock({ text: 'A sentence of eighty characters …', linkChars: 0, … }) // { good: 80, bad: 0, link: false }
 */
export function weighBlock(block: TextBlock): Weight {
  const chars = block.text.length;
  const density = block.linkChars / chars;
  if (density > 0.5) return { good: 0, bad: chars, link: true };
  // A heading names the text; it is none itself, so a page of short lines is not read as its headline.
  if (block.prefix === '## ') return { good: 0, bad: block.linkChars, link: false };
  if (chars >= 60) return { good: chars - block.linkChars, bad: block.linkChars, link: false };
  return { good: 0.3 * (chars - block.linkChars), bad: block.linkChars, link: false };
}

function toChain(owner: HtmlElement): HtmlElement[] {
  const chain: HtmlElement[] = [];
  for (let element: HtmlElement | null = owner; element !== null; element = getParentElement(element)) chain.push(element);
  return chain;
}

// Every block's weights added to each element above it; blocks inside a skipped element count
// for none.
function tallyElements(blocks: TextBlock[], chains: HtmlElement[][], weights: Weight[], skip: Set<HtmlElement> | null): Map<HtmlElement, Tally> {
  const tallies = new Map<HtmlElement, Tally>();
  chains.forEach((chain, index) => {
    if (skip !== null && chain.some((element) => skip.has(element))) return;
    const weight = weights[index]!;
    const block = blocks[index]!;
    for (const element of chain) {
      let tally = tallies.get(element);
      if (tally === undefined) {
        tally = { good: 0, bad: 0, linkBlocks: 0, chars: 0, linkChars: 0, links: 0 };
        tallies.set(element, tally);
      }
      tally.good += weight.good;
      tally.bad += weight.bad;
      tally.chars += block.text.length;
      tally.linkChars += block.linkChars;
      tally.links += block.links;
      if (weight.link) tally.linkBlocks += 1;
    }
  });
  return tallies;
}
