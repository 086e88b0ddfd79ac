import { bylineLine } from '../clean/boilerplate.ts';
import { parseDateLine } from '../extract/parse-date-line.ts';
import type { Block } from '../types.ts';
import { findHeadline } from './find-headline.ts';
import { continuesList, readListItem, toList } from './read-list-item.ts';

/**
 * The article's headline and body blocks, and the page-chrome lines around the headline taken
 * out of the body (`header`: site and section lines before it, date lines and bylines under it),
 * which the date and identifier stages still read.
 */
export type Structure = { title: string; titleSource: 'headline' | 'derived'; blocks: Block[]; header: string[] };

// Lines right under the headline that may still be its date line or byline.
const underHeadline = 4;
// Markdown sources mark headings themselves ("## The numbers").
const atxHeading = /^#{1,6}\s+/;
const maxHeadingWords = 16;
const maxDerivedTitle = 110;
// Real paragraphs stay far below this. A longer line (a page pasted without line breaks) is cut
// at a space into paragraphs of at most this length: the MDX compiler's cost grows with the
// square of the figure marks in one paragraph, and a page of one 2 MB paragraph is unreadable.
const maxParagraph = 5000;

/**
 * Turns cleaned body lines into a headline and blocks: headings (short lines without closing
 * punctuation), paragraphs and lists. The headline is the best candidate among the lines before
 * the first prose paragraph (`findHeadline`); page chrome before it and date lines or bylines
 * right under it leave the body for `header`. Where no line is a headline, the first heading is,
 * and when the first line is a paragraph, the title is derived from its first sentence
 * (`titleSource: derived`) and the paragraph stays in the body.
 *
 * @example parseStructure(['Shares Jump', 'Alibaba rose 5%.']).title // 'Shares Jump'
 * @example parseStructure(['Media', 'What to Expect When Disney Reports', 'Disney reports on Tuesday, and analysts expect more.']).title // 'What to Expect When Disney Reports'
 */
export function parseStructure(lines: string[]): Structure {
  const split = lines.flatMap(splitLongLine);
  const { headline, leadStart } = findHeadline(split);
  const isDated = (line: string) => parseDateLine(line) !== null || bylineLine.test(line);
  if (headline !== null) {
    // A standfirst may stand between the headline and its date line ("Published 28 October 2021")
    const under = split.slice(headline + 1, headline + 1 + underHeadline);
    const rest = split.slice(headline + 1 + under.length);
    const header = [...split.slice(0, headline), ...under.filter(isDated)];
    return { title: split[headline]!, titleSource: 'headline', blocks: toBlocks([...under.filter((line) => !isDated(line)), ...rest]), header };
  }
  const header = split.slice(0, leadStart).filter(isDated);
  const blocks = toBlocks(split.filter((line, index) => index >= leadStart || !isDated(line)));
  const first = blocks[0];
  if (first?.type === 'heading') return { title: first.text, titleSource: 'headline', blocks: blocks.slice(1), header };
  const lead = first?.type === 'paragraph' ? first.text : first?.type === 'list' ? first.items[0]! : '';
  return { title: deriveTitle(lead), titleSource: 'derived', blocks, header };
}

/**
 * A line cut into pieces of at most 5,000 characters, at the last sentence end or else the last
 * space before the limit (a single huge word is cut where it must).
 *
 * @example splitLongLine('short line') // ['short line']
 */
export function splitLongLine(line: string): string[] {
  if (line.length <= maxParagraph) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (line.length - start > maxParagraph) {
    const window = line.slice(start, start + maxParagraph + 1);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > maxParagraph / 2 ? sentenceEnd + 1 : space > 0 ? space : maxParagraph;
    pieces.push(window.slice(0, cut).trim());
    start += cut;
  }
  pieces.push(line.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

/** Lines to blocks: list items grouped (a numbered list keeps its numbers), headings by shape or `#`, the rest paragraphs. */
export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const previous = blocks.at(-1);
    const item = readListItem(line);
    if (item !== null) {
      if (continuesList(previous, item)) previous.items.push(item.text);
      else blocks.push(toList(item));
    } else if (atxHeading.test(line)) {
      blocks.push({ type: 'heading', text: line.replace(atxHeading, '').replace(/\s+#+$/, '') });
    } else if (isHeading(line, lines[index + 1])) {
      blocks.push({ type: 'heading', text: line });
    } else {
      blocks.push({ type: 'paragraph', text: line });
    }
  });
  return blocks;
}

/** A heading is short, ends without sentence punctuation and is followed by more text. */
export function isHeading(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const words = line.split(' ').length;
  if (words > maxHeadingWords || line.length > 160) return false;
  if (/[.:;,…]$|\.["“”»«']$/u.test(line)) return false;
  // A question can be a heading only when it is short ("Is Alibaba a buy?").
  if (/[?!]$/.test(line) && words > 8) return false;
  // A date line is page chrome, never a heading of the body
  return /^[\p{Lu}\p{N}"„“'«]/u.test(line) && parseDateLine(line) === null;
}

/** The first sentence of the lead, cut at a word boundary when long. */
export function deriveTitle(lead: string): string {
  // Bracketed asides ("(NYSE: BABA)", "(Amap, Ele.me)") add nothing to a title.
  const plain = lead.replace(/\s*\([^()]{1,40}\)/g, '');
  const sentence = /^(.+?[.!?])(?=\s+[\p{Lu}„"“]|$)/u.exec(plain)?.[1] ?? plain;
  const trimmed = sentence.replace(/[.]$/, '').trim();
  if (trimmed.length <= maxDerivedTitle) return trimmed;
  const cut = trimmed.slice(0, maxDerivedTitle);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–-]+$/u, '')}…`;
}
