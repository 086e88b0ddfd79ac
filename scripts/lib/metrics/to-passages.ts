/**
 * The texts the metrics stage reads, one per paragraph, heading or list item, with the lines of a
 * hard-wrapped release joined again ("Der Konzernjahresüberschuss nach Anteilen Dritter" / "stieg
 * um 20,9 % auf 21,6 Mio. EUR"), so a cue on one line reaches the figure on the next. Each part
 * remembers its block, so a figure's span lands in the block it stands in.
 */
import type { Block } from '../types.ts';
import { readRecords, type RecordFrame } from './read-records.ts';

/** Where a piece of a passage comes from: block, list item, and its offset in the passage. */
export type PassagePart = { block: number; item?: number; from: number; length: number };

/** One text to read, with its parts; a record (`frame`) is read as one line. */
export type Passage = { text: string; parts: PassagePart[]; heading: boolean; frame: RecordFrame | null };

// A line that breaks off mid-sentence: no closing punctuation, then a lower-case start, or a
// function word at its end, or two long lines in a row, the first ending on a lower-case word.
const closed = /[.!?:;…"”»)\]]\s*$/;
const functionWordEnd = /(?<![\p{L}])(?:der|die|das|den|dem|des|und|oder|von|vom|für|mit|auf|zu|zum|zur|im|in|an|am|um|aus|bei|nach|über|ein|eine|einen|einem|einer|eines|ihre|ihren|seine|seinen|sich|sowie|ferner|the|of|and|to|for|a|an|with|by|from|its|their)$/u;
const wrapWidth = 55;

function isWrapped(line: string, next: string): boolean {
  if (closed.test(line)) return false;
  if (/^\p{Ll}/u.test(next) || functionWordEnd.test(line)) return true;
  return line.length >= wrapWidth && next.length >= wrapWidth && /(?<![\p{L}\d])\p{Ll}[\p{L}-]*$/u.test(line);
}

/**
 * The article's passages in reading order.
 *
 * @example toPassages([{ type: 'paragraph', text: 'Der Überschuss nach Anteilen Dritter' }, { type: 'paragraph', text: 'stieg um 20,9 %.' }])[0].text
 * // 'Der Überschuss nach Anteilen Dritter stieg um 20,9 %.'
 */
export function toPassages(blocks: Block[]): Passage[] {
  const lines = blocks.flatMap((block, index): Array<{ text: string; block: number; item: number | undefined; heading: boolean }> =>
    block.type === 'list' ? block.items.map((text, item) => ({ text, block: index, item, heading: false })) : [{ text: block.text, block: index, item: undefined, heading: block.type === 'heading' }],
  );
  const frames = readRecords(lines.map((line) => line.text));
  const passages: Passage[] = [];
  lines.forEach((line, index) => {
    const frame = frames[index] ?? null;
    const last = passages.at(-1);
    const part = { block: line.block, ...(line.item === undefined ? {} : { item: line.item }) };
    if (last && !last.frame && !frame && line.item === undefined && last.parts.at(-1)!.item === undefined && isWrapped(lines[index - 1]!.text, line.text)) {
      last.parts.push({ ...part, from: last.text.length + 1, length: line.text.length });
      last.text = `${last.text} ${line.text}`;
      last.heading = false;
      return;
    }
    passages.push({ text: line.text, parts: [{ ...part, from: 0, length: line.text.length }], heading: line.heading, frame });
  });
  return passages;
}

/**
 * Where a span of a passage stands in its block, or null when it crosses a line break.
 *
 * @example toPlace(passage, 40, 46) // { block: 11, start: 5, end: 11 }
 */
export function toPlace(passage: Passage, start: number, end: number): { block: number; item?: number; start: number; end: number } | null {
  const part = passage.parts.find((candidate) => start >= candidate.from && start < candidate.from + candidate.length);
  if (!part || end > part.from + part.length) return null;
  return { block: part.block, ...(part.item === undefined ? {} : { item: part.item }), start: start - part.from, end: end - part.from };
}
