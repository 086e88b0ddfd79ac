/**
 * One figure stated for several names: "Berenberg und die Deutsche Bank hoben ihre Kursziele auf
 * jeweils 45 Euro an" is one target per firm, "Derzeit bringen OMV und Erste jeweils rund 14,4
 * Milliarden Euro Börsewert auf die Waage" one market value per company. Only the names joined
 * right before the figure share it ("Morningstar mit 2.220 Euro, dahinter folgen Morgan Stanley
 * und MWB Research mit jeweils 2.000 Euro": not Morningstar).
 */
import { firmKinds } from '../../../src/lib/metric-kinds.ts';
import type { SentenceMetric } from './extract-sentence.ts';
import type { Mention } from './types.ts';

const each = /(?<![\p{L}])(?:jeweils|je|each|both|beide|beiden)\s+(?:(?:rund|etwa|knapp|gut|about|around|roughly|bei|auf|um)\s+)?$/iu;
// What may stand between two names of one group: a comma, "und", "and", "sowie", an article.
const joint = /^\s*(?:,|und|and|sowie|&|or|oder|as well as)?\s*(?:(?:die|der|den|dem|das|the)\s+)?$/iu;

/**
 * The names of a group that ends with the last name before `start`: each joined to the next by
 * a comma or a conjunction only.
 *
 * @example toGroup(mentions, 60, 'Die Analysten von Berenberg und der Deutschen Bank hoben …', (m) => m.isFirm) // [Berenberg, Deutsche Bank]
 */
export function toGroup(mentions: Mention[], start: number, text: string, isMember: (mention: Mention) => boolean): Mention[] {
  const before = mentions.filter((mention) => isMember(mention) && mention.end > mention.start && mention.end <= start);
  const group = before.slice(-1);
  for (let index = before.length - 2; index >= 0; index--) {
    const mention = before[index]!;
    if (!joint.test(text.slice(mention.end, group[0]!.start))) break;
    group.unshift(mention);
  }
  return group;
}

/**
 * The sentence's metrics with a shared figure given to each firm or company of the group before it.
 *
 * @example toSharedFigures(metrics, 'Derzeit bringen OMV und Erste jeweils rund 14,4 Milliarden Euro Börsewert', mentions)
 * // one market_cap for OMV, one for Erste
 */
export function toSharedFigures(metrics: SentenceMetric[], text: string, mentions: Mention[]): SentenceMetric[] {
  if (!/jeweils|je|each|both|beide/i.test(text)) return metrics;
  return metrics.flatMap((found) => {
    if (!each.test(text.slice(Math.max(0, found.start - 30), found.start))) return [found];
    if (firmKinds.has(found.metric.kind) && found.metric.firm) {
      const firms = [...new Set(toGroup(mentions, found.start, text, (mention) => mention.isFirm).map((mention) => mention.name))];
      if (firms.length > 1) return firms.map((firm) => ({ ...found, metric: { ...found.metric, firm } }));
    }
    const companies = toGroup(mentions, found.start, text, (mention) => !mention.isFirm && !mention.market && mention.id !== null);
    if (companies.length < 2 || companies.at(-1)!.id !== found.metric.subject) return [found];
    return [...new Set(companies.map((mention) => mention.id!))].map((subject) => ({ ...found, metric: { ...found.metric, subject } }));
  });
}
