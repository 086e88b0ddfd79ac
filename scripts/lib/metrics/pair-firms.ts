/**
 * Several firms in one clause with several figures: "Die Erste Group und Raiffeisen Research sehen
 * Kursziele von 68 beziehungsweise 65 Euro" pairs the firms with the figures in order. (One figure
 * shared by several firms or companies, "jeweils 45 Euro", is `share-figures.ts`.)
 *
 * @see SOURCES.md of the dev set — "Pairs with 'beziehungsweise' are assigned in order".
 */
import { firmKinds } from '../../../src/lib/metric-kinds.ts';
import type { SentenceMetric } from './extract-sentence.ts';
import type { Mention } from './types.ts';

const respectively = /(?<![\p{L}])(?:beziehungsweise|bzw\.|respectively)(?![\p{L}])/iu;

/**
 * The sentence's metrics with firms paired with the figures in order.
 *
 * @example toFirmPairs(metrics, 'Die Erste Group und Raiffeisen Research sehen Kursziele von 68 beziehungsweise 65 Euro.', mentions)
 * // the 68 target from Erste Group, the 65 target from Raiffeisen Research
 */
export function toFirmPairs(metrics: SentenceMetric[], text: string, mentions: Mention[]): SentenceMetric[] {
  const firmed = metrics.filter((found) => firmKinds.has(found.metric.kind) && found.metric.firm);
  if (firmed.length === 0) return metrics;
  const firmsBefore = (start: number) => [...new Set(mentions.filter((mention) => mention.isFirm && mention.end <= start).map((mention) => mention.name))];
  if (!respectively.test(text)) return metrics;
  for (const kind of new Set(firmed.map((found) => found.metric.kind))) {
    const same = firmed.filter((found) => found.metric.kind === kind);
    const firms = firmsBefore(same[0]!.start);
    if (firms.length === same.length && same.length > 1) same.forEach((found, index) => (found.metric.firm = firms[index]!));
  }
  return metrics;
}
