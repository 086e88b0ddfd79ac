import { describe, expect, test } from 'vitest';
import { repairGluedText } from './repair-glued-text.ts';

describe('repairGluedText', () => {
  test.each([
    ['DerDAXist am Mittwoch gestiegen.', 'Der DAX ist am Mittwoch gestiegen.'],
    ['DieSAP-Aktie stieg.', 'Die SAP-Aktie stieg.'],
    ['Diese Aktie könnte explodieren!Die Papiere stiegen.', 'Diese Aktie könnte explodieren! Die Papiere stiegen.'],
  ])('%s', (line, repaired) => {
    expect(repairGluedText([line])).toEqual([repaired]);
  });

  test('two words in capitals that stand alone elsewhere', () => {
    expect(repairGluedText(['SAP SE: Zahlen', 'SAP SESAP hatte gemeldet.'])[1]).toBe('SAP SE SAP hatte gemeldet.');
  });

  test.each(['HelloFresh', 'eBay', 'JPMorgan', 'BioNTech', 'McDonald’s', 'iPhone', 'BASF', 'SAPs', 'Amazon.com', 'U.S.Steel'])('%s stays whole', (word) => {
    expect(repairGluedText([`${word} meldete Zahlen. Die Aktie stieg.`])[0]).toBe(`${word} meldete Zahlen. Die Aktie stieg.`);
  });
});
