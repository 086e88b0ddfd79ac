import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, test } from 'vitest';
import { detectTrigramLanguage } from './detect-trigram-language.ts';

const only = ['eng', 'deu'];
const expected = (value: string) => franc(value, { only, minLength: 10 });

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textsUnder(path) : [readFileSync(path, 'utf8')];
  });
}

// Words of both languages, other scripts, digits and punctuation, so every branch of franc is hit:
// a Latin winner, a tie, another top script, too-short text, text of punctuation only.
const piece = fc.oneof(
  fc.constantFrom('the ', 'und ', 'die ', 'and ', 'Aktie ', 'shares ', 'ü', 'ß', ' ', '\n', '.', '42', '€', 'Москва ', '北京', 'नमस्ते', 'ᬅ', '\t\t', '-'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('detectTrigramLanguage', () => {
  test('gives franc-min’s answer for every sample, extra and hostile source', () => {
    const texts = [...textsUnder('content/sources'), ...textsUnder('scripts/fixtures/extra/sources'), ...textsUnder('scripts/fixtures/hostile')];
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) for (const value of [text, text.slice(0, 4000), text.slice(0, 300)]) expect(detectTrigramLanguage(value, only, 10)).toBe(expected(value));
  });

  test('gives franc-min’s answer for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (value) => {
        expect(detectTrigramLanguage(value, only, 10)).toBe(expected(value));
      }),
      { numRuns: 3000 },
    );
  });

  // Letters from U+0400 on take the Map path, the rest the reused tables; both must give franc's
  // answer, for any list of languages.
  test('gives franc-min’s answer with other languages and letters beyond U+0400', () => {
    const languages = ['eng', 'deu', 'fra', 'vie', 'spa'];
    const latinPiece = fc.oneof(piece, fc.constantFrom('người ', 'việt ', 'của ', 'les ', 'el ', 'ệ', 'ḁ', 'ﬀ '));
    fc.assert(
      fc.property(fc.array(latinPiece, { maxLength: 60 }).map((parts) => parts.join('')), fc.subarray(languages, { minLength: 1 }), (value, chosen) => {
        expect(detectTrigramLanguage(value, chosen, 10)).toBe(franc(value, { only: chosen, minLength: 10 }));
      }),
      { numRuns: 2000 },
    );
  });

  // The short cut for mostly-Latin text rests on these two facts about franc-min's expressions.
  test('outside surrogate pairs, every script matches single characters and none shares one with Latin', () => {
    for (const [script, expression] of Object.entries(expressions)) {
      for (const alternative of expression.source.split('|')) expect(`${script}: ${alternative}`).toMatch(/: (?:\[[^\]]*\]|\\u[0-9A-F]{4}|\[?\\uD[89AB][0-9A-F]{2}.*)$/i);
    }
    const others = Object.entries(expressions).filter(([script]) => script !== 'Latin');
    let latin = 0;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if ((character.match(expressions.Latin!)?.length ?? 0) === 0) continue;
      latin += 1;
      for (const [script, expression] of others) expect([script, character.match(expression)]).toEqual([script, null]);
    }
    expect(latin).toBeGreaterThan(1000);
  });

  test('tells English from German', () => {
    expect(detectTrigramLanguage('Die Aktie legte am Freitag um 6,39 Prozent zu und schloss bei 90 Euro.', only, 10)).toBe('deu');
    expect(detectTrigramLanguage('The shares rose 6.39 percent on Friday and closed at 90 dollars.', only, 10)).toBe('eng');
    expect(detectTrigramLanguage('short', only, 10)).toBe('und');
  });
});
