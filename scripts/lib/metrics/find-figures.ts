/**
 * Joins scanned numbers into figures: ranges yield both ends, "from $77 to $102" and "auf 95 von
 * 90 Franken" keep the old value as `previous`, a year-ago value ("(Vorjahr: …)", "compared with
 * … a year earlier") is the previous of the figure it compares with, and a bracketed amount in
 * another currency becomes `converted`.
 *
 * @see shared/spec/metrics-guide.md — `previous` and `converted`, ranges.
 */
import { scanNumbers } from './scan-numbers.ts';
import type { ScannedNumber } from './types.ts';

// Order matters: "from … to" is a change, checked before "to" as a range.
const fromBefore = /\b(?:from|von)\s+(?:rund |etwa |ca\. |about |around )?$/i;
const rangeBefore = /\b(?:ranged?|ranging|range|traded|trading|schwankt\w*|pendelt\w*|bewegt\w*)\b[^.;]{0,40}\bfrom\s+$/i;
const rangeGap = /^\s*(?:to|bis|–|—|-|and|und)\s*$/;
const changeGap = /^\s*(?:to|auf)\s*$/;
const betweenBefore = /\b(?:between|zwischen|range of|Spanne von)\s+(?:rund |etwa |about )?$/i;
const previousGap = /^\s*,?\s*(?:\(\s*)?(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to)|versus|vs\.?|against|after|nach|gegenüber|nach zuvor|from|von zuvor|statt|anstatt|instead of)\s*(?:rund |about |around |etwa )?$/i;
// "auf 95 von 90 Franken", "to $240 from $190": the new value first, then the old.
const newFirstBefore = /\b(?:auf|to|bei)\s+(?:rund |etwa |about )?$/i;
const newFirstGap = /^\s*(?:von|from|statt|anstatt|nach zuvor|nach|von zuvor)\s*(?:rund |etwa |about )?$/i;
const convertedGap = /^\s*\(\s*(?:about |approx\. |approximately |rund |ca\. |etwa |around |roughly |or )?$/i;
// "3,01 beziehungsweise 3,11 Euro": a bare number shares the unit of the one after it.
const pairGap = /^\s*(?:,|beziehungsweise|bzw\.|respectively|oder|or|und|and)\s*$/;

/**
 * Finds every figure in a sentence, with previous values and conversions attached. A figure that
 * compares with something this sentence does not hold ("In the same quarter a year ago, … EPS of
 * $1.50") is kept with `comparison` set, for the sentence before to take as its previous.
 *
 * @example findFigures('Die Aktie verliert 1,3 bis 2,5 Prozent.', 'de').map((f) => f.value) // [1.3, 2.5]
 * @example findFigures('raised its target from $77 to $102', 'en') // one figure: 102, previous 77
 * @example findFigures('hebt ihr Kursziel auf 95 von 90 Franken an', 'de') // one figure: 95 CHF, previous 90
 * @example findFigures('48.95 billion yuan ($6.72 billion)', 'en')[0].converted // { value: 6720000000, unit: 'USD' }
 */
export function findFigures(text: string, lang: 'en' | 'de', swiss = false): ScannedNumber[] {
  const scanned = shareUnits(text, scanNumbers(text, lang, swiss));
  const figures: ScannedNumber[] = [];
  for (let index = 0; index < scanned.length; index++) {
    const current = scanned[index]!;
    const next = scanned[index + 1];
    const gap = next ? text.slice(current.end, next.start) : '';
    const before = text.slice(Math.max(0, current.start - 60), current.start);
    if (next && changeGap.test(gap) && fromBefore.test(before) && !rangeBefore.test(before) && sameKind(current, next)) {
      // "from $77 to $102": the figure is the new value, previous the old one.
      figures.push({ ...inherit(next, current), start: current.start, previous: inherit(current, next).value });
      index++;
    } else if (next && newFirstGap.test(gap) && newFirstBefore.test(before) && sameKind(current, next) && (current.unit ?? next.unit)) {
      figures.push({ ...inherit(current, next), previous: inherit(next, current).value });
      index++;
    } else if (next && (rangeGap.test(gap) || (changeGap.test(gap) && rangeBefore.test(before))) && isRange(current, next, gap, before)) {
      figures.push({ ...inherit(current, next), range: 'low' }, { ...inherit(next, current), range: 'high' });
      index++;
    } else if (next && current.unit && next.unit && next.unit !== current.unit && isCurrency(current) && isCurrency(next) && convertedGap.test(gap)) {
      // "2.4bn euros ($3.1bn; £2.9bn)": the first conversion is kept, every one in the bracket is the same amount.
      let last = index + 1;
      while (scanned[last + 1] && isCurrency(scanned[last + 1]!) && /^\s*[;,/]\s*$/.test(text.slice(scanned[last]!.end, scanned[last + 1]!.start))) last++;
      if (text.slice(scanned[last]!.end).trimStart().startsWith(')')) {
        figures.push({ ...current, end: scanned[last]!.end + text.slice(scanned[last]!.end).indexOf(')') + 1, converted: { value: next.value, unit: next.unit } });
        index = last;
      } else figures.push(current);
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
  return attachComparisons(text, fillScales(text, figures));
}

// "2,9 Mrd. Euro (Q1 2023: 2,1 Mrd. Euro)", "(Vorjahr 333,2 Mio. EUR)", "(alt: 4,21 Euro)": the
// label may hold bare numbers, so look past them.
const bracketLabel = /^\s*\((?:[^():]{0,30}:|Vorjahr(?:eswert|esquartal)?|Vj\.?|prior year|previous year|year earlier|year ago|bisher|zuvor|alt)?\s*(?:rund |about |etwa |ca\. )?/i;

// "eine Dividende von 2,20 Euro je Aktie vor (Vorjahr: 1,75 Euro)": a named label may stand a few words on.
const laterLabel = /^(?:\s+(?:je|per|pro|a)\s+(?:Aktie|share))?(?:\s+\p{Ll}{1,10}){0,2}\s*\((?:Vorjahr(?:eswert|esquartal)?|Vj\.?|prior year|previous year|year earlier|year ago|bisher|zuvor|alt)\b[^():]{0,20}:?\s*(?:rund |about |etwa |ca\. )?/iu;

/** How many scanned numbers to skip to reach the previous value of `figure`, or 0. */
function findPrevious(text: string, figure: ScannedNumber, scanned: ScannedNumber[], from: number): number {
  const label = bracketLabel.exec(text.slice(figure.end)) ?? laterLabel.exec(text.slice(figure.end));
  for (let offset = 0; offset < 3 && from + offset < scanned.length; offset++) {
    const candidate = scanned[from + offset]!;
    if (!candidate.unit || !sameKind(figure, candidate)) continue;
    const atLabel = label !== null && candidate.start === figure.end + label[0].length;
    // A bare bracket "(17,9 Mio. EUR)" after an amount is its prior-period value when the unit and scale agree.
    const bare = atLabel && label![0].trim() === '(' && !(candidate.unit === figure.unit && candidate.scaled === figure.scaled && isCurrency(figure));
    const expected = estimateAfter.test(text.slice(candidate.end, candidate.end + 30));
    if ((atLabel && !bare) || (offset === 0 && !expected && previousGap.test(text.slice(figure.end, candidate.start)))) return offset + 1;
  }
  return 0;
}

// "$1.01 vs. 83 cents expected": the figure after "vs." is an expectation, not an earlier value.
const estimateAfter = /^\s*(?:(?:a share|per share|je Aktie)\s+)?(?:(?:that\s+|which\s+)?(?:analysts?|economists?|the market|the Street|Wall Street|experts?|Analysten|Experten)\s+(?:had\s+|have\s+|were\s+|hatten\s+)?)?(?:expected|estimated|forecast|projected|predicted|anticipated|looking for|consensus|erwartet\w*|geschätzt\w*|prognostiziert\w*)\b/i;
const estimateWords = /\b(?:estimates?|expectations?|expected|consensus|forecasts?|guidance|Schätzung\w*|Erwartung\w*|erwartet\w*|Konsens\w*|Prognose\w*)\b/i;
// "nach" compares only right before the number ("nach 1,7 Prozent"); "nach Anteilen Dritter von" does not.
const comparisonBefore = /(?:(?:\bfrom|compared (?:with|to)|versus|vs\.?|against|gegenüber|verglichen mit)\s+(?:(?:its|their|the|a|an|einem|einer|dem|den)\s+)?(?:(?:[\p{L}-]+\s+){0,3}(?:of|von)\s+)?|\bnach\s+)(?:about |around |roughly |rund |etwa |ca\. )?$/iu;
const yearAgoBefore = /(?:\ba year (?:earlier|ago|before)|\bein Jahr zuvor|\bvor einem Jahr|\bim Vorjahr\w*|\bin the (?:same|year-ago|prior-year) (?:quarter|period)(?: a year (?:ago|earlier))?|(?:Vorjahr\w*|year-ago \w+|prior-year \w+),? (?:in dem|in der|when|als))\b\s+(?:[\p{L}-]+\s+){0,6}?(?:about |around |rund |etwa )?$/iu;
// After a comma the frame belongs to this figure only where it ends the clause ("…, a year
// earlier."); "2,70 EUR je Aktie, ein Jahr zuvor hatte der Konzern 2,40 EUR" frames the next one.
const yearAgoFrame = String.raw`(?:a year (?:earlier|ago|before)|in the (?:year-ago|prior-year|same) (?:quarter|period)|last year|the year before|im Vorjahr\w*|ein Jahr zuvor|vor einem Jahr|im Vorjahreszeitraum|im Vorjahresquartal)`;
const yearAgoAfter = new RegExp(String.raw`^\s*(?:per (?:diluted )?share|je Aktie|pro Aktie)?\s*(?:${yearAgoFrame}|,\s*${yearAgoFrame}(?=\s*(?:[.;,)]|$)))`, 'i');
// A sentence that opens in the past speaks of last year's figures throughout.
// … or names the earlier year with a pluperfect and "noch" ("Für 2022 hatte es noch 0,70 Euro gegeben").
const yearAgoSentence = /^(?:In the (?:same|year-ago|prior-year) (?:quarter|period)(?: a year (?:ago|earlier))?|(?:A|One) year (?:earlier|ago|before)|In the year-ago \w+|(?:For|In) the (?:previous|prior) (?:year|quarter)|Ein Jahr zuvor|Vor einem Jahr|Im Vorjahr\w*|Für das Vorjahr|Im Vorjahresquartal)\b|^(?:Für|Im Jahr|In) (?:das (?:Geschäftsjahr|Jahr) )?(?:19|20)\d{2}\b[^.;]*\bhatten?\b[^.;]*\bnoch\b/i;

/**
 * True when a sentence speaks of the past period throughout ("A year earlier, …", "Für das
 * Vorjahr hatte GESCO …"): its figures are earlier values.
 *
 * @example isYearAgoSentence('In the same quarter a year ago, the company reported EPS of $1.50.') // true
 */
export function isYearAgoSentence(text: string): boolean {
  return yearAgoSentence.test(text);
}

/**
 * A figure introduced by "from", "compared with", "nach" or framed by "a year earlier" is the
 * previous value of the nearest earlier figure of the same unit and scale, even with other
 * figures between ("$26.4 billion, or $1.08 per share, from $16.6 billion a year earlier"); an
 * expectation ("against estimates of …") is a figure of its own.
 */
function attachComparisons(text: string, figures: ScannedNumber[]): ScannedNumber[] {
  const kept: ScannedNumber[] = [];
  const pastSentence = yearAgoSentence.test(text);
  for (const [index, figure] of figures.entries()) {
    const before = text.slice(Math.max(kept.at(-1)?.end ?? 0, figure.start - 60), figure.start);
    // "revenue of $12.5 billion to $13.5 billion, down from a previous range of $14.0 billion to
    // $14.5 billion": a range compared with a range gives each end its previous.
    const high = figures[index + 1];
    if (figure.range === 'low' && high?.range === 'high' && comparisonBefore.test(before)) {
      const earlier = kept.findLast((other) => other.range === 'high' && other.unit === figure.unit && other.previous === undefined);
      const earlierLow = earlier && kept[kept.indexOf(earlier) - 1];
      if (earlier && earlierLow?.range === 'low') {
        earlierLow.previous = figure.value;
        earlier.previous = high.value;
        figures.splice(index + 1, 1);
        continue;
      }
    }
    // "from a record high of HK$61.45" names a level, not an earlier value.
    const compared = comparisonBefore.test(before) && !estimateWords.test(before.slice(-40)) && !estimateAfter.test(text.slice(figure.end, figure.end + 30)) && !/\b(?:high|low|peak|record|level|Hoch|Tief|Rekord\w*)\b/i.test(before.slice(-30));
    const isComparison = !figure.range && figure.previous === undefined && (pastSentence || compared || yearAgoBefore.test(before) || yearAgoAfter.test(text.slice(figure.end)));
    const target = isComparison ? kept.findLast((other) => other.unit === figure.unit && other.scaled === figure.scaled && other.previous === undefined && !other.range && !other.comparison) : undefined;
    if (target) target.previous = figure.value;
    else kept.push(isComparison ? { ...figure, comparison: true } : figure);
  }
  return kept;
}

/**
 * "3,01 beziehungsweise 3,11 Euro", "81 nach zuvor 71 Franken": a bare number joined to the next
 * one by a pairing word takes that number's unit and scale.
 */
function shareUnits(text: string, scanned: ScannedNumber[]): ScannedNumber[] {
  const out = [...scanned];
  for (let index = out.length - 2; index >= 0; index--) {
    const current = out[index]!;
    const next = out[index + 1]!;
    if (current.unit !== null || next.unit === null || /^(?:19|20)\d\d$/.test(text.slice(current.start, current.end))) continue;
    const gap = text.slice(current.end, next.start);
    if (pairGap.test(gap) || newFirstGap.test(gap) || /^\s*nach zuvor\s*$/.test(gap)) out[index] = inherit(current, next);
  }
  return out;
}

/**
 * A row that prints its scale once ("RMB 115.96B, from RMB 88.89, against expectations of RMB
 * 114.90"): an unscaled amount of the same currency and of the same size as a scaled one takes
 * its scale. Per-share amounts keep theirs.
 */
function fillScales(text: string, figures: ScannedNumber[]): ScannedNumber[] {
  const scaled = figures.filter((figure) => figure.scaled && isCurrency(figure));
  if (scaled.length === 0) return figures;
  return figures.map((figure) => {
    // "RMB 115.96B, from RMB 88.89": the earlier value lost its scale letter.
    if (figure.scaled && isCurrency(figure) && figure.previous !== undefined && isSameSize(figure.previous, figure.value / scaleOf(figure))) {
      return { ...figure, previous: Number((figure.previous * scaleOf(figure)).toPrecision(12)) };
    }
    if (figure.scaled || !isCurrency(figure) || /^\s*(?:per|a|je|pro) (?:share|Aktie|ADS)/i.test(text.slice(figure.end)) || /(?:per share|je Aktie|pro Aktie|EPS)\b[^,;]{0,25}$/i.test(text.slice(Math.max(0, figure.start - 40), figure.start))) return figure;
    const model = scaled.find((other) => other.unit === figure.unit && isSameSize(figure.value, other.value / scaleOf(other)));
    if (!model) return figure;
    const scale = scaleOf(model);
    return { ...figure, scaled: true, value: Number((figure.value * scale).toPrecision(12)), ...(figure.previous !== undefined ? { previous: Number((figure.previous * scale).toPrecision(12)) } : {}) };
  });
}

function isSameSize(a: number, b: number): boolean {
  return Math.abs(a) >= 1 && Math.abs(a) / Math.abs(b) >= 0.5 && Math.abs(a) / Math.abs(b) <= 2;
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
  if (/to/.test(gap)) return (rangeBefore.test(before) || !fromBefore.test(before)) && (low.unit === null || low.unit === high.unit);
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
