import { describe, expect, test } from 'vitest';
import { toExcerptParts } from './to-excerpt-parts.ts';

describe('toExcerptParts', () => {
  test('splits at mark tags', () => {
    expect(toExcerptParts('Jefferies lifted its <mark>price</mark> <mark>target</mark> to $230.')).toEqual([
      { text: 'Jefferies lifted its ', mark: false },
      { text: 'price', mark: true },
      { text: ' ', mark: false },
      { text: 'target', mark: true },
      { text: ' to $230.', mark: false },
    ]);
  });

  test('decodes the page text Pagefind escaped, and keeps any other markup as text', () => {
    expect(toExcerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b> &amp; <mark>x</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> <b>bold</b> &amp; ', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  test.each([
    ['', []],
    ['<mark></mark>', []],
    ['<mark>Kursziel</mark>', [{ text: 'Kursziel', mark: true }]],
    // An unclosed mark highlights to the end; a stray close changes nothing.
    ['a <mark>b', [{ text: 'a ', mark: false }, { text: 'b', mark: true }]],
    ['a</mark> b', [{ text: 'a b', mark: false }]],
  ])('%j', (excerpt, parts) => {
    expect(toExcerptParts(excerpt)).toEqual(parts);
  });

  test('exposes only its function', async () => {
    expect(Object.keys(await import('./to-excerpt-parts.ts'))).toEqual(['toExcerptParts']);
  });
});

test('removes the compound marks of indexed German text', () => {
  expect(toExcerptParts('Das <mark>Kurs|ziel</mark> und A||B')).toEqual([
    { text: 'Das ', mark: false },
    { text: 'Kursziel', mark: true },
    { text: ' und A|B', mark: false },
  ]);
});
