import { plainFigureKind } from '../../../src/lib/article-body.ts';
import type { CorrectableField, Metric } from '../../../src/lib/schema.ts';
import { correctableFields } from '../../../src/lib/schema.ts';
import { unassignedCompany, type AnalysedArticle } from '../analyse-article.ts';
import type { AddedMetric, MetricMatch, Override } from './parse-override.ts';
import type { FigureSpan } from '../types.ts';

// Analysis warnings a correction answers, by the field that answers them.
const answeredWarnings: Partial<Record<CorrectableField, RegExp>> = {
  date: /^no publication date found/,
  primary: /^no company found/,
};

/**
 * Applies one override to an analysed article: sets title, date and primary company, removes and
 * adds figures, and records the corrected fields in `corrections`. A remove rule that matches no
 * figure becomes a warning (the extraction may have changed since the rule was written).
 * The slug is not affected: it is assigned from the extracted title, so a corrected title keeps
 * the article's address.
 *
 * @example applyOverride(analysed, { title: 'Siemens raises its outlook' }).article.titleSource // 'override'
 */
export function applyOverride(analysed: AnalysedArticle, override: Override, file: string): AnalysedArticle {
  const article = { ...analysed.article };
  const fields = new Set<CorrectableField>();
  const warnings: string[] = [];
  if (override.title !== undefined) {
    Object.assign(article, { title: override.title, titleSource: 'override' });
    fields.add('title');
  }
  if (override.date !== undefined) {
    // A printed time belongs to the printed date, not to the corrected one.
    delete article.time;
    Object.assign(article, { date: override.date, dateSource: 'override' });
    fields.add('date');
  }
  if (override.primary !== undefined) {
    article.primary = override.primary;
    // Figures filed under "unassigned" were about the article's company, now known.
    article.metrics = article.metrics.map((metric) => (metric.subject === unassignedCompany ? { ...metric, subject: override.primary! } : metric));
    fields.add('primary');
  }
  let spans = analysed.spans;
  if (override.metrics) {
    const kept: number[] = [];
    const used = new Set<number>();
    article.metrics.forEach((metric, index) => {
      const rule = override.metrics!.remove.findIndex((candidate) => matchesMetric(metric, candidate));
      if (rule === -1) kept.push(index);
      else used.add(rule);
    });
    override.metrics.remove.forEach((rule, index) => {
      if (!used.has(index)) warnings.push(`${file}: metrics.remove.${index} (${describeRule(rule)}) matches no figure; update or delete the rule`);
    });
    const added = override.metrics.add.map((metric) => toMetric(metric, article.primary));
    spans = remapSpans(spans, kept);
    article.metrics = [...kept.map((index) => article.metrics[index]!), ...added];
    if (kept.length !== analysed.article.metrics.length || added.length > 0) fields.add('metrics');
  }
  if (fields.size > 0) {
    article.corrections = override.note === undefined ? { fields: ordered(fields) } : { fields: ordered(fields), note: override.note };
  }
  const answered = ordered(fields).map((field) => answeredWarnings[field]).filter((pattern) => pattern !== undefined);
  return {
    ...analysed,
    article,
    spans,
    warnings: [...analysed.warnings.filter((warning) => !answered.some((pattern) => pattern.test(warning))), ...warnings],
  };
}

/** Whether a figure matches every field a remove rule gives. */
export function matchesMetric(metric: Metric, rule: MetricMatch): boolean {
  if (rule.kind !== undefined && metric.kind !== rule.kind) return false;
  if (rule.value !== undefined && !sameValue(metric.value, rule.value)) return false;
  if (rule.quote !== undefined && !normalise(metric.quote).includes(normalise(rule.quote))) return false;
  return true;
}

function ordered(fields: Set<CorrectableField>): CorrectableField[] {
  return correctableFields.filter((field) => fields.has(field));
}

function sameValue(value: Metric['value'], wanted: number | string): boolean {
  if (typeof value === 'number' || typeof wanted === 'number') return String(value) === String(wanted);
  return value.toLowerCase() === wanted.toLowerCase();
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function describeRule(rule: MetricMatch): string {
  return Object.entries(rule).map(([key, value]) => `${key} ${JSON.stringify(value)}`).join(', ');
}

// Figures keep their place in the body; a removed one stays marked as a plain figure.
function remapSpans(spans: FigureSpan[], kept: number[]): FigureSpan[] {
  const next = new Map(kept.map((old, index) => [old, index]));
  return spans.map((span) => {
    if (span.metric === null) return span;
    const index = next.get(span.metric);
    return index === undefined ? { ...span, metric: null, kind: plainFigureKind } : { ...span, metric: index };
  });
}

// Contract key order, so an added figure reads like an extracted one.
function toMetric(added: AddedMetric, primary: string): Metric {
  const { kind, subject, value, unit, firm, previous, segment, period, quote, converted, counts } = added;
  return {
    kind,
    subject: subject ?? primary,
    value,
    unit,
    firm,
    previous,
    segment,
    period,
    quote,
    ...(converted === undefined ? {} : { converted }),
    ...(counts === undefined ? {} : { counts }),
  };
}
