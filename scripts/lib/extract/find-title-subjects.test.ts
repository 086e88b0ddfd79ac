import { describe, expect, test } from 'vitest';
import { findTitleSubjects } from './find-title-subjects.ts';

const names = (title: string, body: string) => findTitleSubjects(title, `${title}\n${body}`).map((c) => c.name);

describe('findTitleSubjects', () => {
  test('the name opening the headline, when the body names it', () => {
    expect(names('Verbund verblüfft als teuerstes Unternehmen', 'Verbund ist mehr wert als die Erste Group.')).toEqual(['Verbund']);
    expect(names('Verbund verblüfft als teuerstes Unternehmen', 'Der Stromkonzern ist mehr wert.')).toEqual([]);
  });

  test('a multi-word name inside it, its small words in either case', () => {
    expect(names('Another FTSE record but Pets at Home proves a dog', 'Pets At Home fell 13pc.')).toEqual(['Pets at Home']);
  });

  test('not a single word inside it, nor a quoted label', () => {
    expect(names('Analysten kappen Gewinnschätzungen kräftig', 'Die Gewinnschätzungen sinken.')).toEqual([]);
    expect(names('Microsoft Receives Average Rating of "Moderate Buy"', 'Microsoft has a "Moderate Buy" rating.')).toEqual(['Microsoft']);
  });
});
