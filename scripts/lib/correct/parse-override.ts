import { parse } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema, metricKinds, metricSchema } from '../../../src/lib/schema.ts';
import { normaliseText } from '../read/decode-text.ts';

/**
 * Picks out extracted figures to remove. Every figure that matches all the given fields goes:
 * `kind` exactly, `value` equal (labels ignore case), `quote` as words the figure's sentence
 * contains (case and spacing ignored). Matching by content rather than position keeps a rule
 * right when re-extraction adds or reorders figures.
 */
export const metricMatchSchema = z
  .object({
    kind: z.enum(metricKinds).optional(),
    value: z.union([z.number(), z.string().min(1)]).optional(),
    quote: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((rule) => rule.kind !== undefined || rule.quote !== undefined, { message: "give the figure's kind, or words of its quote, to say which figure to remove" });

/** A figure added by hand: a contract metric whose optional parts default to null and `subject` to the primary company. */
export const addedMetricSchema = metricSchema
  .extend({
    subject: metricSchema.shape.subject.optional(),
    unit: metricSchema.shape.unit.default(null),
    firm: metricSchema.shape.firm.default(null),
    previous: metricSchema.shape.previous.default(null),
    segment: metricSchema.shape.segment.default(null),
    period: metricSchema.shape.period.default(null),
  })
  .strict();

/**
 * One file of `content/overrides/`: the corrections for one source. Every field is optional;
 * unknown fields are refused so a misspelt one is never silently ignored.
 */
export const overrideSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    date: articleSchema.shape.date.optional(),
    primary: articleSchema.shape.primary.optional(),
    metrics: z.object({ remove: z.array(metricMatchSchema).default([]), add: z.array(addedMetricSchema).default([]) }).strict().optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** A parsed override. */
export type Override = z.output<typeof overrideSchema>;
/** One figure an override adds. */
export type AddedMetric = z.output<typeof addedMetricSchema>;
/** One remove rule of an override. */
export type MetricMatch = z.output<typeof metricMatchSchema>;

const fieldList = 'title, date, primary, metrics (add, remove), note';

/**
 * Parses the YAML text of an override file. Never throws: a broken file gives a reason that names
 * the file, each bad field and what to do. Its text is cleaned as article text is (`normaliseText`),
 * so no control or bidi character from an override reaches a page.
 *
 * @example parseOverride('title: Siemens raises its outlook\n', 'content/overrides/a.txt.yaml') // { ok: true, override: { title: … } }
 */
export function parseOverride(text: string, file: string): { ok: true; override: Override } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    return { ok: false, reason: `${file} is not valid YAML (${message}); fix the file or delete it` };
  }
  const result = overrideSchema.safeParse(toCleanText(data));
  if (result.success) return { ok: true, override: result.data };
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'top level'}: ${issue.message}`);
  return { ok: false, reason: `${file} is not a valid override (${issues.join('; ')}); fix it (fields: ${fieldList}) or delete it` };
}

// Text an override adds reaches pages as article text does: control, bidi and zero-width
// characters dropped, line ends unified, NFC (the clean-up sources get in decodeText).
function toCleanText(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(toCleanText);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCleanText(item)]));
  return value;
}
