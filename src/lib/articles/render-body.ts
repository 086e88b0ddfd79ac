/**
 * Renders the MDX body of a generated article to HTML, without compiling it as a module.
 *
 * The ingest writer (`scripts/lib/emit/to-mdx.ts`) emits the small, known subset of MDX that
 * `src/lib/article-body.ts` lays down: paragraphs, `##` headings, tight bullet and numbered
 * lists, and figure elements around figures. This module parses the
 * body with Sätteri (the MDX parser Astro 7's MDX integration uses, with the site's options: no
 * GFM, no smart punctuation), so the tree is the one the page used to be compiled from, and maps
 * it to the same HTML Astro rendered: headings get GitHub-style ids, text is escaped as Astro
 * escapes it, and `<Fig>` becomes a `<mark>` (a typed figure) or a `<span>` (a plain one).
 *
 * A typed figure's id sits on an empty anchor at the start of its `<mark>`, not on the mark:
 * Pagefind takes every element with an id as a place to link to and puts a space before its
 * text in the index, so `bei "<mark id>Halten</mark>"` showed as `bei " Halten"` in search
 * excerpts. The anchor carries `data-pagefind-ignore`, which Pagefind skips whole; the page
 * highlights the mark that holds the `:target` anchor.
 *
 * Article text is data: anything else in the tree (another JSX element, an `{expression}`, an
 * `import`, raw HTML, emphasis, a link…) is not something the writer produces, so it is an error
 * naming the file and line rather than markup on the page.
 */
import Slugger from 'github-slugger';
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMdast, type Features } from 'satteri';
import { bodyHeadingDepth, figureAttributes, figureElement } from '../article-body.ts';

/** A heading of the body, as Astro's `render()` reports it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The HTML of one body, its headings, and the ids of the typed figures it marks (`m1` …). */
export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
  figureIds: string[];
}

// The parser options of the site's MDX integration (`mdx({ gfm: false, smartypants: false })`).
const features: Features = { gfm: false, smartPunctuation: false, frontmatter: false };

/**
 * Renders an article body (the MDX after the front-matter) to HTML.
 * `file` names the article in errors; `lineOffset` is the number of lines before the body.
 *
 * @example renderBody('Shares rose <Fig id="m1" kind="share_price_change">5%</Fig>.', 'x.mdx').html
 * // '<p>Shares rose <mark class="figure" data-kind="share_price_change"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>5%</mark>.</p>'
 */
export function renderBody(source: string, file: string, lineOffset = 0): RenderedBody {
  const advice = `Generated article bodies hold only paragraphs, "##" headings, bullet and numbered lists and <${figureElement}> elements; rebuild the file with \`npm run ingest\` instead of editing it, and put corrections in content/overrides/.`;
  let tree: Root;
  try {
    // Positions are half of a parsed tree's cost; they are only needed to name a line in an error.
    tree = mdxToMdast(source, { features, position: false }) as Root;
  } catch (error) {
    throw new Error(`${file}: the body is not valid MDX (${(error as Error).message}). ${advice}`, { cause: error });
  }
  try {
    return toHtml(tree);
  } catch (error) {
    if (!(error instanceof UnexpectedNode)) throw error;
    const located = findLine(mdxToMdast(source, { features, position: true }) as Root, error.path);
    const where = located === undefined ? file : `${file}:${located + lineOffset}`;
    throw new Error(`${where}: ${error.message}. ${advice}`);
  }
}

// Thrown inside the walk with the child-index path of the node, so the line can be looked up in
// a second parse that keeps positions.
class UnexpectedNode extends Error {
  readonly path: number[];
  constructor(message: string, path: number[]) {
    super(message);
    this.path = path;
  }
}

function toHtml(tree: Root): RenderedBody {
  const slugger = new Slugger();
  const headings: BodyHeading[] = [];
  // Blocks are separated by one line break, as Astro's MDX output was.
  const html = tree.children.map((node, index) => renderBlock(node, [index], slugger, headings)).join('\n');
  // A figure an override added has no place in the text: the page anchors it elsewhere.
  const figureIds = [...html.matchAll(/<span class="figure-anchor" id="([^"]+)"/g)].map((match) => match[1]!);
  return { html, headings, figureIds };
}

