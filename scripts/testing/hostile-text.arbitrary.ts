/**
 * fast-check arbitraries of article text that tries hard to be markup, mixed with anything at
 * all. The MDX writer's and the body renderer's property tests share them: whatever the writer
 * is given must come back on the page as the same text.
 */
import fc from 'fast-check';
import { isListStart } from '../../src/lib/article-body.ts';
import type { Block } from '../lib/types.ts';

/** Pieces of Markdown, MDX, JSX and HTML syntax, and the characters that start them. */
export const markupPiece = fc.constantFrom(
  '<', '>', '{', '}', '`', '*', '_', '#', '---', '\n', '\n\n', 'import ', 'export ', '<script>alert(1)</script>',
  '<Fig id="m1">', '&amp;', '&#x3C;', '[a](javascript:alert(1))', '![x](y)', '\\', '|', '- ', '1. ', '> ', '    ', '~~~',
  '$$', ':::', '<!--', '-->', '\t', '\r', '  \n', '=', '+ ', '"', "'",
);

/**
 * Text built from markup pieces and random strings. With `binary`, the random strings may hold
 * lone surrogates and control characters too (what a broken source can carry).
 */
export function hostileText({ binary }: { binary: boolean }): fc.Arbitrary<string> {
  const random = binary
    ? fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }))
    : fc.string({ unit: 'grapheme', maxLength: 8 });
  return fc.array(fc.oneof(markupPiece, random), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
}

/** The first number of a numbered list: mostly small, sometimes past what Markdown can write. */
export const listStart = fc.oneof(fc.constantFrom(0, 1, 1, 2, 9, 10, 99), fc.integer({ min: 0, max: 1000 }), fc.constantFrom(999_999_998, 999_999_999, 1_000_000_000, -1));

/**
 * A paragraph, heading, bulleted or numbered list of such text, as the structure stage hands
 * blocks to the writer.
 */
export function hostileBlock(text: fc.Arbitrary<string>): fc.Arbitrary<Block> {
  return fc.oneof(
    text.map((value) => ({ type: 'paragraph' as const, text: value })),
    text.map((value) => ({ type: 'heading' as const, text: value })),
    fc.array(text, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'list' as const, items })),
    fc.tuple(fc.array(text, { minLength: 1, maxLength: 3 }), listStart).map(([items, start]) => ({ type: 'list' as const, items, start })),
  );
}

/**
 * The numbered-list marker a page shows for a list block (`ol:3`, the list's first number),
 * or null for a bulleted one: what the property tests expect the page to keep.
 *
 * @example toListMarker({ type: 'list', items: ['a'], start: 3 }) // 'ol:3'
 */
export function toListMarker(block: Block): string | null {
  return block.type === 'list' && block.start !== undefined && isListStart(block.start, block.items.length) ? `ol:${block.start}` : null;
}

/** One rendered element: its tag and its text with white space collapsed. */
export type RenderedBlock = { tag: string; text: string };

/**
 * What a reader must see for a body's blocks, element by element, whatever writes and renders
 * them: headings as `h2`, paragraphs as `p`, a numbered list's start as an `ol` marker, items as
 * `li`; white space collapsed, empty elements left out.
 */
export function toRenderedBlocks(blocks: Block[]): RenderedBlock[] {
  return blocks
    .flatMap((b) => {
      if (b.type !== 'list') return [{ tag: b.type === 'heading' ? 'h2' : 'p', text: b.text }];
      const marker = toListMarker(b);
      return [...(marker === null ? [] : [{ tag: 'ol', text: marker }]), ...b.items.map((text) => ({ tag: 'li', text }))];
    })
    .map(({ tag, text }) => ({ tag, text: text.replace(/\s+/g, ' ').trim() }))
    .filter(({ text }) => text !== '');
}
