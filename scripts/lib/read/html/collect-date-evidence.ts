import { findDates, isDateOnly } from '../../text/find-dates.ts';
import type { PageParts } from './collect-page-parts.ts';
import type { DateEvidence } from './find-page-date.ts';
import { getAttribute, getParentElement, getTextContent, isInside, type HtmlElement } from './html-node.ts';
import type { MainContent } from './find-main-content.ts';
import type { TextBlock } from './segment-blocks.ts';

// A line this long without many links is running text; dates in it are events, not bylines.
const longLine = 60;
const bylineLength = 150;
const bylineCue = /^(?:by|von|posted|published|veröffentlicht|erschienen|stand|datum|date)\b/i;
// Class and id words of the elements that print an article's date or byline.
const datedName = /(?:^|[-_\s])(?:date|dates|datum|time|zeit|published|publish|pubdate|posted|byline|dateline|meta|info|author|authored|autor)(?:$|[-_\s])/i;

/**
 * Gathers where a page prints its publication date besides `<meta>`: `<time>` stamps (those
 * marked as the publication, then those in the article), and short lines that print a date, in
 * the order they tell most: the lines between the headline and the article's first paragraph,
 * lines in elements named for dates or bylines, the lines after the article's last paragraph.
 *
 * @example collectDateEvidence(parts, blocks, main, h1).lines // ['Von Jane Doe, 12. Dezember 2025']
 */
export function collectDateEvidence(parts: PageParts, blocks: TextBlock[], main: MainContent, headline: HtmlElement | null): DateEvidence {
  const marked = parts.times.filter(({ element }) => getAttribute(element, 'itemprop') === 'datePublished' || getAttribute(element, 'pubdate') !== undefined || /publish/i.test(getAttribute(element, 'class') ?? ''));
  // A <time> in a paragraph of running text dates an event; in a short byline paragraph, maybe
  // the article: after those outside paragraphs.
  const unmarked = parts.times.filter(({ element }) => !marked.some((t) => t.element === element));
  const times = [...unmarked.filter(({ inText }) => !inText), ...unmarked.filter(({ element, inText }) => inText && isInByline(element))];
  const inArticle = times.filter(({ element }) => isInside(element, main.root));
  const other = times.filter(({ element }) => !isInside(element, main.root));
  const datetime = ({ element }: { element: HtmlElement }) => getAttribute(element, 'datetime') ?? '';
  const isLong = (block: TextBlock) => block.prefix !== '## ' && block.text.length >= longLine && block.linkChars < 0.5 * block.text.length;
  const first = main.blocks.find(isLong);
  const last = main.blocks.findLast(isLong);
  const start = first === undefined ? -1 : blocks.indexOf(first);
  const headlineAt = headline === null ? -1 : blocks.findIndex((block) => isInside(block.owner, headline));
  // The byline stands just above or below the headline, before the first paragraph.
  const isDated = (block: TextBlock) => block.text.length <= bylineLength && findDates(block.text).some((date) => date.year !== null);
  // (A headline after the first paragraph heads the article that follows it.)
  const [from, to] = headlineAt === -1 ? [start - 12, start] : headlineAt < start ? [headlineAt - 3, start] : [headlineAt - 3, headlineAt + 8];
  const head = start === -1 ? [] : blocks.slice(Math.max(0, from), to).filter(isDated);
  const named = main.blocks.filter((block) => isDated(block) && hasDatedName(block.owner));
  const end = last === undefined ? -1 : blocks.indexOf(last);
  const inMain = new Set(main.blocks);
  const before = blocks.slice(0, end).filter((block) => !inMain.has(block) && isDated(block));
  const namedBefore = before.filter((block) => hasDatedName(block.owner));
  // Last, a line elsewhere above the article's end that is only a date or a byline.
  const bylinesBefore = before.filter((block) => isDateOnly(block.text) || bylineCue.test(block.text));
  // A dateline opening the first paragraph: "Berlin, 25. Januar 2022 –", "Pressemitteilung vom …".
  const lead = first === undefined ? [] : [first.text.slice(0, 80)];
  const tail = last === undefined ? [] : main.blocks.slice(main.blocks.indexOf(last) + 1).slice(0, 12).filter(isDated);
  return {
    stamps: [...marked, ...inArticle].map(datetime),
    lines: [...head, ...named, ...namedBefore].map((block) => block.text).concat(lead, [...tail, ...bylinesBefore].map((block) => block.text)),
    otherStamps: other.map(datetime),
  };
}

function isInByline(time: HtmlElement): boolean {
  for (let element = getParentElement(time); element !== null; element = getParentElement(element)) {
    if (element.tagName === 'p') return getTextContent(element).length <= bylineLength;
  }
  return true;
}

function hasDatedName(owner: HtmlElement): boolean {
  let element: HtmlElement | null = owner;
  for (let depth = 0; depth < 4 && element !== null; depth += 1, element = getParentElement(element)) {
    if (datedName.test(`${getAttribute(element, 'class') ?? ''} ${getAttribute(element, 'id') ?? ''}`)) return true;
  }
  return false;
}

