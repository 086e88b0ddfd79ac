import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blockCues } from './block-figures.ts';
import { buybackCue, capexCue, dividendCue, freeCashFlowCue } from './capital.ts';
import { epsCue, netIncomeCue, perShareCue } from './net-income.ts';
import { consensusCue, targetCue } from './price-target.ts';
import { growthCue, revenueCue } from './revenue.ts';
import { levelCue } from './share-price.ts';
import { pronounCue, stockCue } from './stock-move.ts';
import { toGate } from './to-gate.ts';
import { marketCapCue, worthCue } from './valuation.ts';

const cues = [...blockCues, buybackCue, capexCue, dividendCue, freeCashFlowCue, epsCue, netIncomeCue, perShareCue, consensusCue, targetCue, growthCue, revenueCue, levelCue, pronounCue, stockCue, marketCapCue, worthCue];

// Pattern pieces of the kinds the cues use: words, word runs, classes, groups, assertions (groups
// are never repeated, which could take exponential time on their own)
const atom = fc.constantFrom('a', 'b', 'ab', 'Umsatz', 'ä', 'ſ', '\\w', '\\d', '[ab]', '[^a.]', '\\p{L}', '.', ' ', '-');
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{0,2}', '*?', '+?');
const assertion = fc.constantFrom('(?<![\\p{L}])', '(?![\\p{L}])', '\\b', '\\B', '^', '$', '(?=a)', '(?<!b )', '(?!ab|b)');
const sequence = (depth: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.tuple(atom, quantifier).map(([a, q]) => a + q), assertion, depth > 0 ? fc.tuple(alternatives(depth - 1), fc.constantFrom('', '?')).map(([g, q]) => `(?:${g})${q}`) : atom), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const alternatives = (depth: number): fc.Arbitrary<string> => fc.array(sequence(depth), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('|'));
const text = fc.array(fc.constantFrom('a', 'b', 'ab ', 'Umsatz', 'umsatz', 'UMSATZ', 'ä', 'Ä', 's', 'S', 'ſ', '1', ' ', '.', '-', '\n', 'é'), { maxLength: 20 }).map((parts) => parts.join(''));

describe('toGate', () => {
  test('matches every text its pattern matches', () => {
    fc.assert(
      fc.property(alternatives(2), fc.constantFrom('gu', 'giu', 'g', 'gi', 'gm'), text, (source, flags, value) => {
        let pattern: RegExp;
        try {
          pattern = new RegExp(source, flags);
        } catch {
          return;
        }
        const gate = toGate(pattern);
        if (gate && new RegExp(pattern.source, pattern.flags.replace('g', '')).test(value)) expect(gate.test(value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test('gives every cue a gate without assertions or leading and trailing word runs, but one anchored at the start', () => {
    for (const { pattern } of cues) {
      if (pattern.source.startsWith('^')) {
        expect(toGate(pattern), String(pattern)).toBeNull();
        continue;
      }
      const gate = toGate(pattern);
      expect(gate, String(pattern)).not.toBeNull();
      expect(gate!.source).not.toMatch(/\(\?<?[=!]|\\b|\|\\w[*+]|\\w[*+]\|/);
      expect(gate!.flags).toBe(pattern.flags.replace('g', ''));
    }
  });

  test('loosens a cue as documented', () => {
    expect(toGate(/(?<![\p{L}])(?:Umsatz\w*|\w+umsatz)(?![\p{L}])/giu)).toEqual(/Umsatz|umsatz/iu);
    expect(toGate(/(?:They|It)(?= (?:fell|rose))/u)).toEqual(/They|It/u);
    // Anchored at the start, the pattern is tried once; a gate would scan the whole sentence.
    expect(toGate(/^(?:They|It)(?= (?:fell|rose))/u)).toBeNull();
    expect(toGate(/\bclose of\b|\bpriced at\b/gi)).toEqual(/close of|priced at/i);
    // Nothing to gain, a bare word run, or a back-reference: no gate
    expect(toGate(/revenue/gi)).toBeNull();
    expect(toGate(/(?<![\p{L}])\w+(?![\p{L}])/gu)).toBeNull();
    expect(toGate(/(a)\1/g)).toBeNull();
  });
});