function renderBlock(node: RootContent, path: number[], slugger: Slugger, headings: BodyHeading[]): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${renderPhrasing(node.children, path)}</p>`;
    case 'heading':
      return renderHeading(node, path, slugger, headings);
    case 'list':
      return renderList(node, path);
    case 'mdxJsxFlowElement':
      // A paragraph holding only a figure parses as a block element; Astro rendered it bare.
      return renderFigure(node, path);
    default:
      throw new UnexpectedNode(`unexpected ${describe(node)} in the body`, path);
  }
}

function renderHeading(node: Heading, path: number[], slugger: Slugger, headings: BodyHeading[]): string {
  if (node.depth !== bodyHeadingDepth) throw new UnexpectedNode(`unexpected level-${node.depth} heading in the body`, path);
  const text = toText(node.children);
  const slug = slugger.slug(text);
  headings.push({ depth: node.depth, slug, text });
  return `<h${node.depth} id="${escapeHtml(slug)}">${renderPhrasing(node.children, path)}</h${node.depth}>`;
}

// A numbered list keeps its first number where that is not 1, as Astro rendered it (`<ol start="3">`).
function renderList(node: List, path: number[]): string {
  const items = node.children.map((item, index) => renderListItem(item, node, [...path, index]));
  if (!node.ordered) return `<ul>\n${items.join('\n')}\n</ul>`;
  const start = typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : '';
  return `<ol${start}>\n${items.join('\n')}\n</ol>`;
}

// The writer only writes tight lists of one paragraph per item; Astro rendered those without `<p>`.
function renderListItem(item: ListItem, list: List, path: number[]): string {
  const [only, ...rest] = item.children;
  if (list.spread || item.spread || rest.length > 0 || (only !== undefined && only.type !== 'paragraph')) {
    throw new UnexpectedNode('unexpected list item with blocks or blank lines in the body', path);
  }
  return `<li>${only === undefined ? '' : renderPhrasing(only.children, [...path, 0])}</li>`;
}

function renderPhrasing(nodes: PhrasingContent[], path: number[]): string {
  let html = '';
  nodes.forEach((node, index) => {
    if (node.type === 'text') html += escapeHtml(node.value);
    else if (node.type === 'mdxJsxTextElement') html += renderFigure(node, [...path, index]);
    else throw new UnexpectedNode(`unexpected ${describe(node)} in the body`, [...path, index]);
  });
  return html;
}

/** A figure as the article page shows it: `<mark>` for a typed figure (its anchor has the id), else `<span>`. */
function renderFigure(node: MdxJsxTextElement | MdxJsxFlowElement, path: number[]): string {
  if (node.name !== figureElement) throw new UnexpectedNode(`unexpected ${describe(node)} in the body`, path);
  let id: string | undefined;
  let kind: string | undefined;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || (attribute.name !== figureAttributes.id && attribute.name !== figureAttributes.kind)) {
      const name = attribute.type === 'mdxJsxAttribute' ? `attribute "${attribute.name}"` : 'attribute expression';
      throw new UnexpectedNode(`unexpected ${name} on <${figureElement}>; it takes id="m<n>" and kind="<metric kind>"`, path);
    }
    if (attribute.name === figureAttributes.id) id = attribute.value;
    else kind = attribute.value;
  }
  if (kind === undefined) throw new UnexpectedNode(`<${figureElement}> without its kind attribute`, path);
  const children = node.children as PhrasingContent[];
  const content = renderPhrasing(children, path);
  return id === undefined
    ? `<span class="figure" data-kind="${escapeHtml(kind)}">${content}</span>`
    : `<mark class="figure" data-kind="${escapeHtml(kind)}"><span class="figure-anchor" id="${escapeHtml(id)}" data-pagefind-ignore></span>${content}</mark>`;
}

function toText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? toText(node.children as PhrasingContent[]) : '')).join('');
}

function describe(node: RootContent): string {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return node.name === null ? 'JSX fragment' : `JSX element <${node.name}>`;
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return `expression {${node.value}}`;
  if (node.type === 'mdxjsEsm') return 'import/export statement';
  return `${node.type} node`;
}

// Line of the node at `path` (child indexes from the root), if the parse recorded it.
function findLine(tree: Root, path: number[]): number | undefined {
  let node: { children?: unknown[] | undefined; position?: { start: { line: number } } | undefined } | undefined = tree;
  for (const index of path) node = node?.children?.[index] as typeof node;
  return node?.position?.start.line;
}

/**
 * Escapes text for HTML exactly as Astro escapes expressions (`&`, `<`, `>`, `'`, `"`), so a body
 * renders byte for byte as it did through `@astrojs/mdx`.
 *
 * @example escapeHtml('<b>"AT&T"</b>') // '&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (character) => entities[character as keyof typeof entities]);
}

const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' } as const;
