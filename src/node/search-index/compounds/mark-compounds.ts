/**
 * Writes compound marks into German text for the search index (`compoundMark`).
 *
 * Pure.
 */
import { compoundMark, escapeCompoundMarks } from '../../../lib/search/compound-marker.ts';
import { splitCompound, type CompoundLexicon } from './create-compound-splitter.ts';

/**
 * Returns `text` with a mark between the parts of every compound the lexicon can split, and any
 * mark the text already held escaped.
 *
 * @example markCompounds('Das Kursziel steigt', lexicon) // 'Das Kurs|ziel steigt'
 */
export function markCompounds(text: string, lexicon: CompoundLexicon): string {
  return escapeCompoundMarks(text).replace(/\p{L}+/gu, (word) => {
    const splits = splitCompound(word, lexicon);
    if (splits.length === 0) return word;
    const chars = [...word];
    // Positions count letters of the lower-cased word; German lower-casing keeps the length.
    return chars.map((char, index) => (splits.includes(index) ? `${compoundMark}${char}` : char)).join('');
  });
}
