/**
 * Runs every extractor over one sentence, keeps per figure the candidate with the nearest cue,
 * and builds typed metrics with subject, firm, previous, segment, period and quote.
 */
import { firmKinds, segmentKinds, signedKinds } from '../../../src/lib/metric-kinds.ts';
import type { Metric, MetricKind } from '../../../src/lib/schema.ts';
import { applyFrame } from './apply-frame.ts';
import { blockCues } from './block-figures.ts';
import { toEchoKind, type EchoKind } from './echo-kinds.ts';
import { isLossCue, netIncomeCue } from './net-income.ts';
import { findFigures } from './find-figures.ts';
import { toFirmPairs } from './pair-firms.ts';
import { toSharedFigures } from './share-figures.ts';
import type { RecordFrame } from './read-records.ts';
import { blockers, extractors } from './index.ts';
import { readPeriod } from './read-period.ts';
import { readSegment } from './read-segment.ts';
import { readSign } from './read-sign.ts';
import { findMatches } from './find-matches.ts';
import { resolveFirm, resolveSubject } from './resolve-subject.ts';
import type { Candidate, Mention, SentenceContext } from './types.ts';

/**
 * A metric with the offsets of its words in the sentence; `comparison` marks an earlier value
 * that belongs, as `previous`, to a figure of an earlier sentence.
 */
export type SentenceMetric = { metric: Metric; start: number; end: number; comparison?: boolean; worded?: boolean };

/** What one sentence yields: metrics, the figures no kind took, and the kind of each figure it could tell (for the next sentence). */
export type SentenceResult = { metrics: SentenceMetric[]; plain: Array<{ start: number; end: number }>; kinds: EchoKind[] };

/** What a sentence is read with besides its text. */
export type SentenceOptions = {
  lang: 'en' | 'de';
  mentions: Mention[];
  primary: string;
  /** The company its unnamed figures belong to (the passage's topic, else the primary). */
  fallback: string;
  /** The line's record frame, where the line is a record. */
  frame?: RecordFrame | null;
  /** The kinds of the sentences just before (`echo-kinds.ts`). */
  echo?: readonly EchoKind[];
  /** The page writes numbers the Swiss way: apostrophes group, a lone dot is decimal. */
  swiss?: boolean;
};

const registry = Object.values(extractors);
const unitless = [extractors.analyst_rating, extractors.user_metric];

/**
 * Extracts the metrics of one sentence.
 *
 * @example extractSentence('Revenue climbed 8% to 280.15 billion yuan ($38.6 billion).', { lang: 'en', mentions: [], primary: 'alibaba', fallback: 'alibaba' })
 * // revenue_growth 8 % and revenue 280150000000 CNY with converted 38600000000 USD
 */
