import { findDates } from '../text/find-dates.ts';
import type { Block } from '../types.ts';

/** A list item line: its text without the marker, and its number in a numbered list. */
export type ListItem = { text: string; number?: number };

const bullet = /^[-–•*·▪►]\s+/u;
// "1. ", "12) ": the numbers a written list counts with (a year such as "2024." is no item).
const numbered = /^(\d{1,2})[.)]\s+/;

/**
 * Reads a line as a list item: `- `, `• ` and the like for a bulleted one, `1. ` or `2) ` for a
 * numbered one (its number kept); null for any other line, and for a line that opens with a
 * day ("25. Juni 2009 vor.").
 *
 * @example readListItem('2) Die Eier unterrühren.') // { text: 'Die Eier unterrühren.', number: 2 }
 * @example readListItem('- Revenue: €20 billion') // { text: 'Revenue: €20 billion' }
 */
export function readListItem(line: string): ListItem | null {
  const number = numbered.exec(line);
  // "25. Juni 2009 vor." is a date that a hard-wrapped sentence carried to the line's start.
  if (number && findDates(line.slice(0, 40)).some((date) => date.index === 0)) return null;
  if (number) return { text: line.slice(number[0].length), number: Number(number[1]) };
  const marker = bullet.exec(line);
  return marker ? { text: line.slice(marker[0].length) } : null;
}

/** A list block. */
export type ListBlock = Extract<Block, { type: 'list' }>;

/**
 * True when an item continues the block before it: a bulleted item a bulleted list, a numbered
 * one a numbered list whose next number it is. A number out of turn ("4." then "7.") starts a
 * list of its own, so every item keeps its number.
 *
 * @example continuesList({ type: 'list', start: 1, items: ['a'] }, { text: 'b', number: 2 }) // true
 */
export function continuesList(previous: Block | undefined, item: ListItem): previous is ListBlock {
  if (previous?.type !== 'list') return false;
  return item.number === undefined ? previous.start === undefined : previous.start !== undefined && item.number === previous.start + previous.items.length;
}

/**
 * The list an item starts: numbered from the item's number, or bulleted.
 *
 * @example toList({ text: 'a', number: 3 }) // { type: 'list', start: 3, items: ['a'] }
 */
export function toList(item: ListItem): ListBlock {
  return item.number === undefined ? { type: 'list', items: [item.text] } : { type: 'list', start: item.number, items: [item.text] };
}
