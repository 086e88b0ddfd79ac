import { expect, test } from 'vitest';
import { escapeCompoundMarks, removeCompoundMarks } from './compound-marker.ts';

test('a text survives escaping, marking and removing the marks', () => {
  const text = 'Nestlé N | Valor A|B und Kursziel';
  const marked = escapeCompoundMarks(text).replace('Kursziel', 'Kurs|ziel');
  expect(marked).toBe('Nestlé N | Valor A||B und Kurs|ziel');
  expect(removeCompoundMarks(marked)).toBe(text);
});

test('leaves text without marks as it is', () => {
  expect(removeCompoundMarks('Umsatzanstieg')).toBe('Umsatzanstieg');
  expect(escapeCompoundMarks('a | b')).toBe('a | b');
});
