/**
 * Several firms in one clause: "Berenberg und die Deutsche Bank hoben ihre Kursziele auf jeweils
 * 45 Euro an" is one target per firm; "Die Erste Group und Raiffeisen Research sehen Kursziele von
 * 68 beziehungsweise 65 Euro" pairs the firms with the figures in order.
 *
 * @see SOURCES.md of the dev set — "Pairs with 'beziehungsweise' are assigned in order".
 */
import { firmKinds } from '../../../src/lib/metric-kinds.ts';
import type { SentenceMetric } from './extract-sentence.ts';
import type { Mention } from './types.ts';

const each = /(?<![\p{L}])(?:jeweils|je|each|both|beide|beiden)\s+(?:(?:rund|etwa|about|around|bei|auf)\s+)?$/iu;
const respectively = /(?<![\p{L}])(?:beziehungsweise|bzw\.|respectively)(?![\p{L}])/iu;

/**
 * The sentence's metrics with firms spread over the figures they share or pair with.
 *
 * @example toFirmPairs(metrics, 'Die Erste Group und Raiffeisen Research sehen Kursziele von 68 beziehungsweise 65 Euro.', mentions)
 * // the 68 target from Erste Group, the 65 target from Raiffeisen Research
 */
export function toFirmPairs(metrics: SentenceMetric[], text: string, mentions: Mention[]): SentenceMetric[] {
  const firmed = metrics.filter((found) => firmKinds.has(found.metric.kind) && found.metric.firm);
  if (firmed.length === 0) return metrics;
  const firmsBefore = (start: number) => [...new Set(mentions.filter((mention) => mention.isFirm && mention.end <= start).map((mention) => mention.name))];
  if (respectively.test(text)) {
    for (const kind of new Set(firmed.map((found) => found.metric.kind))) {
      const same = firmed.filter((found) => found.metric.kind === kind);
      const firms = firmsBefore(same[0]!.start);
      if (firms.length === same.length && same.length > 1) same.forEach((found, index) => (found.metric.firm = firms[index]!));
    }
    return metrics;
  }
  return metrics.flatMap((found) => {
    if (!firmed.includes(found) || !each.test(text.slice(Math.max(0, found.start - 30), found.start))) return [found];
    const firms = firmsBefore(found.start);
    return firms.length > 1 ? firms.map((firm) => ({ ...found, metric: { ...found.metric, firm } })) : [found];
  });
}
