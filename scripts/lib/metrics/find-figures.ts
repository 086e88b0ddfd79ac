/**
 * Joins scanned numbers into figures: ranges yield both ends, "from $77 to $102" keeps 77 as the
 * previous value, and a bracketed amount in another currency becomes `converted`.
 *
 * @see shared/spec/frontmatter.md — previous, converted and range rules.
 */
import { scanNumbers } from './scan-numbers.ts';
import type { ScannedNumber } from './types.ts';

// Order matters: "from … to" is a change, checked before "to" as a range.
const fromBefore = /\b(?:from|von)\s+(?:rund |etwa |ca\. |about |around )?$/i;
const rangeGap = /^\s*(?:to|bis|–|—|-|and|und)\s*$/;
const changeGap = /^\s*(?:to|auf)\s*$/;
const betweenBefore = /\b(?:between|zwischen|range of|Spanne von)\s+(?:rund |etwa |about )?$/i;
const previousGap = /^\s*,?\s*(?:\(\s*)?(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to)|versus|vs\.?|against|after|nach|gegenüber|nach zuvor|from|von zuvor)\s*(?:rund |about |around |etwa )?$/i;
const convertedGap = /^\s*\(\s*(?:about |approx\. |approximately |rund |ca\. |etwa |around |roughly )?$/i;

/**
 * Finds every figure in a sentence, with previous values and conversions attached.
 *
 * @example findFigures('Die Aktie verliert 1,3 bis 2,5 Prozent.', 'de').map((f) => f.value) // [1.3, 2.5]
 * @example findFigures('raised its target from $77 to $102', 'en') // one figure: 102, previous 77
 * @example findFigures('48.95 billion yuan ($6.72 billion)', 'en')[0].converted // { value: 6720000000, unit: 'USD' }
 */
export function findFigures(text: string, lang: 'en' | 'de'): ScannedNumber[] {
  const scanned = scanNumbers(text, lang);
  const figures: ScannedNumber[] = [];
  for (let index = 0; index < scanned.length; index++) {
    const current = scanned[index]!;
    const next = scanned[index + 1];
    const gap = next ? text.slice(current.end, next.start) : '';
    const before = text.slice(Math.max(0, current.start - 30), current.start);
    if (next && changeGap.test(gap) && fromBefore.test(before) && sameKind(current, next)) {
      // "from $77 to $102": the figure is the new value, previous the old one.
      figures.push({ ...inherit(next, current), start: current.start, previous: inherit(current, next).value });
      index++;
    } else if (next && rangeGap.test(gap) && isRange(current, next, gap, before)) {
      figures.push({ ...inherit(current, next), range: 'low' }, { ...inherit(next, current), range: 'high' });
      index++;
    } else if (next && current.unit && next.unit && next.unit !== current.unit && isCurrency(current) && isCurrency(next) && convertedGap.test(gap) && text[next.end] === ')') {
      figures.push({ ...current, end: next.end + 1, converted: { value: next.value, unit: next.unit } });
      index++;
    } else {
      figures.push(current);
    }
    const last = figures.at(-1)!;
    const skip = findPrevious(text, last, scanned, index + 1);
    if (skip > 0) {
      last.previous = scanned[index + skip]!.value;
      index += skip;
    }
  }
  return attachComparisons(text, figures);
}

// "2,9 Mrd. Euro (Q1 2023: 2,1 Mrd. Euro)": the label may hold bare numbers, so look past them.
const bracketLabel = /^\s*\((?:[^():]{0,30}):\s*(?:rund |about |etwa )?/;

/** How many scanned numbers to skip to reach the previous value of `figure`, or 0. */
function findPrevious(text: string, figure: ScannedNumber, scanned: ScannedNumber[], from: number): number {
  const label = bracketLabel.exec(text.slice(figure.end));
  for (let offset = 0; offset < 3 && from + offset < scanned.length; offset++) {
    const candidate = scanned[from + offset]!;
    if (!candidate.unit || !sameKind(figure, candidate)) continue;
    const atLabel = label !== null && candidate.start === figure.end + label[0].length;
    if (atLabel || (offset === 0 && previousGap.test(text.slice(figure.end, candidate.start)))) return offset + 1;
  }
  return 0;
}

const comparisonBefore = /(?:\bfrom|compared (?:with|to)|versus|vs\.?|against|gegenüber|nach)\s+(?:about |around |roughly |rund |etwa |ca\. )?$/i;
const yearAgoAfter = /^\s*(?:per (?:diluted )?share|je Aktie|pro Aktie)?\s*,?\s*(?:a year (?:earlier|ago|before)|in the (?:year-ago|prior-year|same) (?:quarter|period)|last year|the year before|im Vorjahr\w*|ein Jahr zuvor|vor einem Jahr|im Vorjahreszeitraum|im Vorjahresquartal)/i;

/**
 * A figure introduced by "from", "compared with", "nach" or followed by "a year earlier" is the
 * previous value of the nearest earlier figure of the same unit and scale, even with other
 * figures between ("$26.4 billion, or $1.08 per share, from $16.6 billion a year earlier").
 */
function attachComparisons(text: string, figures: ScannedNumber[]): ScannedNumber[] {
  const kept: ScannedNumber[] = [];
  for (const figure of figures) {
    const before = text.slice(Math.max(kept.at(-1)?.end ?? 0, figure.start - 40), figure.start);
    const isComparison = !figure.range && (comparisonBefore.test(before) || yearAgoAfter.test(text.slice(figure.end)));
    const target = isComparison ? kept.findLast((other) => other.unit === figure.unit && other.scaled === figure.scaled && other.previous === undefined && !other.range) : undefined;
    if (target) target.previous = figure.value;
    else kept.push(figure);
  }
  return kept;
}

function isCurrency(figure: ScannedNumber): boolean {
  return figure.unit !== null && /^[A-Z]{3}$/.test(figure.unit);
}

function sameKind(a: ScannedNumber, b: ScannedNumber): boolean {
  return a.unit === b.unit || a.unit === null || b.unit === null;
}

function isRange(low: ScannedNumber, high: ScannedNumber, gap: string, before: string): boolean {
  if (!sameKind(low, high) || (!low.unit && !high.unit)) return false;
  if (/and|und/.test(gap)) return betweenBefore.test(before);
  if (/to/.test(gap)) return !fromBefore.test(before) && (low.unit === null || low.unit === high.unit);
  return true;
}

// A range end without its own unit takes the other end's unit and scale ("1,3 bis 2,5 Milliarden").
function inherit(figure: ScannedNumber, other: ScannedNumber): ScannedNumber {
  if (figure.unit !== null || other.unit === null) return figure;
  const scale = !figure.scaled && other.scaled ? scaleOf(other) : 1;
  return { ...figure, unit: other.unit, scaled: other.scaled, value: Number((figure.value * scale).toPrecision(12)) };
}

function scaleOf(figure: ScannedNumber): number {
  const magnitude = Math.abs(figure.value);
  for (const scale of [1e12, 1e9, 1e6, 1e3]) if (magnitude >= scale) return scale;
  return 1;
}
