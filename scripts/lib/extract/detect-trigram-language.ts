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

// The models again as one open-addressing table for the small keys (every model trigram of Latin
// letters below U+0400): a trigram's slot holds its rank in each language (-1: not in the model),
// so a text trigram is looked up once for all languages, without a Map. Larger keys are only in
// the Maps above.
const languages = [...models.keys()];
const modelBits = 14;
const modelKeys = new Int32Array(1 << modelBits).fill(-1);
const modelRanks = new Int16Array((1 << modelBits) * languages.length).fill(-1);
languages.forEach((language, column) => {
  for (const [key, rank] of models.get(language)!) {
    if (key >= 1073741824) continue;
    const slot = findSlot(modelKeys, modelBits, key);
    modelKeys[slot] = key;
    modelRanks[slot * languages.length + column] = rank;
  }
});

// The slot of `key` in an open-addressing table of 2^bits small keys: its own, or the empty one
// (-1) where it goes.
function findSlot(keys: Int32Array, bits: number, key: number): number {
  const mask = (1 << bits) - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  while (keys[slot] !== key && keys[slot] !== -1) slot = (slot + 1) & mask;
  return slot;
}

// Latin letters by UTF-16 code unit, for counting them without a match array (surrogates never
// reach it: a sample holding one takes franc's own path).
const isLatin = new Uint8Array(65536);
const latinOne = new RegExp(latin.source, latin.flags.replace('g', ''));
for (let unit = 0; unit < 65536; unit++) if (unit < 0xd800 || unit > 0xdfff) isLatin[unit] = latinOne.test(String.fromCharCode(unit)) ? 1 : 0;

// The text's trigram counts, for texts whose trigrams all have small keys: a reused table of
// 2^13 slots (a sample of 2,048 characters has at most 2,048 distinct trigrams) and the slots in
// use, cleared after each text.
const textBits = 13;
const textKeys = new Int32Array(1 << textBits).fill(-1);
const textCounts = new Int32Array(1 << textBits);
const textUsed = new Int32Array(1 << textBits);

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
  const padded = clean(sample);
  const distances = countInTable(padded, only);
  if (distances) return closest(distances, only);
  const counts = countTrigrams(padded);
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

// The language of the smallest distance, the first in model order on a tie (franc's stable sort).
function closest(distances: Map<string, number>, only: readonly string[]): string {
  let best = 'und';
  let bestDistance = Infinity;
  for (const language of languages) {
    if (!only.includes(language)) continue;
    const distance = distances.get(language)!;
    if (distance < bestDistance) [best, bestDistance] = [language, distance];
  }
  return best;
}

// The distance to each language of `only` counted in the reused tables, or null when a trigram
// has a large key (then the Maps count it). Integer sums, so the order of the trigrams is free.
function countInTable(padded: string, only: readonly string[]): Map<string, number> | null {
  let used = 0;
  let small = true;
  for (let index = 0; index + 3 <= padded.length; index++) {
    const a = padded.charCodeAt(index);
    const b = padded.charCodeAt(index + 1);
    const c = padded.charCodeAt(index + 2);
    if (a >= 1024 || b >= 1024 || c >= 1024) {
      small = false;
      break;
    }
    const key = (a << 20) | (b << 10) | c;
    const slot = findSlot(textKeys, textBits, key);
    if (textKeys[slot] === -1) {
      textKeys[slot] = key;
      textCounts[slot] = 0;
      textUsed[used++] = slot;
    }
    textCounts[slot]! += 1;
  }
  let distances: Map<string, number> | null = null;
  if (small) {
    const columns = only.map((language) => languages.indexOf(language)).filter((column) => column !== -1);
    const sums = columns.map(() => 0);
    for (let index = 0; index < used; index++) {
      const slot = textUsed[index]!;
      const count = textCounts[slot]!;
      const row = findSlot(modelKeys, modelBits, textKeys[slot]!);
      const found = modelKeys[row] !== -1;
      for (let column = 0; column < columns.length; column++) {
        const rank = found ? modelRanks[row * languages.length + columns[column]!]! : -1;
        sums[column]! += rank === -1 ? maxDifference : Math.abs(count - rank - 1);
      }
    }
    distances = new Map(columns.map((column, index) => [languages[column]!, sums[index]!]));
  }
  for (let index = 0; index < used; index++) textKeys[textUsed[index]!] = -1;
  return distances;
}

// The first script with the largest share of characters (franc's getTopScript).
function topScript(sample: string): string | undefined {
  // Without surrogates every match of every script is one character and no character belongs to
  // two scripts (rank-trigrams.test.ts checks both), so Latin holding more than half of the
  // characters is the top script whatever the others count.
  if (!/[\uD800-\uDFFF]/.test(sample) && countLatin(sample) * 2 > sample.length) return 'Latin';
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of scripts) {
    const count = (sample.match(expression)?.length ?? 0) / sample.length || 0;
    if (count > topCount) [top, topCount] = [script, count];
  }
  return top;
}

function countLatin(sample: string): number {
  let count = 0;
  for (let index = 0; index < sample.length; index++) count += isLatin[sample.charCodeAt(index)]!;
  return count;
}

// trigram-utils' clean(): punctuation, symbols and digits (U+0021–U+0040) become spaces, white
// space collapses, the ends are trimmed, then lower-cased and padded with one space.
function clean(sample: string): string {
  return ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
}

function countTrigrams(padded: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let index = 0; index + 3 <= padded.length; index++) {
    const trigram = toKey(padded.charCodeAt(index), padded.charCodeAt(index + 1), padded.charCodeAt(index + 2));
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
