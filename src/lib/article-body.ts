/**
 * The article-body contract, declared once: what the ingest writer (`scripts/lib/emit/to-mdx.ts`)
 * puts into the MDX body of a generated article and what the renderer
 * (`src/lib/articles/render-body.ts`) accepts from it. A body holds paragraphs, `##` headings,
 * tight bullet lists and figure elements, nothing else:
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
