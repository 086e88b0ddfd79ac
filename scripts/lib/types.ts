/**
 * Plain data passed between the ingest stages (Node side only).
 * Front-matter types come from `src/lib/schema.ts`; these are the intermediate shapes.
 */
import type { Metric } from '../../src/lib/schema.ts';

/** One block of the cleaned article body. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /** A list; `start` is present for a numbered one: the number of its first item, counted on by one. */
  | { type: 'list'; items: string[]; start?: number };

/**
 * Where a figure stands in the body: block index, list item index (lists only) and
 * the UTF-16 offsets of the figure's words in that block's text.
 */
export type FigureSpan = {
  block: number;
  item?: number;
  start: number;
  end: number;
  /** Index into the article's `metrics`, or null for a plain figure of no kind. */
  metric: number | null;
  /** The metric kind, or "figure" for a plain number. */
  kind: string;
};

/** What the metrics stage returns for one article. */
export type MetricsResult = { metrics: Metric[]; spans: FigureSpan[] };

/**
 * What a source says about itself outside its text: a Markdown file's front-matter or a web
 * page's metadata (`<h1>`, `og:title`, `<time datetime>`, JSON-LD). Input metadata, never markup;
 * the article uses a hint only where its text tells nothing better, and warns when it does.
 */
export type SourceHints = {
  /** Where the hints came from, for the warnings: "front-matter" or "page metadata". */
  origin: 'front-matter' | 'page metadata';
  title?: string;
  /** True when `title` is the page's own printed `<h1>`, not a metadata field. */
  titlePrinted?: boolean;
  /** ISO 8601 as given ("2025-12-12", "2025-12-12T04:09:05+01:00"). */
  published?: string;
  publisher?: string;
  url?: string;
};
