import { isRunningText, type TextBlock } from './segment-blocks.ts';

// A block this long, mostly not link text, is the article's running text.
const runningText = 120;
// A section after the article's last paragraph holding less text than this, up to the page's
// end, is a closing box rather than more of the article.
const closingBox = 400;

/**
 * Leaves out a short section that a sub-heading opens after the article's last paragraph: the
 * contact box ("Ansprechpartner", a telephone number), "more on this" and "Weitere
 * Informationen" links, share and feedback prompts ("War der Artikel nützlich?"), a comment form.
 * Such a section is told by its place and size, not by its heading's words: the article's text has
 * ended above it, and all it holds to the page's end is under 400 characters. A longer section
 * (a specification list, an appendix) stays.
 *
 * @example dropClosingSection(blocks).at(-1).text // the last paragraph, not "Tel.: 030 …"
 */
export function dropClosingSection(blocks: TextBlock[]): TextBlock[] {
  let last = blocks.length - 1;
  while (last >= 0 && !isRunningText(blocks[last]!, runningText)) last -= 1;
  if (last === -1) return blocks;
  let heading = last + 1;
  while (heading < blocks.length && blocks[heading]!.prefix !== '## ') heading += 1;
  if (heading >= blocks.length) return blocks;
  let size = 0;
  for (let index = heading; index < blocks.length; index += 1) size += blocks[index]!.text.length;
  return size < closingBox ? blocks.slice(0, heading) : blocks;
}
