import { describe, expect, test } from 'vitest';
import { deriveTitle, parseStructure, splitLongLine } from './parse-structure.ts';

describe('parseStructure', () => {
  test('headline, headings, paragraphs and lists', () => {
    const structure = parseStructure([
      'Alibaba Surges 11% as AI Boom Drives Growth',
      'Alibaba posted strong results.',
      'Cloud and AI Power the Resurgence',
      'Key figures:',
      '- Revenue: 280 billion yuan',
      '• Net income: 49 billion yuan',
      'The end.',
    ]);
    expect(structure.title).toBe('Alibaba Surges 11% as AI Boom Drives Growth');
    expect(structure.titleSource).toBe('headline');
    expect(structure.blocks).toEqual([
      { type: 'paragraph', text: 'Alibaba posted strong results.' },
      { type: 'heading', text: 'Cloud and AI Power the Resurgence' },
      { type: 'paragraph', text: 'Key figures:' },
      { type: 'list', items: ['Revenue: 280 billion yuan', 'Net income: 49 billion yuan'] },
      { type: 'paragraph', text: 'The end.' },
    ]);
  });

  test('a first line that is a paragraph gives a derived title and stays in the body', () => {
    const lead = 'Alibaba liefert die Technologie für Metas KI-Projekt – dennoch verliert die Aktie. Der Grund: Kosten.';
    const structure = parseStructure([lead, 'Mehr Text.']);
    expect(structure).toMatchObject({ title: 'Alibaba liefert die Technologie für Metas KI-Projekt – dennoch verliert die Aktie', titleSource: 'derived' });
    expect(structure.blocks[0]).toEqual({ type: 'paragraph', text: lead });
  });

  test.each([
    ['Alibaba Group (NYSE: BABA) results underscore a pivot. More.', 'Alibaba Group results underscore a pivot'],
    ['A'.repeat(20) + ' ' + 'word '.repeat(40), expect.stringMatching(/^A{20} (word ){10,}.*…$/)],
  ])('deriveTitle(%s)', (lead, expected) => expect(deriveTitle(lead)).toEqual(expected));
});

describe('splitLongLine', () => {
  test('cuts a long line at sentence ends, else at spaces, else where it must; no character is lost', () => {
    const sentences = 'Siemens rose 3% on Friday. '.repeat(400).trim();
    const pieces = splitLongLine(sentences);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 5000 && piece.endsWith('.'))).toBe(true);
    expect(pieces.join(' ')).toBe(sentences);
    const word = 'x'.repeat(12_000);
    expect(splitLongLine(word)).toEqual(['x'.repeat(5000), 'x'.repeat(5000), 'x'.repeat(2000)]);
    expect(splitLongLine('short line')).toEqual(['short line']);
  });
});

describe('parseStructure around the headline', () => {
  test('a date line under a standfirst is still the headline\'s', () => {
    const structure = parseStructure(['Why Microsoft shares jumped on Wednesday', "Earnings trump estimates, and Microsoft's guidance is golden.", 'Published 28 October 2021 | More on:', 'Microsoft reported results that beat estimates on every line, and its shares rose.']);
    expect(structure.header).toEqual(['Published 28 October 2021 | More on:']);
    expect(structure.blocks).toHaveLength(2);
  });

  test('chrome before the headline and its date line leave the body for the header', () => {
    const structure = parseStructure(['Daily Mail · 23 May 2018 · by Paul Thomas', 'Media', 'Another FTSE record but Pets at Home proves a dog', '23.05.2018', 'SLUMPING profits sent Pets at Home investors running for the door on Wednesday.']);
    expect(structure.title).toBe('Another FTSE record but Pets at Home proves a dog');
    expect(structure.header).toEqual(['Daily Mail · 23 May 2018 · by Paul Thomas', 'Media', '23.05.2018']);
    expect(structure.blocks).toEqual([{ type: 'paragraph', text: 'SLUMPING profits sent Pets at Home investors running for the door on Wednesday.' }]);
  });

  test('a date line in the body is never a heading', () => {
    const lead = ['Profits fell by a sixth in the year to March, the retailer said.', 'Revenue rose, and the dividend was held.', 'The shares fell.', 'Analysts were cautious.'];
    const structure = parseStructure(['Pets at Home proves a dog', ...lead, 'Stand: 27.07.2022', 'More text follows here.']);
    expect(structure.blocks[4]).toEqual({ type: 'paragraph', text: 'Stand: 27.07.2022' });
  });
});
