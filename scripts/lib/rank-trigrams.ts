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

// Trigrams are keyed by their three UTF-16 code units packed in one number, which a Map hashes
// faster than three-character strings. Units below 1024 (nearly all of Latin text) pack into 30
// bits, a small integer V8 keeps unboxed (no allocation, cheaper hashing); the rest take 2^30 plus
// all 48 bits, exact below 2^53 and never equal to a small key. A model entry of another length
// can never equal a text trigram, so it is left out.
const toKey = (a: number, b: number, c: number) => (a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : 1073741824 + a * 4294967296 + b * 65536 + c);
const models = new Map<string, Map<number, number>>();
for (const [language, model] of Object.entries(data.Latin ?? {})) {
  const trigrams = model.split('|');
  const ranks = new Map<number, number>();
  // From the end, as franc does, so a repeated trigram keeps its first (lowest) rank.
  for (let weight = trigrams.length - 1; weight >= 0; weight--) {
    const trigram = trigrams[weight]!;
    if (trigram.length === 3) ranks.set(toKey(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)), weight);
  }
  models.set(language, ranks);
}
const scripts = Object.entries(expressions);
const latin = expressions.Latin!;

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
  // Without surrogates every match of every script is one character and no character belongs to
  // two scripts (rank-trigrams.test.ts checks both), so Latin holding more than half of the
  // characters is the top script whatever the others count.
  if (!/[\uD800-\uDFFF]/.test(sample) && (sample.match(latin)?.length ?? 0) * 2 > sample.length) return 'Latin';
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
function countTrigrams(sample: string): Map<number, number> {
  const padded = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let index = 0; index + 3 <= padded.length; index++) {
    const trigram = toKey(padded.charCodeAt(index), padded.charCodeAt(index + 1), padded.charCodeAt(index + 2));
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
