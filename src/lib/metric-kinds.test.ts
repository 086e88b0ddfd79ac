import { describe, expect, test } from 'vitest';
import { analystKinds, chartKinds, firmKinds, metricKindFacts, segmentKinds, signedKinds, toChartFacts } from './metric-kinds.ts';
import { metricKinds } from './schema.ts';

describe('metricKindFacts', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./metric-kinds.ts')).sort()).toEqual(
      ['analystKinds', 'chartKinds', 'firmKinds', 'metricKindFacts', 'segmentKinds', 'signedKinds', 'toChartFacts'].sort(),
    );
  });

  // The compiler checks this too (`satisfies Record<MetricKind, …>`); vitest strips types, so the
  // table is checked at run time as well.
  test('has the facts of every kind of the contract, and of no other', () => {
    expect(Object.keys(metricKindFacts)).toEqual([...metricKinds]);
    for (const facts of Object.values(metricKindFacts)) expect(facts.label).not.toBe('');
  });

  test('gives every kind its own chip rank, and charted kinds their own order', () => {
    const chipRanks = Object.values(metricKindFacts).map((facts) => facts.chipRank);
    expect(new Set(chipRanks).size).toBe(metricKinds.length);
    const keyRanks = Object.values(metricKindFacts).flatMap((facts) => (facts.keyRank === null ? [] : [facts.keyRank]));
    expect(new Set(keyRanks).size).toBe(keyRanks.length);
    expect(chartKinds.map((kind) => toChartFacts(kind).order)).toEqual([0, 1, 2]);
  });

  // The lists the extractor and the site used to spell out, each derived from the table now.
  test.each([
    ['signed', [...signedKinds], ['share_price_change', 'revenue_growth', 'net_income_change']],
    ['firm', [...firmKinds], ['price_target', 'analyst_rating']],
    ['segment', [...segmentKinds], ['revenue', 'revenue_growth', 'net_income', 'net_income_change']],
    ['chart', [...chartKinds], ['share_price', 'consensus_price_target', 'price_target']],
    ['analyst table', [...analystKinds], ['price_target', 'analyst_rating']],
  ])('derives the %s kinds', (_, derived, expected) => {
    expect(derived).toEqual(expected);
  });

  test('draws one line per firm only for a kind a firm issues', () => {
    for (const kind of chartKinds) if (toChartFacts(kind).perFirm) expect(firmKinds.has(kind)).toBe(true);
  });
});
