/**
 * Turns Pagefind's excerpts into text runs, so the page can build them as DOM nodes.
 *
 * Environment-neutral and pure.
 */
import { removeCompoundMarks } from '../lib/search/compound-marker.ts';

/** A run of excerpt text; `mark` when Pagefind highlighted it as a match. */
export type ExcerptPart = { text: string; mark: boolean };

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Splits an excerpt at Pagefind's `<mark>` and `</mark>` tags and decodes the `&lt;`/`&gt;`
 * Pagefind writes for `<` and `>` of the page text. Nothing else is taken as markup: any other
 * tag-like text stays text. The compound marks of indexed German text go. Empty runs are dropped.
 *
 * @example toExcerptParts('Kursziel <mark>230</mark> &lt;USD&gt;')
 * // [{ text: 'Kursziel ', mark: false }, { text: '230', mark: true }, { text: ' <USD>', mark: false }]
 */
export function toExcerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const text = removeCompoundMarks(piece.replace(/&lt;|&gt;/g, (entity) => entities[entity]!));
    if (text === '') continue;
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
