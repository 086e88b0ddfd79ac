/**
 * The metrics stage: typed figures of one article, with the spans the MDX writer wraps.
 *
 * Each block is split into sentences and each sentence goes through the extractor registry
 * (`metrics/index.ts`). The title is read last, so a figure repeated in headline and body keeps
 * the body quote; the title has no spans (it is front-matter).
 *
 * @see shared/spec/frontmatter.md — Metrics.
 */
import { plainFigureKind } from '../../../src/lib/article-body.ts';

export { addMetric } from './add-metric.ts';
import type { Metric } from '../../../src/lib/schema.ts';
import { extractSentence } from './extract-sentence.ts';
import { addMetric, findSameAdvice } from './add-metric.ts';
import { toNextEcho, type EchoKind } from './echo-kinds.ts';
import { findFirmAliases } from './find-firm-aliases.ts';
import { isYearAgoSentence } from './find-figures.ts';
import { createCompanyMatcher, findMentions, findUnits } from './find-mentions.ts';
import { nextTopic, startTopic, toFallback } from './next-topic.ts';
import { toPassages, toPlace, type Passage } from './to-passages.ts';
import type { CompanyRef, Mention } from './types.ts';

// Cheap pre-check: digits, number and scale words, or a rating label.
const mayHoldFigures = /\d|percent|prozent|illion|illiard|Mrd|Mio|Buy|Sell|Hold|Neutral|Outperform|Underperform|weight|Perform|Kauf|Halte|Verkauf|gewichten|Accumulate|Reduce|Reduzieren|Akkumulieren|Drittel|Viertel|Fünftel|Zehntel|Hälfte|half|third|fifth|doubled|tripled|verdoppelt|verdreifacht|vervierfacht/i;
const hasDigit = /\d/;
const analystPronoun = /\b(?:Sie|sie|They|they|Er|He|The (?:analysts?|bank|broker|brokerage|firm|house)|the (?:analysts?|bank|broker|brokerage|firm|house)|Die (?:Analysten|Experten|Bank)|die (?:Analysten|Experten|Bank)|Das (?:Analysehaus|Haus)|Der Analyst|The analyst|Ihr Kursziel|Sein Kursziel|Their target|His target|Her target)\b/;
const pastPronoun = /^(?:Sie|Er|Es|Dies|Diese|Dieser|It|This|That|They)\b/;
// A sentence on how the stock has moved, without a figure: the next bare percentages are its moves.
const priceTalk = /Kursentwicklung|Kursverlauf|Kursrally|Kursfeuerwerk|Aktienkurs|share price|stock price|price performance/i;
const stockMoveEcho: EchoKind = { unit: '%', kind: 'share_price_change' };
import { splitSentences } from '../text/split-sentences.ts';
import type { Block, FigureSpan, MetricsResult } from '../types.ts';

/** What the metrics stage reads. */
export type MetricsInput = { title: string; blocks: Block[]; lang: 'en' | 'de'; primary: string; companies: CompanyRef[] };

/** Options of the metrics stage. */
export type MetricsOptions = { /** Mark unclaimed amounts and percentages as plain figures (default true). */ plainFigures?: boolean };

/**
 * Extracts every typed figure of an article and where its words stand.
 *
 * @example extractMetrics({ title: 'Alibaba Surges 11%', blocks: [{ type: 'paragraph', text: 'Shares rose 11%.' }], lang: 'en', primary: 'alibaba', companies: [] })
 * // one share_price_change of 11, quoted from the body
 */
