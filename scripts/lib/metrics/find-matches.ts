/**
 * Where a cue pattern matches a sentence: the one place every extractor asks, so each pattern
 * runs once per sentence, behind its gate (`to-gate.ts`).
 */
import { toGate } from './to-gate.ts';

// Each pattern's gate (`to-gate.ts`), made once: where it finds nothing, the pattern finds nothing.
const gates = new WeakMap<RegExp, RegExp | null>();

/**
 * The matches of a pattern in a sentence, found once per sentence (`cache`), and not at all where
 * the pattern's gate finds nothing.
 *
 * @example findMatches(new Map(), /Umsatz/gu, 'Der Umsatz stieg.') // [{ start: 4, end: 10, text: 'Umsatz' }]
 */
export function findMatches(cache: Map<RegExp, Array<{ start: number; end: number; text: string }>>, pattern: RegExp, text: string) {
  let found = cache.get(pattern);
  if (!found) {
    found = [];
    let gate = gates.get(pattern);
    if (gate === undefined) gates.set(pattern, (gate = toGate(pattern)));
    if (!gate || gate.test(text)) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
        if (match[0].length === 0) pattern.lastIndex++;
      }
    }
    cache.set(pattern, found);
  }
  return found;
}
