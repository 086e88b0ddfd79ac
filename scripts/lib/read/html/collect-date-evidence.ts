import { isDateOnly } from '../../text/find-dates.ts';
import type { PageParts } from './collect-page-parts.ts';
import type { DateEvidence } from './find-page-date.ts';
import { blockTags } from './html-tags.ts';
import { getAttribute, getParentElement, getTextContent, isElement, isInside, type HtmlElement } from './html-node.ts';
import type { MainContent } from './find-main-content.ts';
import { readBylineDate } from './read-byline-date.ts';
import type { TextBlock } from './segment-blocks.ts';

// A line this long without many links is running text; dates in it are events, not bylines.
const longLine = 60;
const bylineLength = 150;
const bylineCue = /^(?:by|von|posted|published|veröffentlicht|erschienen|stand|datum|date)\b/i;
// Class and id words of the elements that print an article's date or byline.
const datedName = /(?:^|[-_\s])(?:date|dates|datum|time|zeit|published|publish|pubdate|posted|byline|dateline|meta|info|author|authored|autor)(?:$|[-_\s])/i;
// A date (year last) within a paragraph's first 30 characters, then a dash or colon.
const dateline = /^.{0,30}?(?:\d{4}|\d{2}\.\d{2}\.\d{2})\)?\s*[–—:-]\s/u;
// A short block ending in a colon labels the block after it ("Erschienen am:", "Last updated:").
const labelLine = /^[^\d]{2,40}:$/;

/**
 * Gathers where a page prints its publication date besides `<meta>`: `<time>` stamps (those
 * marked as the publication, those in the article's head, the rest of the article's, others),
 * and short lines that print a date: first the byline between the headline and the article's
 * first paragraph; lines in the article's elements named for dates or bylines; then such lines
 * before the article, a dateline opening the first paragraph (or the second, after an intro),
 * the lines after the article's last paragraph, and a date-only line above the article, the
 * nearest first (a page's clock stands at its top). A headline's own words are no byline (its
 * date is the event's), but an element named for dates inside it, or a line under it, is. A
 * line labelled by a short block before it ("Erschienen am:") carries the label.
 *
 * @example collectDateEvidence(parts, blocks, main, h1).head // ['Von Jane Doe, 12. Dezember 2025']
 */
