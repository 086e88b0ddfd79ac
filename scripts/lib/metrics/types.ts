/**
 * Shapes shared by the metric extractors: figures found in a sentence, the sentence context
 * every extractor reads, and the candidates they propose.
 */
import type { MetricKind } from '../../../src/lib/schema.ts';

/** A number found in a sentence, with its unit (a figure before any kind is given to it); offsets relative to the sentence. */
export type ScannedNumber = {
  start: number;
  end: number;
  value: number;
  /** ISO 4217 code, "%", "pp" (percentage points), "x" (multiple), "count", or null for a bare number. */
  unit: string | null;
  /** True when a scale word stood beside the number ("billion", "Mrd."). */
  scaled: boolean;
  /** True when the number carried its own sign ("-5%", "minus 5 Prozent"). */
  signed: boolean;
  previous?: number;
  converted?: { value: number; unit: string };
  /** Set on both ends of a range ("1,3 bis 2,5 Prozent"). */
  range?: 'low' | 'high';
  /** An earlier value ("a year earlier") with nothing in its sentence to be the previous of. */
  comparison?: boolean;
  /** The period a record's column gives the figure ("2025e"), before any the sentence words. */
  period?: string;
};

/** A company the article names, as the pipeline passes it in. */
export type CompanyRef = { id: string; name: string; aliases?: string[] };

/**
 * A name found in a sentence: a company, an analyst firm, or (`market`) an index, currency or
 * commodity, which owns the figures next to it so that no company does.
 */
export type Mention = { start: number; end: number; id: string | null; name: string; isFirm: boolean; market?: boolean; /** The unit's name, for a unit of the primary (its figures' segment). */ unit?: string };

/** Everything an extractor may read about one sentence. */
export type SentenceContext = {
  text: string;
  lang: 'en' | 'de';
  figures: ScannedNumber[];
  mentions: Mention[];
  primary: string;
  /** The company a figure belongs to when the sentence names none (the topic, else the primary). */
  fallback: string;
  /** Positions of a pattern's matches in this sentence, cached per pattern. */
  find: (pattern: RegExp) => ReadonlyArray<{ start: number; end: number; text: string }>;
};

/**
 * One extractor's proposal for a figure. The resolver keeps, per figure, the candidate whose cue
 * stands nearest; `kind: null` blocks the figure (a chart level, an upside, a margin).
 */
export type Candidate = {
  /** Index into the sentence's figures, or null for a label (ratings). */
  figure: number | null;
  kind: MetricKind | null;
  distance: number;
  /** A rating's label, where it stands in the sentence, and the label it replaced. */
  label?: { text: string; start: number; end: number; previous?: string; worded?: boolean };
  counts?: { buy: number; hold: number; sell: number };
};

/** A kind's extractor: reads one sentence, proposes candidates. */
export type Extractor = (context: SentenceContext) => Candidate[];
