import matter from 'gray-matter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { bodyHeadingDepth, figureAttributes, figureElement, isListStart, toFigureId } from '../../../src/lib/article-body.ts';
import { articleSchema, type Article } from '../../../src/lib/schema.ts';
import { parseOrThrow } from '../../../src/lib/parse-or-throw.ts';
import type { Block, FigureSpan } from '../types.ts';
import { writeFrontMatter } from './write-front-matter.ts';
import { writeMdxBody } from './write-mdx-body.ts';

// remark-mdx escapes `{` and `<`, but a paragraph starting with "import " or "export " would still
// be read back as an ESM statement; escaping its first letter (as a character reference) keeps it text.
const unsafeEsm = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

// One frozen processor: remark-mdx's serializer escapes `{`, `<` and markdown syntax in text nodes.
const processor = unified().use(remarkMdx).use(remarkStringify, { bullet: '-', rule: '-', unsafe: unsafeEsm }).freeze();

/**
 * Serialises validated front-matter and the cleaned body into an MDX document.
 *
 * The body is built as an mdast tree, never as a string, so text from a source can never become
 * markup. Figures are wrapped in figure elements as `src/lib/article-body.ts` lays down.
 * Throws when the front-matter breaks the schema: that is a bug in an earlier stage.
 */
export function toMdx(article: Article, blocks: Block[], spans: FigureSpan[] = []): string {
  const data = parseOrThrow(articleSchema, article, `Invalid front-matter for content/articles/${article.slug}.mdx`);
  const tree = toMdast(blocks, spans);
  // The direct writers give the same bytes as remark and gray-matter at a tenth of the cost; what
  // they do not cover (text that needs an escape, a string on several lines) goes the long way.
  const body = writeMdxBody(tree) ?? processor.stringify(tree);
  const yaml = writeFrontMatter(data);
  // gray-matter trims the YAML (a last string may end in white space js-yaml leaves plain, U+2003
  // say), reads a body starting with `---` as front-matter and drops a leading BOM.
  if (yaml !== null && yaml !== '{}' && yaml === yaml.trim() && !body.startsWith('---') && !body.startsWith('\ufeff')) return `---\n${yaml}\n---\n${body.endsWith('\n') ? body : `${body}\n`}`;
  return toMdxSlowly(body, data);
}

/** What `toMdx` writes, through remark's body and gray-matter alone: the reference the direct writers are tested against. */
export function toMdxReference(article: Article, blocks: Block[], spans: FigureSpan[] = []): string {
  const data = parseOrThrow(articleSchema, article, `Invalid front-matter for content/articles/${article.slug}.mdx`);
  return toMdxSlowly(processor.stringify(toMdast(blocks, spans)), data);
}

function toMdxSlowly(body: string, data: Article): string {
  return matter.stringify(body, dropUndefined(data) as Record<string, unknown>, { lineWidth: -1, noRefs: true } as matter.GrayMatterOption<string, never>);
}

/** Builds the mdast tree of the body: headings become `##`, lists stay lists (a numbered one numbered from its start). */
export function toMdast(blocks: Block[], allSpans: FigureSpan[] = []): Root {
  const spans = capPlainFigures(allSpans);
  const anchors = toAnchors(spans);
  // Grouped once: filtering all spans for every block would be quadratic on a long article.
  const byBlock = Map.groupBy(spans, (span) => span.block);
  const children: RootContent[] = blocks.flatMap((block, index): RootContent[] => {
    const inBlock = byBlock.get(index) ?? [];
    // A heading or paragraph of nothing but white space shows nothing, and written as an empty
    // line it would let the lists around it run together into one loose list.
    if (block.type !== 'list' && block.text.trim() === '') return [];
    if (block.type === 'heading') {
      return [{ type: 'heading', depth: bodyHeadingDepth, children: toPhrasing(block.text, inBlock, anchors) }];
    }
    if (block.type === 'paragraph') {
      return [{ type: 'paragraph', children: toFlowSafe(toPhrasing(block.text, inBlock, anchors), block.text) }];
    }
    // A numbered list keeps its first number; the page counts on from it. (A start Markdown
    // cannot write, which the structure stage never gives, is a bulleted list.)
    const numbered = block.start !== undefined && isListStart(block.start, block.items.length);
    return [{
      type: 'list',
      ordered: numbered,
      ...(numbered ? { start: block.start } : {}),
      spread: false,
      children: block.items.map((item, itemIndex) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: toFlowSafe(toPhrasing(item, inBlock.filter((span) => span.item === itemIndex), anchors), item) }],
      })),
    }];
  });
  return { type: 'root', children };
}

