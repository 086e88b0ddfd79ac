import { isElement, type HtmlElement } from './html-node.ts';

/** What the scorer knows of an element's text: characters, link characters, links. */
export type TextTally = { chars: number; linkChars: number; links: number };

// A teaser card: a link (its headline) and a line or two of text.
const cardChars = { min: 40, max: 400 };
const minCards = 3;

/**
 * Finds lists of teaser cards by their shape: an element of three or more children of one kind
 * (tag and class), each a short block of text with a link, that together hold most of the
 * element's text ("more stories" grids, related-article rows), whatever they are named.
 *
 * @example findTeaserLists(tallies) // Set { div.grid }
 */
export function findTeaserLists(tallies: Map<HtmlElement, TextTally>): Set<HtmlElement> {
  const lists = new Set<HtmlElement>();
  for (const [element, tally] of tallies) {
    const kinds = new Map<string, number>();
    let cardText = 0;
    for (const child of element.childNodes) {
      if (!isElement(child)) continue;
      const card = tallies.get(child);
      if (card === undefined || card.links === 0 || card.chars < cardChars.min || card.chars > cardChars.max || card.linkChars < 0.3 * card.chars || card.linkChars > 0.9 * card.chars) continue;
      const kind = `${child.tagName}.${child.attrs.find((attr) => attr.name === 'class')?.value ?? ''}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      cardText += card.chars;
    }
    if ([...kinds.values()].some((count) => count >= minCards) && cardText >= 0.6 * tally.chars) lists.add(element);
  }
  return lists;
}
