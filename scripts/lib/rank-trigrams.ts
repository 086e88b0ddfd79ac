/**
 * franc-min's answer for a short list of Latin-script languages, computed without building and
 * sorting a trigram table per call. franc (6.2) slices the text to 2,048 characters, picks the
 * script with the most characters, then sums, over the distinct trigrams of the cleaned text,
 * how far each trigram's count is from its rank in each language model. That sum does not need
 * the trigrams sorted, and a Map counts them several times faster than franc's object of tuples.
 * Same models, same script expressions, same arithmetic (integers) and the same stable tie
 * order, so the answer is franc's (`rank-trigrams.test.ts` compares the two).
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc's constants (franc-min/index.js).
const maxLength = 2048;
const maxDifference = 300;

const models = new Map<string, Map<string, number>>();
for (const [language, model] of Object.entries(data.Latin ?? {})) {
  const trigrams = model.split('|');
  const ranks = new Map<string, number>();
  // From the end, as franc does, so a repeated trigram keeps its first (lowest) rank.
  for (let weight = trigrams.length - 1; weight >= 0; weight--) ranks.set(trigrams[weight]!, weight);
  models.set(language, ranks);
}
const scripts = Object.entries(expressions);

/**
 * The language franc-min would return for `value` when restricted to `only` (Latin-script ISO
 * 639-3 codes), or `'und'`.
 *
 * @example detectTrigramLanguage('Die Aktie legte um 6,39 Prozent zu.', ['eng', 'deu'], 10) // 'deu'
 */
export function detectTrigramLanguage(value: string, only: readonly string[], minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, maxLength);
  if (topScript(sample) !== 'Latin') return 'und';
  const counts = countTrigrams(sample);
  let best = 'und';
  let bestDistance = Infinity;
  // Model order breaks ties, as franc's stable sort does.
  for (const [language, ranks] of models) {
    if (!only.includes(language)) continue;
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = ranks.get(trigram);
      distance += rank === undefined ? maxDifference : Math.abs(count - rank - 1);
    }
    if (distance < bestDistance) [best, bestDistance] = [language, distance];
  }
  return best;
}

// The first script with the largest share of characters (franc's getTopScript).
function topScript(sample: string): string | undefined {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of scripts) {
    const count = (sample.match(expression)?.length ?? 0) / sample.length || 0;
    if (count > topCount) [top, topCount] = [script, count];
  }
  return top;
}

// trigram-utils' clean(): punctuation, symbols and digits (U+0021–U+0040) become spaces, white
// space collapses, the ends are trimmed, then lower-cased and padded with one space.
function countTrigrams(sample: string): Map<string, number> {
  const padded = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= padded.length; index++) {
    const trigram = padded.slice(index, index + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