/**
 * A paragraph made of figures and nothing else would be read back as block-level JSX: no `<p>`,
 * and a line break (a space on the page) between two figures. Such a paragraph stays plain text.
 */
function toFlowSafe(nodes: PhrasingContent[], text: string): PhrasingContent[] {
  const onlyFigures = nodes.every((node) => node.type !== 'text' || node.value.trim() === '');
  return onlyFigures && nodes.some((node) => node.type !== 'text') ? [{ type: 'text', value: text.replace(/[\r\n]/g, ' ') }] : nodes;
}

/** Splits one block's text into text nodes and figure elements; overlapping spans keep the first. */
function toPhrasing(blockText: string, spans: FigureSpan[], anchors: Set<FigureSpan>): PhrasingContent[] {
  // A line ending inside a block would end a heading or, doubled, split a paragraph in two; on the
  // page it is only a space. Replaced one for one, so figure offsets still point at their words.
  const text = blockText.replace(/[\r\n]/g, ' ');
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue;
    if (splitsCharacter(text, span.start) || splitsCharacter(text, span.end)) continue;
    if (span.start > cursor) nodes.push({ type: 'text', value: text.slice(cursor, span.start) });
    nodes.push(toFigure(text.slice(span.start, span.end), span, anchors.has(span)));
    cursor = span.end;
  }
  if (cursor < text.length) nodes.push({ type: 'text', value: text.slice(cursor) });
  return nodes;
}

// An offset between the two halves of a surrogate pair (an emoji, a rare CJK character) would
// leave each half alone, and a lone half is not text: it would show as two "�".
function splitsCharacter(text: string, offset: number): boolean {
  return /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '');
}

/** Plain figures (no metric) marked per article at most; the rest stay plain text. */
export const maxPlainFigures = 2000;

// Marks cost the serializer a node each; a pasted number table of 600,000 figures would take
// half a minute to write and make a page nobody reads. Typed figures are always marked.
function capPlainFigures(spans: FigureSpan[]): FigureSpan[] {
  let plain = 0;
  return spans.filter((span) => span.metric !== null || (plain += 1) <= maxPlainFigures);
}

// A figure repeated in the body (a heading and its paragraph) is one metric; only its first
// occurrence carries the id, so the page has each `m<n>` id once.
function toAnchors(spans: FigureSpan[]): Set<FigureSpan> {
  const order = (a: FigureSpan, b: FigureSpan) => a.block - b.block || (a.item ?? 0) - (b.item ?? 0) || a.start - b.start;
  const first = new Map<number, FigureSpan>();
  for (const span of [...spans].sort(order)) if (span.metric !== null && !first.has(span.metric)) first.set(span.metric, span);
  return new Set(first.values());
}

function toFigure(value: string, span: FigureSpan, anchor: boolean): MdxJsxTextElement {
  const attributes: MdxJsxTextElement['attributes'] = [];
  if (span.metric !== null && anchor) attributes.push({ type: 'mdxJsxAttribute', name: figureAttributes.id, value: toFigureId(span.metric) });
  attributes.push({ type: 'mdxJsxAttribute', name: figureAttributes.kind, value: span.kind });
  return { type: 'mdxJsxTextElement', name: figureElement, attributes, children: [{ type: 'text', value }] };
}

// js-yaml refuses `undefined`; optional fields are simply absent in the contract.
function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, dropUndefined(v)]),
    );
  }
  return value;
}
