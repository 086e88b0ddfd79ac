import { describe, expect, test } from 'vitest';
import { applyHints, type HintedFacts } from './apply-hints.ts';

const facts: Omit<HintedFacts, 'warnings'> = {
  structure: { title: 'Shares Jump', titleSource: 'headline', blocks: [{ type: 'paragraph', text: 'Siemens rose 5%.' }], header: [] },
  published: { date: null, dateSource: 'none', warnings: ['no publication date found; set one in an override if known'] },
  publisher: null,
};

describe('applyHints', () => {
  test('no hints change nothing', () => {
    expect(applyHints(facts, null)).toEqual({ ...facts, warnings: [] });
  });

  test('front-matter title, date and publisher are used, each with a warning; the old headline stays as a heading', () => {
    const result = applyHints(facts, { origin: 'front-matter', title: 'Siemens Rises', published: '2025-12-12T04:09:05+01:00', publisher: 'Wire' });
    expect(result.structure).toEqual({ title: 'Siemens Rises', titleSource: 'headline', blocks: [{ type: 'heading', text: 'Shares Jump' }, ...facts.structure.blocks], header: [] });
    expect(result.published).toEqual({ date: '2025-12-12', time: '04:09:05', dateSource: 'byline', warnings: ['date 2025-12-12 taken from the front-matter'] });
    expect(result.publisher).toBe('Wire');
    expect(result.warnings).toEqual(['title taken from the front-matter', 'publisher taken from the front-matter']);
  });

  test('a hinted title equal to the headline (case and punctuation aside) is no change', () => {
    expect(applyHints(facts, { origin: 'front-matter', title: 'shares jump!' }).structure).toBe(facts.structure);
  });

  test("a page's printed <h1> is used without a warning", () => {
    expect(applyHints(facts, { origin: 'page metadata', title: 'Siemens Rises', titlePrinted: true }).warnings).toEqual([]);
  });

  test('an impossible day is ignored with a warning; the address host stands in for a missing publisher', () => {
    const result = applyHints(facts, { origin: 'front-matter', published: '2025-02-30', url: 'https://www.example.com/a' });
    expect(result.published).toBe(facts.published);
    expect(result.publisher).toBe('example.com');
    expect(result.warnings).toEqual(['front-matter date "2025-02-30" ignored: it is no calendar day', 'publisher taken from the address in the front-matter']);
  });

  test('a publisher the text names wins over the hint', () => {
    expect(applyHints({ ...facts, publisher: 'AInvest' }, { origin: 'page metadata', publisher: 'Other' }).publisher).toBe('AInvest');
  });
});