export function extractSentence(text: string, options: SentenceOptions): SentenceResult {
  const { lang, mentions, frame = null, echo = [] } = options;
  const subjects = { primary: options.primary, fallback: options.fallback };
  // A question states nothing: "Is the Stock Still Worth $440?" (only its last clause counts,
  // so "Das Rating „Moderate Buy“ … wider: Wann werden …?" keeps the rating).
  const questionFrom = text.endsWith('?') ? Math.max(0, text.lastIndexOf(':') + 1) : text.length;
  const found = findFigures(text, lang, options.swiss).filter((figure) => figure.start < questionFrom);
  const figures = frame ? applyFrame(found, frame) : found;
  const cache = new Map<RegExp, Array<{ start: number; end: number; text: string }>>();
  const context: SentenceContext = { text, lang, figures, mentions, ...subjects, find: (pattern) => findMatches(cache, pattern, text) };
  const best = new Map<number, Candidate>();
  const ratings: Candidate[] = [];
  // Without a figure only a rating can be read; without a unit, only a rating or a bare count.
  const withUnit = figures.some((figure) => figure.unit !== null);
  for (const extractor of withUnit ? [...blockers, ...registry] : figures.length > 0 ? unitless : [extractors.analyst_rating]) {
    for (const candidate of extractor(context)) {
      if (candidate.figure === null) {
        if (candidate.label!.start < questionFrom) ratings.push(candidate);
      }
      else if (candidate.distance < (best.get(candidate.figure)?.distance ?? Infinity)) best.set(candidate.figure, candidate);
    }
  }
  const metrics: SentenceMetric[] = ratings.flatMap((candidate) => buildRating(candidate, context) ?? []);
  const plain: SentenceResult['plain'] = [];
  const kinds: EchoKind[] = [];
  // Only a sentence that names nothing of its own (no kind, no kind-less figure) echoes the one before.
  const unnamed = [...best.keys()].every((index) => figures[index]!.comparison) && !blockCues.some((cue) => context.find(cue.pattern).length > 0);
  figures.forEach((figure, index) => {
    const candidate = best.get(index);
    // A figure no cue reached may take its kind from the sentence before (`echo-kinds.ts`).
    const kind = candidate ? candidate.kind : unnamed ? toEchoKind(figure, index, figures, echo, text) : undefined;
    if (kind !== undefined) kinds.push({ unit: figure.unit, kind });
    const metric = kind ? buildMetric(kind, index, context) : null;
    if (metric) metrics.push(metric);
    else if (figure.unit) plain.push({ start: figure.start, end: figure.end });
  });
  return { metrics: toFirmPairs(toSharedFigures(metrics, text, mentions), text, mentions), plain, kinds };
}

// Null when the figure belongs to no company (an index, a currency, a commodity).
function buildMetric(kind: MetricKind, index: number, context: SentenceContext): SentenceMetric | null {
  const figure = context.figures[index]!;
  const { text } = context;
  const subject = resolveSubject(context.mentions, figure.start, figure.end, text, context.fallback);
  if (subject === null) return null;
  let value = figure.value;
  if (signedKinds.has(kind) && !figure.signed) value = readSign(text, figure.start, figure.end) < 0 ? -Math.abs(value) : Math.abs(value);
  // "net loss grew to 5.70 billion yuan": the nearest net-income word before the amount is a loss.
  if ((kind === 'net_income' || kind === 'eps') && !figure.signed && isLossCue(context.find(netIncomeCue.pattern).filter((cue) => cue.end <= figure.start && figure.start - cue.end < 60).at(-1)?.text ?? '')) value = -Math.abs(value);
  const period = figure.period ?? readPeriod(text, figure.start);
  const metric: Metric = {
    kind,
    subject,
    value,
    // A bare whole number counted as users or units ("600,000 in the US") is a count.
    unit: kind === 'user_metric' && figure.unit === null ? 'count' : figure.unit,
    firm: firmKinds.has(kind) || period?.endsWith('estimate') ? resolveFirm(context.mentions, figure.start) : null,
    previous: figure.previous ?? null,
    segment: segmentKinds.has(kind) ? (context.mentions.findLast((mention) => mention.unit && mention.end <= figure.start)?.unit ?? readSegment(text, figure.start)) : null,
    period,
    quote: text,
  };
  if (figure.converted) metric.converted = figure.converted;
  return { metric, start: figure.start, end: figure.end, ...(figure.comparison ? { comparison: true } : {}) };
}

function buildRating(candidate: Candidate, context: SentenceContext): SentenceMetric | null {
  const label = candidate.label!;
  const subject = resolveSubject(context.mentions, label.start, label.end, context.text, context.fallback);
  if (subject === null) return null;
  const metric: Metric = {
    kind: 'analyst_rating',
    subject,
    value: label.text,
    unit: null,
    firm: resolveFirm(context.mentions, label.start),
    previous: label.previous ?? null,
    segment: null,
    period: null,
    quote: context.text,
  };
  if (candidate.counts) metric.counts = candidate.counts;
  return { metric, start: label.start, end: label.end, ...(label.worded ? { worded: true } : {}) };
}
