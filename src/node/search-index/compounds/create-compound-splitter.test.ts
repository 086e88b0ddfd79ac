import { describe, expect, test } from 'vitest';
import { createCompoundLexicon, splitCompound } from './create-compound-splitter.ts';
import { markCompounds } from './mark-compounds.ts';

// A small corpus: the words the splits come from, used on their own.
const lexicon = createCompoundLexicon([
  'Der Kurs legte zu, das Ziel bleibt. Die Ziele sind hoch.',
  'Ein Anstieg beim Umsatz und ein Gewinn im Quartal, in Millionen.',
  'Die Prognose für das Jahr steht. Die Zahlen kamen nach der Frage unter anderem.',
  'Der Gewinn stieg. Die Aktie fiel, die Aktien auch. Die Nettoverschuldung sank, der Nettogewinn stieg.',
]);

describe('splitCompound', () => {
  test.each([
    ['Kursziel', 'Kurs|ziel'],
    ['Kurszielen', 'Kurs|zielen'],
    ['Umsatzanstieg', 'Umsatz|anstieg'],
    ['Nettogewinn', 'Netto|gewinn'],
    ['Quartalszahlen', 'Quartals|zahlen'],
    ['Jahresprognose', 'Jahres|prognose'],
    ['Gewinnwarnung', 'Gewinn|warnung'],
    ['Aktienrückkaufprogramm', 'Aktien|rückkaufprogramm'],
    ['Millionenstückzahl', 'Millionen|stückzahl'],
  ])('%s splits as %s', (word, marked) => {
    expect(markCompounds(word, lexicon)).toBe(marked);
  });

  test.each([
    // Prefixes and function words are not modifiers.
    'Nachfrage',
    'Unternehmen',
    // A head the corpus does not know needs a long noun before it.
    'Aktionäre',
    // A modifier the corpus does not know, starting no other word.
    'Schlussquartal',
    // Too short to hold two parts, or not a noun.
    'Zielkurs'.slice(0, 7),
    'kursziel',
  ])('%s does not split', (word) => {
    expect(splitCompound(word, lexicon)).toEqual([]);
  });
});

test('markCompounds marks the compounds of a text and escapes marks it held', () => {
  expect(markCompounds('Das Kursziel | A|B steigt', lexicon)).toBe('Das Kurs|ziel | A||B steigt');
});