export function collectDateEvidence(parts: PageParts, blocks: TextBlock[], main: MainContent, headline: HtmlElement | null): DateEvidence {
  const marked = parts.times.filter(({ element }) => getAttribute(element, 'itemprop') === 'datePublished' || getAttribute(element, 'pubdate') !== undefined || /publish/i.test(getAttribute(element, 'class') ?? ''));
  // A <time> in a paragraph of running text dates an event; in a short byline paragraph, maybe
  // the article: after those outside paragraphs.
  const unmarked = parts.times.filter(({ element }) => !marked.some((t) => t.element === element));
  const times = [...unmarked.filter(({ inText }) => !inText), ...unmarked.filter(({ element, inText }) => inText && isInByline(element))];
  const isLong = (block: TextBlock) => block.prefix !== '## ' && block.text.length >= longLine && block.linkChars < 0.5 * block.text.length;
  const first = main.blocks.find(isLong);
  const last = main.blocks.findLast(isLong);
  const start = first === undefined ? -1 : blocks.indexOf(first);
  const headlineAt = headline === null ? -1 : blocks.findIndex((block) => isInside(block.owner, headline));
  const isDated = (block: TextBlock) => block.text.length <= bylineLength && readBylineDate(block.text) !== null;
  const withLabel = (block: TextBlock) => {
    const before = blocks[blocks.indexOf(block) - 1];
    return before !== undefined && labelLine.test(before.text) ? `${before.text} ${block.text}` : block.text;
  };
  // The byline stands just above or below the headline, before the first paragraph.
  // (A headline after the first paragraph heads the article that follows it.)
  const [from, to] = headlineAt === -1 ? [start - 12, start] : headlineAt < start ? [headlineAt - 3, start] : [headlineAt - 3, headlineAt + 8];
  const headBlocks = start === -1 ? [] : blocks.slice(Math.max(0, from), to);
  // The headline's blocks follow each other in document order: found once, not by a walk up the tree per block.
  const headlineBlocks = new Set<TextBlock>();
  for (let i = headlineAt; i !== -1 && i < blocks.length && isInside(blocks[i]!.owner, headline); i += 1) headlineBlocks.add(blocks[i]!);
  const inHeadline = (block: TextBlock) => headlineBlocks.has(block);
  // A headline's first line is the headline; a line under it (`<br><small>`) may be the byline.
  const toBylines = (block: TextBlock) => {
    if (inHeadline(block)) return block.text.split('\n').slice(1).filter((line) => line.length <= bylineLength && readBylineDate(line) !== null);
    return isDated(block) ? [withLabel(block)] : [];
  };
  const head = headBlocks.flatMap(toBylines);
  const headlineDates = headline === null ? [] : findNamedDates(headline);
  const headOwners = new Set(headBlocks.map((block) => block.owner));
  const inHead = ({ element }: { element: HtmlElement }) => headOwners.has(toBlockOwner(element));
  const named = main.blocks.filter((block) => hasDatedName(block.owner)).flatMap(toBylines);
  const end = last === undefined ? -1 : blocks.indexOf(last);
  const inMain = new Set(main.blocks);
  const before = blocks.slice(0, end).filter((block) => !inMain.has(block) && (isDated(block) || inHeadline(block)));
  const namedBefore = before.filter((block) => hasDatedName(block.owner)).flatMap(toBylines);
  // Last, a line elsewhere above the article's end that is only a date or a byline.
  const bylinesBefore = before.filter((block) => !inHeadline(block) && (isDateOnly(block.text) || bylineCue.test(block.text)));
  // A dateline opening the first paragraph: "Berlin, 25. Januar 2022 –", "Pressemitteilung vom …".
  // After an intro, the dateline opens the article's second paragraph: "29.11.2022 – Mehrfach …".
  const second = first === undefined ? undefined : main.blocks.slice(main.blocks.indexOf(first) + 1).find(isLong);
  const lead = first === undefined ? [] : [first.text.slice(0, 80), ...(second !== undefined && dateline.test(second.text) ? [second.text.slice(0, 40)] : [])];
  const tail = last === undefined ? [] : main.blocks.slice(main.blocks.indexOf(last) + 1).slice(0, 12).filter(isDated);
  const datetime = ({ element }: { element: HtmlElement }) => getAttribute(element, 'datetime') ?? '';
  return {
    stamps: marked.map(datetime),
    head: [...headlineDates, ...head],
    headStamps: times.filter(inHead).map(datetime),
    named,
    lines: [...namedBefore, ...lead, ...[...tail, ...bylinesBefore.reverse()].map(withLabel)],
    articleStamps: times.filter((time) => !inHead(time) && isInside(time.element, main.root)).map(datetime),
    otherStamps: times.filter((time) => !inHead(time) && !isInside(time.element, main.root)).map(datetime),
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

// The text of elements named for dates inside a headline (`<h1><span class="date">27.01.2022</span>…`).
function findNamedDates(headline: HtmlElement): string[] {
  const found: string[] = [];
  const stack = [...headline.childNodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (datedName.test(`${getAttribute(node, 'class') ?? ''} ${getAttribute(node, 'id') ?? ''}`)) found.push(getTextContent(node));
    else stack.push(...node.childNodes);
  }
  return found.filter((text) => text.length <= bylineLength && readBylineDate(text) !== null);
}

// The block element whose line holds an inline element (a few levels up at most: a page of
// inline elements nested without end has no byline).
function toBlockOwner(element: HtmlElement): HtmlElement {
  let node = element;
  for (let depth = 0; depth < 20 && !blockTags.has(node.tagName); depth += 1) {
    const parent = getParentElement(node);
    if (parent === null) return node;
    node = parent;
  }
  return node;
}
