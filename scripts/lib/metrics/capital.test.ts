import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('capital family', () => {
  test.each([
    ['en', 'Despite a 76% drop in free cash flow (to RMB3.74 billion), Alibaba is investing.', [['free_cash_flow', 3740000000, 'CNY']]],
    ['en', 'The company repurchased US$11.9 billion of shares in fiscal 2025, reducing outstanding shares by 5.1%, and approved a US$4.6 billion dividend.', [['buyback', 11900000000, 'USD'], ['dividend', 4600000000, 'USD']]],
    ['en', 'Approximately $53 billion is earmarked for AI infrastructure over the next three years.', [['capex', 53000000000, 'USD']]],
    ['en', 'Amazon expects capital expenditures of about $125 billion in 2025.', [['capex', 125000000000, 'USD']]],
    ['de', 'Alibaba hat angekündigt, umgerechnet 53 Milliarden US-Dollar in den Ausbau der KI-Infrastruktur zu investieren.', [['capex', 53000000000, 'USD']]],
    ['de', 'Die Dividende soll von 5,20 auf 5,35 Euro je Aktie steigen.', [['dividend', 5.35, 'EUR']]],
    ['de', 'Zudem startet der Konzern ein Aktienrückkaufprogramm im Volumen von bis zu 2 Milliarden Euro.', [['buyback', 2000000000, 'EUR']]],
    ['de', 'Der freie Cashflow belief sich auf 10,8 Milliarden Euro (Vorjahr: 9,5 Mrd. Euro).', [['free_cash_flow', 10800000000, 'EUR']]],
    ['de', 'Dividendenrendite: 0,97 %', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
