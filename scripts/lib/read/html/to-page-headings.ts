import type { PageHeading } from './find-page-title.ts';
import { getParentElement, isElement, isInside, type HtmlElement, type HtmlNode } from './html-node.ts';
import { isScreenReaderOnly } from './is-screen-reader-only.ts';
import type { Segmented } from './segment-blocks.ts';
import { isHidden } from './segment-blocks.ts';
import { splitKicker } from './split-kicker.ts';

/**
 * Every heading a reader sees outside the page's chrome, in document order, as the title
 * finder weighs them: its shown headline (labels for screen readers only, such as "Headline:" or
 * a hidden " | Site name", and small print left out), a heading with a kicker once more without
 * it (that one first), and the first line of a heading that breaks onto more (`<br>`).
 *
 * @example toPageHeadings(segmented, article).map((h) => h.text) // ['Nervenkrieg geht in die nächste Runde', 'Brexit Nervenkrieg geht in die nächste Runde']
 */
export function toPageHeadings(segmented: Segmented, root: HtmlElement | null): PageHeading[] {
  return segmented.blocks
    .map((block, index) => ({ block, index }))
    .map(({ block, index }) => ({ block, index, element: block.prefix === '## ' ? toHeading(block.owner) : null }))
    .filter((found): found is typeof found & { element: HtmlElement } => found.element !== null)
    .filter(({ element }) => isInside(element, root) || !hasAncestorIn(element, segmented.chrome))
    .flatMap(({ block, index, element }) => {
      const shown = hasAsideText(element) ? toShownText(element) : block.text;
      const lines = shown.split('\n');
      const heading: PageHeading = {
        element, text: lines.join(' '), level: Number(element.tagName[1]), inArticle: isInside(element, root), index,
        ...(lines.length > 1 ? { firstLine: lines[0]! } : {}),
      };
      const rest = splitKicker(element);
      return rest === null ? [heading] : [{ ...heading, text: rest }, heading];
    });
}

// The heading a heading line stands in: its owner, or the heading around the block it fills
// (`<h1><div class="headline">…</div></h1>`).
function toHeading(owner: HtmlElement): HtmlElement | null {
  for (let node: HtmlElement | null = owner, depth = 0; node !== null && depth < 3; node = getParentElement(node), depth += 1) {
    if (/^h[1-6]$/.test(node.tagName)) return node;
  }
  return null;
}

function hasAncestorIn(element: HtmlElement, set: ReadonlySet<HtmlElement>): boolean {
  for (let node: HtmlElement | null = element; node !== null; node = getParentElement(node)) if (set.has(node)) return true;
  return false;
}

// True when a heading holds text beside its headline: a label for screen readers, or small print.
function hasAsideText(heading: HtmlElement): boolean {
  const stack: HtmlNode[] = [...heading.childNodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.tagName === 'small' || isScreenReaderOnly(node)) return true;
    stack.push(...node.childNodes);
  }
  return false;
}

// The headline a sighted reader sees in a heading: without labels for screen readers and
// without small print (a topic line, a date), unless that is all it holds; `<br>` a line break.
function toShownText(heading: HtmlElement): string {
  const read = (skipSmall: boolean) => {
    let text = '';
    const stack: HtmlNode[] = [heading];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeName === '#text' && 'value' in node) text += node.value;
      else if (isElement(node)) {
        if (node.tagName === 'br') text += '\n';
        else if (node !== heading && (isHidden(node) || isScreenReaderOnly(node) || (skipSmall && node.tagName === 'small'))) continue;
        else for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
      }
    }
    return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '').join('\n');
  };
  const headline = read(true);
  return headline.length >= 10 ? headline : read(false);
}
