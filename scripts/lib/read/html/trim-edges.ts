import { getParentElement, isInside, type HtmlElement } from './html-node.ts';
import { isRunningText, type TextBlock } from './segment-blocks.ts';

// A line this long without many links is running text.
const longLine = 60;

/**
 * Leaves out the short lines before the article's first paragraph and after its last one that
 * stand outside the element holding that paragraph: bylines, dates, kickers, captions and
 * credits above the text; author boxes, credits and "more on this" lines below it.
 *
 * @example trimEdges(blocks).at(-1).text // the article's last paragraph, not "Foto: dpa"
 */
export function trimEdges(blocks: TextBlock[]): TextBlock[] {
  const isLong = (block: TextBlock) => isRunningText(block, longLine);
  const first = blocks.findIndex(isLong);
  if (first === -1) return blocks;
  let last = blocks.length - 1;
  while (!isLong(blocks[last]!)) last -= 1;
  const head = toContainer(blocks[first]!.owner);
  const tail = toContainer(blocks[last]!.owner);
  return blocks.filter((block, index) => {
    if (index < first) return isInside(block.owner, head) || block.text.length >= longLine;
    if (index > last) return isInside(block.owner, tail) || block.text.length >= longLine;
    return true;
  });
}

function toContainer(owner: HtmlElement): HtmlElement {
  return getParentElement(owner) ?? owner;
}

