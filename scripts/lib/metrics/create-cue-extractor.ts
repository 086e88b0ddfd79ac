/**
 * The common shape of most extractors: a figure belongs to a kind when one of the kind's cue
 * words stands near it ("revenue", "Kursziel") and the figure's unit fits the kind.
 */
import type { MetricKind } from '../../../src/lib/schema.ts';
import type { Candidate, Extractor, ScannedNumber, SentenceContext } from './types.ts';

/** A cue pattern and the distance penalty its matches carry (weaker cues weigh more). */
export type Cue = { pattern: RegExp; penalty?: number };

/** How far after a figure a cue may stand ("34.5% revenue increase", "$53 billion earmarked"). */
const afterWindow = 40;
// Crossing a dash or semicolon makes a cue belong to another clause.
const clauseBreak = /\s[–—-]\s|;/;

/**
 * The distance between a cue and a figure in characters; cues after the figure count half again
 * as far and only within a short window. Returns Infinity when out of reach.
 */
export function cueDistance(context: SentenceContext, cue: { start: number; end: number }, figure: ScannedNumber): number {
  if (cue.end <= figure.start) {
    const gap = context.text.slice(cue.end, figure.start);
    return gap.length + (clauseBreak.test(gap) ? 40 : 0);
  }
  if (cue.start >= figure.end) {
    const gap = context.text.slice(figure.end, cue.start);
    // "$228 million in revenue, $(201) million in operating income": the noun right after names the figure.
    if (/^\s+(?:in|an)\s+(?:[\p{L}-]+\s+)?$/u.test(gap)) return 0.5;
    if (gap.length > afterWindow || clauseBreak.test(gap) || /[.:,()]/.test(gap.replace(/\d[.,]\d/g, ''))) return Infinity;
    // "revenue of $6.2 billion and free cash flow of $1.2 billion": a cue followed by its own figure names that one.
    if (/^\s*(?:and|und|while|as well as|sowie)\s/i.test(gap) && context.figures.some((other) => other.start >= cue.end && other.start - cue.end <= 25)) return Infinity;
    return gap.length * 1.5 + 2;
  }
  return 0;
}

/**
 * Nearest distance from any match of the cues to the figure, or Infinity beyond `limit`. A match
 * is measured only when its bare gap could still beat the best so far (the gap is a floor of
 * its distance).
 */
export function nearestCue(context: SentenceContext, cues: Cue[], figure: ScannedNumber, limit = Infinity): number {
  let best = limit;
  for (const cue of cues) {
    const penalty = cue.penalty ?? 0;
    for (const match of context.find(cue.pattern)) {
      const floor = (match.end <= figure.start ? figure.start - match.end : match.start >= figure.end ? 0.5 : 0) + penalty;
      if (floor >= best || (match.start >= figure.end && match.start - figure.end > afterWindow)) continue;
      best = Math.min(best, cueDistance(context, match, figure) + penalty);
    }
  }
  return best;
}

/** Options of `createCueExtractor`. */
export type CueExtractorOptions = {
  kind: MetricKind | null;
  cues: Cue[];
  accepts: (figure: ScannedNumber, context: SentenceContext) => boolean;
  /** Figures the family recognises but that have no kind (percent change of free cash flow). */
  blocks?: (figure: ScannedNumber) => boolean;
  /** Farthest distance a cue reaches (default: the whole sentence). */
  reach?: number;
};

/**
 * Creates an extractor that proposes `kind` for every accepted figure with a cue in reach, and
 * blocks (kind null) the figures its cues reach but no kind fits.
 *
 * @example createCueExtractor({ kind: 'revenue', cues: [{ pattern: /revenue/gi }], accepts: isCurrency })
 */
export function createCueExtractor(options: CueExtractorOptions): Extractor {
  return (context) => {
    const candidates: Candidate[] = [];
    context.figures.forEach((figure, index) => {
      const accepted = options.accepts(figure, context);
      if (!accepted && !options.blocks?.(figure)) return;
      const distance = nearestCue(context, options.cues, figure, options.reach === undefined ? Infinity : options.reach + 1e-9);
      if (distance > (options.reach ?? Infinity - 1)) return;
      candidates.push({ figure: index, kind: accepted ? options.kind : null, distance });
    });
    return candidates;
  };
}

/** Unit tests shared by several families. */
export const isCurrency = (figure: ScannedNumber): boolean => figure.unit !== null && /^[A-Z]{3}$/.test(figure.unit);
export const isPercent = (figure: ScannedNumber): boolean => figure.unit === '%';
/** A per-share amount: a currency without scale word and below 100,000. */
export const isPerShare = (figure: ScannedNumber): boolean => isCurrency(figure) && !figure.scaled && Math.abs(figure.value) < 1e5;

const perShareAfter = /^\s*(?:per (?:diluted |basic )?(?:share|ADS)|a share|je (?:Vorzugs)?Aktie|pro Aktie)\b/i;

/** An amount printed "per share" ("$1.08 per share", "5,35 Euro je Aktie"). */
export const isQuotedPerShare = (figure: ScannedNumber, context: SentenceContext): boolean => perShareAfter.test(context.text.slice(figure.end));

/** An amount for the whole company: a currency figure not printed per share. */
export const isAggregate = (figure: ScannedNumber, context: SentenceContext): boolean => isCurrency(figure) && !isQuotedPerShare(figure, context);
