/**
 * The article-body contract, declared once: what the ingest writer (`scripts/lib/emit/to-mdx.ts`)
 * puts into the MDX body of a generated article and what the renderer
 * (`src/lib/articles/render-body.ts`) accepts from it. A body holds paragraphs, `##` headings,
 * tight bullet lists, tight numbered lists (`3.`, `4.` …: numbered on by one from the list's
 * first number, which the page keeps as `<ol start="3">`) and figure elements, nothing else:
 *
 *   Revenue rose <Fig id="m2" kind="revenue_growth">8%</Fig> to <Fig kind="figure">$38.6bn</Fig>.
 *
 * A typed figure (the n-th entry of the article's `metrics`, 0-based index i) carries
 * `id="m{i+1}"` at its first place in the body, so `articles/<slug>.html#m{i+1}` links to it; a
 * plain figure of no kind carries `kind="figure"` and no id.
 *
 * Environment-neutral: imported by the writer, the renderer, the figure index and the metrics table.
 */

/** Name of the element that marks a figure in the body. */
export const figureElement = 'Fig';

/** The attributes a figure element takes, and nothing else. */
export const figureAttributes = { id: 'id', kind: 'kind' } as const;

/** The `kind` of a plain figure: a number with a unit that no metric kind took. */
export const plainFigureKind = 'figure';

/** The heading depth of a body heading (`##`). */
export const bodyHeadingDepth = 2;

/**
 * The element id of the metric at `index` (0-based) in an article's `metrics`.
 *
 * @example toFigureId(0) // 'm1'
 */
export function toFigureId(index: number): string {
  return `m${index + 1}`;
}

/** The largest number a numbered list's item can carry: Markdown reads at most nine digits as one. */
export const maxListNumber = 999_999_999;

/**
 * True when a numbered list of `items` items can start at `start`: a whole number from 0, and
 * its last item's number within Markdown's nine digits.
 *
 * @example isListStart(3, 2) // true
 * @example isListStart(-1, 2) // false
 */
export function isListStart(start: number, items: number): boolean {
  return Number.isSafeInteger(start) && start >= 0 && start + Math.max(items - 1, 0) <= maxListNumber;
}
