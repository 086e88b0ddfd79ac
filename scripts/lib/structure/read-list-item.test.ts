import { describe, expect, test } from 'vitest';
import { toBlocks } from './parse-structure.ts';
import { continuesList, readListItem, toList } from './read-list-item.ts';

describe('readListItem', () => {
  test.each([
    ['- Revenue: €20 billion', { text: 'Revenue: €20 billion' }],
    ['• Net income', { text: 'Net income' }],
    ['1. Mix the flour.', { text: 'Mix the flour.', number: 1 }],
    ['12) Die Eier unterrühren.', { text: 'Die Eier unterrühren.', number: 12 }],
    ['2024. war ein gutes Jahr', null],
    ['25. Juni 2009 vor.', null],
    ['1. FC Köln gewinnt', { text: 'FC Köln gewinnt', number: 1 }],
    ['1.5% higher', null],
    ['Plain text', null],
  ])('%s', (line, item) => {
    expect(readListItem(line)).toEqual(item);
  });
});

describe('numbered lists', () => {
  test('a run of numbered lines is one list that keeps its first number', () => {
    expect(toBlocks(['3. Butter schmelzen.', '4) Zucker dazugeben.', '5. Backen.'])).toEqual([{ type: 'list', start: 3, items: ['Butter schmelzen.', 'Zucker dazugeben.', 'Backen.'] }]);
  });

  test('a number out of turn, a bullet after numbers and numbers after bullets start lists of their own', () => {
    expect(toBlocks(['1. One', '2. Two', '7. Seven', '- Bullet', '1. One again'])).toEqual([
      { type: 'list', start: 1, items: ['One', 'Two'] },
      { type: 'list', start: 7, items: ['Seven'] },
      { type: 'list', items: ['Bullet'] },
      { type: 'list', start: 1, items: ['One again'] },
    ]);
  });

  test('continuesList and toList', () => {
    expect(continuesList({ type: 'list', start: 1, items: ['a'] }, { text: 'b', number: 2 })).toBe(true);
    expect(continuesList({ type: 'list', items: ['a'] }, { text: 'b', number: 2 })).toBe(false);
    expect(continuesList({ type: 'paragraph', text: 'a' }, { text: 'b' })).toBe(false);
    expect(toList({ text: 'a', number: 0 })).toEqual({ type: 'list', start: 0, items: ['a'] });
  });
});
