import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('share price family', () => {
  test.each([
    ['en', "Alibaba's stock is currently trading around $156, testing a support zone between $153 and $155.", [['share_price', 156, 'USD']]],
    ['en', 'A sustained breakout above the $160 level could pave the way toward the October high of $161.60.', [['share_price', 161.6, 'USD']]],
    ['en', 'Shares jumped 5.2% on Thursday to close at $459.46.', [['share_price_change', 5.2, '%'], ['share_price', 459.46, 'USD']]],
    ['en', 'Alibaba Surges 11% as AI and Cloud Boom', [['share_price_change', 11, '%']]],
    ['en', 'They closed 1.9% lower at HK$41.24 on Tuesday.', [['share_price_change', -1.9, '%'], ['share_price', 41.24, 'HKD']]],
    ['en', 'Xiaomi shares closed 1.9% lower at HK$41.24 on Tuesday.', [['share_price_change', -1.9, '%'], ['share_price', 41.24, 'HKD']]],
    ['de', 'Die Aktie verliert aktuell rund 1,3 bis 2,5 Prozent und bewegt sich in einer Spanne zwischen 154 und 157 US-Dollar.', [['share_price_change', -1.3, '%'], ['share_price_change', -2.5, '%'], ['share_price', 154, 'USD'], ['share_price', 157, 'USD']]],
    ['de', 'Die Aktie legte um 6,39 Prozent zu und schloss bei 155,74 US-Dollar.', [['share_price_change', 6.39, '%'], ['share_price', 155.74, 'USD']]],
    ['de', 'Die Siemens-Aktie brach um 7 Prozent ein.', [['share_price_change', -7, '%', 'siemens']]],
    ['de', 'Letzter Kurs: 241,35 EUR', [['share_price', 241.35, 'EUR']]],
    ['de', 'Veränderung zum Vortag: -1,84 %', [['share_price_change', -1.84, '%']]],
    ['de', 'Verglichen mit dem Zolltief von Anfang April bei 933 Euro hat der Titel kräftig zugelegt.', [['share_price', 933, 'EUR']]],
    ['de', 'Mit 47,12 Euro hat das Papier gerade ein Zehnjahreshoch erreicht.', [['share_price', 47.12, 'EUR']]],
    ['de', 'Die Aktie hängt derzeit bei gut 44 Euro fest.', [['share_price', 44, 'EUR']]],
    ['de', 'Aktuell sind die Anteile des Chemiekonzerns 42,08 Euro wert, was einem Minus von über sieben Prozent entspricht.', [['share_price', 42.08, 'EUR'], ['share_price_change', -7, '%']]],
    ['de', 'Rheinmetall setzt Rekordjagd fort - Kurs erstmals über 1.700 Euro', []],
    ['en', 'Is the Stock Still Worth $440?', []],
    ['en', "Alibaba’s Stock Soars Amid Beijing’s $10 Trillion Stimulus", []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
