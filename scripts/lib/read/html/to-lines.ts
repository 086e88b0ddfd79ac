import { getParentElement } from './html-node.ts';
import type { TextBlock } from './segment-blocks.ts';

// A table row whose cells are all this short is a row of data, written on one line.
const shortCell = 80;

/**
 * The article's blocks as text lines: each block its prefix and text; the cells of a data
 * table's row (every cell short) joined by spaces on one line.
 *
 * @example toLines(blocks) // ['## The numbers', '- Revenue: €20 billion', 'Q1 €5bn']
 */
export function toLines(blocks: TextBlock[]): string[] {
  const lines: string[] = [];
  let row: { parent: unknown; cells: string[]; short: boolean } | null = null;
  const endRow = () => {
    if (row === null) return;
    lines.push(...(row.short ? [row.cells.join(' ')] : row.cells));
    row = null;
  };
  for (const block of blocks) {
    const line = block.prefix + block.text;
    const tag = block.owner.tagName;
    if (tag !== 'td' && tag !== 'th') {
      endRow();
      lines.push(line);
      continue;
    }
    const parent = getParentElement(block.owner);
    if (row === null || row.parent !== parent) {
      endRow();
      row = { parent, cells: [], short: true };
    }
    row.cells.push(line);
    if (line.length > shortCell || line.includes('\n')) row.short = false;
  }
  endRow();
  return lines;
}
