import { describe, expect, test } from 'vitest';
import { compoundHead, isAdjectiveCompound } from './compound-head.ts';

describe('compoundHead', () => {
  test.each([
    ['KI-Projekt', 'Projekt'],
    ['Cloud-Sparte', 'Sparte'],
    ['AI-driven', 'driven'],
    ['Mercedes-AMG', 'AMG'],
    ['Qwen3-235B-A22B', 'A22B'],
    ['JPMorgan', 'JPMorgan'],
    ['-Aktie', '-Aktie'],
    ['E-', 'E-'],
  ])('%s → %s', (word, head) => expect(compoundHead(word)).toBe(head));
});

describe('isAdjectiveCompound', () => {
  test.each(['AI-driven', 'cloud-based', 'Frankfurt-based', 'Alibaba-backed', 'Rheinmetall-eigene', 'KI-gestützte'])('%s is an adjective', (word) => {
    expect(isAdjectiveCompound(word)).toBe(true);
  });
  test.each(['Rolls-Royce', 'Mercedes-Benz', 'Coca-Cola', 'Hewlett-Packard', 'KI-Projekt', 'adidas', 'eBay', 'Qwen3-235B', 'E-ON', 'x-a'])('%s is none', (word) => {
    expect(isAdjectiveCompound(word)).toBe(false);
  });
});
