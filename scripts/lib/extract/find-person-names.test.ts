import { describe, expect, test } from 'vitest';
import { findPersonNames } from './find-person-names.ts';

describe('findPersonNames', () => {
  test('a title before a first name and a surname introduces a person', () => {
    expect([...findPersonNames('Bank of America analyst Robert Ohmes upgraded the shares. Ohmes lifted his target.')]).toEqual(['Robert Ohmes', 'Ohmes']);
    expect([...findPersonNames('schrieb Analyst Christian Kern in einer Studie.')]).toEqual(['Christian Kern', 'Kern']);
  });

  test('a company after a role word is no person', () => {
    expect([...findPersonNames('The analyst consensus for Target stock is hold.')]).toEqual([]);
    expect([...findPersonNames('Analysten von Goldman Sachs hoben das Ziel.')]).toEqual([]);
  });
});