export function extractMetrics(input: MetricsInput, options: MetricsOptions = {}): MetricsResult {
  const texts = [input.title, ...input.blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.text]))];
  const plainMatcher = createCompanyMatcher(input.companies, input.primary);
  const units = findUnits(texts, plainMatcher, input.primary);
  const matcher = units.size > 0 ? createCompanyMatcher(input.companies, input.primary, units) : plainMatcher;
  const metrics: Metric[] = [];
  const seen = new Map<string, number[]>();
  const spans: FigureSpan[] = [];
  const aliases = findFirmAliases(texts.join('\n'));
  // A page that groups thousands with apostrophes writes decimals with a dot ("39.900EUR").
  const swiss = input.lang === 'de' && texts.some((text) => /\d['’]\d{3}(?!\d)/.test(text));
  let articleFirm: Mention | null = null;
  let topic = startTopic;
  // Which sentence each metric was last stated in, so a later year-ago value finds it.
  const recent = new Map<number, number>();
  let sentenceCount = 0;
  let listEcho: { block: number; kinds: EchoKind[] } = { block: -1, kinds: [] };
  // Ratings read from words of advice rather than a printed label.
  const worded = new Set<number>();
  // The table row each record's metric came from: two rows of equal value are two figures.
  const rows = new Map<number, string>();
  const read = (text: string, passage: Passage | null) => {
    // A record is read as one line, whatever its punctuation.
    const frame = passage?.frame ?? null;
    const mark = (sentenceStart: number, figure: { start: number; end: number }, metric: number | null, kind: string) => {
      const place = passage && toPlace(passage, sentenceStart + figure.start, sentenceStart + figure.end);
      if (place) spans.push({ ...place, metric, kind });
    };
    // The firm a paragraph (or list item) named speaks on in its later sentences ("Das Kursziel
    // beziffert Analyst David Varga auf 100 Euro"); "Sie", "The bank" reach back further.
    let paragraphFirm: Mention | null = null;
    // The items of one list speak on from one to the next, as a paragraph's sentences do.
    const block = passage?.parts[0]!.block ?? -1;
    let echo: EchoKind[] = passage?.parts[0]!.item !== undefined && listEcho.block === block ? listEcho.kinds : [];
    // "Für das Vorjahr hatte GESCO … gezahlt. Sie bestand aus …": a pronoun goes on in the past.
    let past = false;
    for (const sentence of frame ? [{ text, start: 0, end: text.length }] : splitSentences(text, input.lang)) {
      const mentions = findMentions(sentence.text, matcher, input.primary, aliases);
      const fallback = passage ? toFallback(topic, sentence.text, input.primary) : input.primary;
      const named = mentions.filter((mention) => mention.isFirm).at(-1) ?? null;
      // Without an earlier firm there is nothing for a pronoun to carry: the test is skipped.
      const carried: Mention | null = paragraphFirm ?? (articleFirm && analystPronoun.test(sentence.text) ? articleFirm : null);
      if (!named && carried) mentions.unshift({ ...carried, start: 0, end: 0 });
      if (named) paragraphFirm = articleFirm = named;
      else if (carried) paragraphFirm = carried;
      // A digit answers for most sentences; only those without one need the word list.
      if (!hasDigit.test(sentence.text) && !mayHoldFigures.test(sentence.text)) {
        topic = nextTopic(topic, mentions, sentence.text, input.primary, passage?.heading ?? false);
        // "… an der bemerkenswerten Kursentwicklung der Verbund-Aktie. Deren Wert hat sich vervierfacht."
        if (priceTalk.test(sentence.text)) echo = toNextEcho([stockMoveEcho], echo);
        continue;
      }
      const result = extractSentence(sentence.text, { lang: input.lang, mentions, primary: input.primary, fallback, frame, echo, swiss });
      echo = toNextEcho(result.kinds.length === 0 && priceTalk.test(sentence.text) ? [stockMoveEcho] : result.kinds, echo);
      listEcho = { block, kinds: echo };
      // The company this sentence's figures went to, where a name in it (not the topic) gave them.
      const owner = result.metrics.findLast((found) => found.metric.subject !== fallback)?.metric.subject ?? null;
      topic = nextTopic(topic, mentions, sentence.text, input.primary, passage?.heading ?? false, owner);
      past = isYearAgoSentence(sentence.text) || (past && pastPronoun.test(sentence.text));
      sentenceCount++;
      // Two equal figures of one sentence are two ("$4 billion, in line with the $4 billion expected").
      const added = new Set<number>();
      const apart = (index: number) => added.has(index) || (frame !== null && rows.has(index) && rows.get(index) !== frame.label);
      for (const found of result.metrics) {
        if (found.comparison || (past && !isYearAgoSentence(sentence.text))) {
          // "In the same quarter a year ago, … EPS of $1.50": the previous of the last such figure.
          const target = findCompared(metrics, found.metric, recent, sentenceCount);
          if (target) target.previous ??= found.metric.value;
          mark(sentence.start, found, null, plainFigureKind);
          continue;
        }
        // The same firm's advice in words ("rät zum Kauf") restates its printed label ("Buy").
        const restated = found.metric.kind === 'analyst_rating' ? findSameAdvice(metrics, found.metric, worded, found.worded ?? false) : -1;
        if (restated >= 0 && found.worded) continue;
        const index = restated >= 0 ? restated : addMetric(metrics, found.metric, seen, apart);
        added.add(index);
        if (frame && !rows.has(index)) rows.set(index, frame.label);
        if (restated >= 0) {
          metrics[index] = found.metric;
          worded.delete(index);
        } else if (found.worded) worded.add(index);
        recent.set(index, sentenceCount);
        mark(sentence.start, found, index, found.metric.kind);
      }
      if (options.plainFigures !== false) for (const figure of result.plain) mark(sentence.start, figure, null, plainFigureKind);
    }
  };
  for (const passage of toPassages(input.blocks)) read(passage.text, passage);
  read(input.title, null);
  return { metrics, spans };
}

// A comparison reaches back this many sentences for the figure it is the previous of.
const comparisonReach = 2;

function findCompared(metrics: Metric[], comparison: Metric, recent: Map<number, number>, sentence: number): Metric | undefined {
  let best: { index: number; sentence: number } | null = null;
  for (const [index, stated] of recent) {
    const metric = metrics[index]!;
    if (sentence - stated > comparisonReach || metric.kind !== comparison.kind || metric.subject !== comparison.subject || metric.unit !== comparison.unit || metric.previous !== null) continue;
    if (!best || stated >= best.sentence) best = { index, sentence: stated };
  }
  return best ? metrics[best.index] : undefined;
}
