import { describe, expect, test } from 'vitest';
import { findHeadlineSubject, findTitleSubjects } from './find-title-subjects.ts';

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

  test('a compound is judged by its head: an acronym before a common noun or an adjective is no name', () => {
    const de = 'Alibaba liefert die Technologie für Metas nächstes KI-Projekt – dennoch verliert die Aktie an Boden';
    expect(names(de, `${de}. Das KI-Projekt heißt Avocado; die Cloud-Sparte wächst.`)).toEqual(['Alibaba']);
    const en = "Alibaba Group's Q1 2025 financial results underscore a strategic pivot toward AI-driven innovation";
    expect(names(en, 'Alibaba is proving its AI-driven growth.')).toEqual(['Alibaba']);
    expect(names('Umsatz der KI-Sparte und der Cloud-Sparte wächst zweistellig', 'Die KI-Sparte und die Cloud-Sparte wachsen.')).toEqual([]);
  });

  test('hyphenated names keep their place: opening the headline, or brand-shaped in their head', () => {
    expect(names('Rolls-Royce hebt die Prognose an', 'Rolls-Royce verdient mehr.')).toEqual(['Rolls-Royce']);
    expect(names('Hewlett-Packard beats estimates', 'Hewlett-Packard grew.')).toEqual(['Hewlett-Packard']);
    expect(names('Daimler: Umsatz von Mercedes-AMG wächst', 'Daimler und Mercedes-AMG.')).toEqual(['Daimler', 'Mercedes-AMG']);
  });
});

describe('findHeadlineSubject', () => {
  test.each([
    ['Gildan Activewear results for the Q3 2023 reported', 'Net sales came to $870 million.', 'Gildan Activewear'],
    ['Velto mit Umsatz- und Gewinnsprung', 'Der Umsatz stieg um 18 Prozent.', 'Velto'],
    ['Weekly roundup of risers and fallers', 'The index ended the week higher on a weekly basis.', null],
    ['DAX schwächelt am Nachmittag', 'Der Leitindex fiel.', null],
    ['GARTNER REPORTS FINANCIAL RESULTS', 'Revenue rose.', null],
    ['Updates zu Zentrix und Velto', 'Das Kursziel wurde gesenkt.', null],
    ['Results', 'Revenue rose.', null],
  ])('%s → %s', (title, body, expected) => {
    expect(findHeadlineSubject(title, `${title}\n${body}`)?.name ?? null).toBe(expected);
  });
});
