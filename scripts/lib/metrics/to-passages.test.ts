import { describe, expect, test } from 'vitest';
import { toPassages, toPlace } from './to-passages.ts';
import type { Block } from '../types.ts';

describe('toPassages', () => {
  test('joins the lines of a hard-wrapped release and maps spans back to their blocks', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Der Konzernjahresüberschuss nach Anteilen Dritter' },
      { type: 'paragraph', text: 'stieg um 20,9 % auf 21,6 Mio. EUR (17,9 Mio. EUR); das Ergebnis je Aktie' },
      { type: 'paragraph', text: 'nach IFRS verbesserte sich entsprechend von 5,92 EUR auf 7,16 EUR.' },
      { type: 'paragraph', text: 'Ein neuer Absatz.' },
    ];
    const passages = toPassages(blocks);
    expect(passages.map((passage) => passage.parts.map((part) => part.block))).toEqual([[0, 1, 2], [3]]);
    const start = passages[0]!.text.indexOf('7,16 EUR');
    expect(toPlace(passages[0]!, start, start + 8)).toEqual({ block: 2, start: 57, end: 65 });
    expect(passages[0]!.heading).toBe(false);
  });

  test('keeps headings, list items, records and closed sentences apart', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Alibaba’s Blowout Earnings: Strongest Revenue Growth in Over a Year' },
      { type: 'paragraph', text: 'Alibaba posted net income of 48.95 billion yuan ($6.72 billion), well above the estimates of analysts.' },
      { type: 'list', items: ['Revenue rose 5% to', 'margin improved'] },
      { type: 'paragraph', text: 'Trailing P/E | 28.34 |' },
      { type: 'paragraph', text: 'and more' },
    ];
    expect(toPassages(blocks).map((passage) => passage.text)).toEqual([
      'Alibaba’s Blowout Earnings: Strongest Revenue Growth in Over a Year',
      'Alibaba posted net income of 48.95 billion yuan ($6.72 billion), well above the estimates of analysts.',
      'Revenue rose 5% to',
      'margin improved',
      'Trailing P/E | 28.34 |',
      'and more',
    ]);
  });
});
