import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { discoverCompanies } from './discover-companies.ts';
import { hostileText } from '../../testing/hostile-text.arbitrary.ts';

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textsUnder(path) : [readFileSync(path, 'utf8')];
  });
}

// Names, every pattern's anchor, line breaks and blank lines between them, other separators
const piece = fc.oneof(
  fc.constantFrom('Siemens ', 'Energy', 'Deutsche Bank', 'Apple Inc.', 'BASF SE', 'Tesla’s', "Alibaba's ", 'Morgan Stanley', 'Ölfeld', '𝐀lpha', 'Group ', 'Holdings', 'X'),
  fc.constantFrom('-Aktie', ' Aktien ', 'Aktie', ' US0378331005 ', 'DE000BASF111', ' shares', 'stock ', ', Inc.', ' AG', 'Corp.', '-Analyst', ' analysts', 'analyst'),
  fc.constantFrom(' ', '\n', '\n\n', '\n \t\n', '\r\n', '\t', ',', '.', '(', ':', '"', '&', ' and ', '’', "'", '-', '\u2028', '\u00a0'),
  fc.string({ maxLength: 4 }),
);

describe('discoverCompanies', () => {
  test('searching the lines around the anchors finds what searching the whole text finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(discoverCompanies(text, [text])).toEqual(discoverCompanies(text, [text], { wholeText: true }));
      }),
      { numRuns: 4000 },
    );
    fc.assert(
      fc.property(hostileText({ binary: false }), (text) => {
        expect(discoverCompanies(text, [])).toEqual(discoverCompanies(text, [], { wholeText: true }));
      }),
      { numRuns: 300 },
    );
  });

  test('finds the same names in every sample, extra and hostile source either way', () => {
    const texts = [...textsUnder('content/sources'), ...textsUnder('scripts/fixtures/extra/sources'), ...textsUnder('scripts/fixtures/hostile')];
    let names = 0;
    for (const text of texts) {
      const found = discoverCompanies(text, []);
      names += found.length;
      expect(found).toEqual(discoverCompanies(text, [], { wholeText: true }));
    }
    expect(names).toBeGreaterThan(50);
  });

  test('finds a name before -Aktie, an ISIN on the next line, shares and a legal suffix', () => {
    const names = (text: string) => discoverCompanies(text, []).map(({ name }) => name);
    expect(names('Die Siemens Energy-Aktie legt zu.')).toEqual(['Siemens Energy']);
    expect(names('Heute: BASF SE\n\n DE000BASF111 steigt.')).toEqual(['BASF SE', 'BASF']);
    expect(names('On Monday, Apple\nshares rose.')).toEqual(['Apple']);
    expect(names('Analysts at Morgan Stanley cut Tesla, Inc. to hold.')).toEqual(['Morgan Stanley', 'Tesla']);
  });
});

describe('discoverCompanies in market reports', () => {
  const names = (text: string) => [...new Set(discoverCompanies(text, text.split('\n')).map(({ name }) => name))];
  test.each([
    ['Kering rose 1.1 percent and Hermes added 0.9 percent, while Richemont was up 0.8 percent.', ['Kering', 'Hermes', 'Richemont']],
    ['Auch Hensoldt und Renk legten zu.', ['Hensoldt', 'Renk']],
    ['Die Aktien von Volkswagen, BMW und Mercedes-Benz legten zwischen 1,5 und 2,9 Prozent zu.', ['Volkswagen', 'BMW', 'Mercedes-Benz']],
    ['Gefragt waren dagegen Andritz und Wienerberger.', ['Andritz', 'Wienerberger']],
    ['- Siemens Energy: +4,1 Prozent auf 41,20 Euro', ['Siemens Energy']],
    ['nCino (NASDAQ:NCNO) jumped 14%.', ['nCino']],
    ['adidas | WKN: A1EWWW | ISIN: DE000A1EWWW0', ['adidas']],
    ['Nach den Quartalszahlen hat Goldman Sachs sein Kursziel erhöht.', []],
    // A compound is what its head is: "die KI-Sparte" is a Sparte; "AI-driven" an adjective
    ['Die KI-Sparte legte um 5 Prozent zu, die Cloud-Sparte stieg um 3 Prozent.', []],
    ['AI-driven shares rose 4%, while Frankfurt-based Deutsche Bank shares fell 1%.', ['Deutsche Bank']],
    ['Rolls-Royce legte um 5 Prozent zu, Hewlett-Packard shares rose 2%.', ['Rolls-Royce', 'Hewlett-Packard']],
    ['Die Deutsche Bank-Aktie und die Coca-Cola-Aktie legten zu.', ['Deutsche Bank', 'Coca-Cola']],
  ])('%s', (text, expected) => {
    expect(names(text).filter((name) => expected.includes(name) || !/Prozent|percent/.test(name))).toEqual(expected);
  });

  test('a ticker printed beside a name is kept with it', () => {
    expect(discoverCompanies('Toyota Motor Corp (NYSE:TM) fell.', [])[0]).toMatchObject({ name: 'Toyota Motor Corp', ticker: 'TM', identified: true });
  });
});

describe('discoverCompanies: moves in brackets', () => {
  test('each mover of a list with its move in brackets', () => {
    const text = 'Vorne lagen Bayer (+ 2,85 Prozent auf 28,13 EUR), RWE (+ 2,08 Prozent auf 33,31 EUR) und Beiersdorf (+ 1,14 Prozent).';
    expect(discoverCompanies(text, [text]).map(({ name }) => name)).toEqual(['Bayer', 'RWE', 'Beiersdorf']);
  });
});
