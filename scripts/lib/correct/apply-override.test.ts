import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from '../../../src/lib/companies.ts';
import { articleSchema } from '../../../src/lib/schema.ts';
import { applyOverride, matchesMetric } from './apply-override.ts';
import { analyseArticle, type AnalysedArticle } from '../analyse-article.ts';
import { correctArticles } from './correct-articles.ts';
import { parseOverride, type Override } from './parse-override.ts';

const registry = parseCompanyRegistry(readFileSync(join(import.meta.dirname, '../../../content/companies.yaml'), 'utf8'));
const file = '000_bd7816fc1dee6379.txt';
const text = readFileSync(join(import.meta.dirname, '../../fixtures/samples/sources', file), 'utf8');
const analysed = analyseArticle({ file, sha256: 'a'.repeat(64), text }, { registry }) as AnalysedArticle;
const overrideFile = `content/overrides/${file}.yaml`;

function override(yaml: string): Override {
  const parsed = parseOverride(yaml, overrideFile);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.override;
}

describe('parseOverride', () => {
  test('reads every field; a YAML date stays a plain day', () => {
    const parsed = override('title: Alibaba wins over analysts\ndate: 2025-12-12\nprimary: alibaba\nnote: Headline fixed from the print edition\n');
    expect(parsed).toEqual({ title: 'Alibaba wins over analysts', date: '2025-12-12', primary: 'alibaba', note: 'Headline fixed from the print edition' });
  });

  test('control, bidi and zero-width characters are dropped from its text, as from article text', () => {
    const parsed = override('title: "Alibaba\\u202E wins\\u0007 over\\u200B analysts"\nnote: "From the\\r\\nprint edition\\u0000"\nmetrics:\n  add:\n    - kind: price_target\n      value: 230\n      unit: USD\n      firm: "Jeff\\u2066eries"\n      quote: "Target\\u202Dof $230."\n');
    expect(parsed.title).toBe('Alibaba wins over analysts');
    expect(parsed.note).toBe('From the\nprint edition');
    expect(parsed.metrics?.add[0]).toMatchObject({ firm: 'Jefferies', quote: 'Targetof $230.' });
  });

  test('an empty file corrects nothing', () => {
    expect(parseOverride('', overrideFile)).toEqual({ ok: true, override: {} });
  });

  test.each([
    ['tittle: Typo\n', /tittle/],
    ['date: 12.12.2025\n', /date: expected YYYY-MM-DD/],
    ['primary: Alibaba Group\n', /primary: expected lower-case ASCII words/],
    ['metrics:\n  remove:\n    - value: 225\n', /metrics\.remove\.0: give the figure's kind, or words of its quote/],
    ['metrics:\n  add:\n    - kind: price_target\n      value: 230\n', /metrics\.add\.0\.quote/],
    ['metrics:\n  add:\n    - kind: target\n      value: 1\n      quote: x\n', /metrics\.add\.0\.kind/],
    ['title: [unclosed\n', /is not valid YAML/],
    // Typos of the right shape: no real day, no unit a page can format.
    ['date: 2025-13-01\n', /date: "2025-13-01" is not a day of the calendar; write a real day as YYYY-MM-DD/],
    ['date: 9999-99-99\n', /date: "9999-99-99" is not a day of the calendar/],
    ['date: 2025-02-30\n', /date: "2025-02-30" is not a day of the calendar/],
    ['metrics:\n  add:\n    - kind: price_target\n      value: 230\n      unit: Euro\n      quote: x\n', /metrics\.add\.0\.unit: "Euro" is not a unit; write an ISO 4217 currency code \(USD, EUR, CNY …\), "%", "x" \(a multiple\) or "count"/],
    ['metrics:\n  add:\n    - kind: revenue\n      value: 2\n      unit: EUR\n      quote: x\n      converted: { value: 1, unit: dollars }\n', /metrics\.add\.0\.converted\.unit: "dollars" is not a unit/],
  ])('a broken override names the file and the field: %j', (yaml, pattern) => {
    const parsed = parseOverride(yaml, overrideFile);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toMatch(pattern);
    expect(parsed.reason).toContain(overrideFile);
    expect(parsed.reason).toMatch(/fix (it|the file).*or delete it$/);
  });
});

describe('applyOverride', () => {
  test('title and date: marked as override, the printed time dropped, corrections listed with the note', () => {
    const { article } = applyOverride(analysed, override('title: Alibaba wins over analysts\ndate: 2025-12-11\nnote: Print edition\n'), overrideFile);
    expect(article).toMatchObject({ title: 'Alibaba wins over analysts', titleSource: 'override', date: '2025-12-11', dateSource: 'override' });
    expect(analysed.article.time).toBe('04:09:05');
    expect(article.time).toBeUndefined();
    expect(article.corrections).toEqual({ fields: ['title', 'date'], note: 'Print edition' });
    expect(articleSchema.safeParse({ ...article, slug: 'x' }).success).toBe(true);
  });

  test('no override field, no corrections: the article is unchanged', () => {
    expect(applyOverride(analysed, {}, overrideFile)).toEqual(analysed);
  });

  test('removes figures by kind and value or by words of the quote, keeps the body marks in step', () => {
    const before = analysed.article.metrics;
    const yaml = 'metrics:\n  remove:\n    - kind: price_target\n      value: 190\n    - quote: "  TRADING around  $156 "\n';
    const result = applyOverride(analysed, override(yaml), overrideFile);
    const kept = before.filter((m) => !(m.kind === 'price_target' && m.value === 190) && !(m.kind === 'share_price' && m.value === 156));
    expect(result.article.metrics).toEqual(kept);
    expect(result.article.corrections).toEqual({ fields: ['metrics'] });
    // Every mark points at the figure it marked before, or became a plain figure.
    for (const [index, span] of result.spans.entries()) {
      const old = analysed.spans[index]!;
      if (span.metric === null) expect(span.kind === 'figure' || old.metric === null).toBe(true);
      else expect(result.article.metrics[span.metric]).toBe(before[old.metric!]);
    }
    expect(result.spans.filter((span) => span.metric !== null && span.metric >= kept.length)).toEqual([]);
  });

  test('adds a figure with defaults; subject is the primary company', () => {
    const yaml = 'metrics:\n  add:\n    - kind: price_target\n      value: 230\n      unit: USD\n      firm: Jefferies\n      quote: Jefferies lifted its target to $230.\n';
    const { article } = applyOverride(analysed, override(yaml), overrideFile);
    expect(article.metrics.at(-1)).toEqual({ kind: 'price_target', subject: 'alibaba', value: 230, unit: 'USD', firm: 'Jefferies', previous: null, segment: null, period: null, quote: 'Jefferies lifted its target to $230.' });
    expect(article.metrics).toHaveLength(analysed.article.metrics.length + 1);
  });

  test('a remove rule that matches nothing is a warning naming the rule', () => {
    const { warnings, article } = applyOverride(analysed, override('metrics:\n  remove:\n    - kind: dividend\n'), overrideFile);
    expect(warnings.at(-1)).toBe(`${overrideFile}: metrics.remove.0 (kind "dividend") matches no figure; update or delete the rule`);
    expect(article.corrections).toBeUndefined();
  });

  test('a corrected primary answers the "no company" warning and claims unassigned figures', () => {
    const orphan: AnalysedArticle = {
      ...analysed,
      article: { ...analysed.article, primary: 'unassigned', metrics: analysed.article.metrics.map((m) => ({ ...m, subject: 'unassigned' })) },
      warnings: ['no company found; the article is filed under "unassigned" (set the primary company in an override)'],
    };
    const result = applyOverride(orphan, override('primary: alibaba\n'), overrideFile);
    expect(result.warnings).toEqual([]);
    expect(new Set(result.article.metrics.map((m) => m.subject))).toEqual(new Set(['alibaba']));
  });

  test('matchesMetric: labels ignore case, numbers compare exactly', () => {
    const rating = { ...analysed.article.metrics[0]!, kind: 'analyst_rating' as const, value: 'Moderate Buy' };
    expect(matchesMetric(rating, { kind: 'analyst_rating', value: 'moderate buy' })).toBe(true);
    expect(matchesMetric(analysed.article.metrics[0]!, { kind: 'price_target', value: 225 })).toBe(true);
    expect(matchesMetric(analysed.article.metrics[0]!, { kind: 'price_target', value: 22 })).toBe(false);
  });
});

describe('correctArticles', () => {
  const item = { file, result: analysed };
  const sourceFiles = new Set([file, 'failed.txt']);

  test('a broken override fails only its article; orphans are warnings', () => {
    const overrides = new Map([
      [file, { source: file, file: overrideFile, text: 'date: yesterday\n' }],
      ['failed.txt', { source: 'failed.txt', file: 'content/overrides/failed.txt.yaml', text: 'title: X\n' }],
      ['gone.txt', { source: 'gone.txt', file: 'content/overrides/gone.txt.yaml', text: 'title: X\n' }],
    ]);
    const other = { file: 'other.txt', result: analysed };
    const result = correctArticles([item, other], overrides, sourceFiles);
    expect(result.analysed).toEqual([other]);
    expect(result.failed).toEqual([{ source: file, reason: expect.stringMatching(/^content\/overrides\/000_bd7816fc1dee6379\.txt\.yaml is not a valid override \(date: expected YYYY-MM-DD\)/) }]);
    expect(result.warnings).toEqual([
      'content/overrides/failed.txt.yaml: its source failed.txt did not become an article (see failed, skipped or duplicates), so there is nothing to correct',
      'content/overrides/gone.txt.yaml: there is no source gone.txt any more; rename the override after the moved source, or delete it',
    ]);
  });

  test('a primary the article does not name and the registry does not know fails the article', () => {
    const overrides = (text: string) => new Map([[file, { source: file, file: overrideFile, text }]]);
    const unknown = correctArticles([item], overrides('primary: alibaab\n'), sourceFiles, new Set(['alibaba', 'meta']));
    const named = analysed.article.companies.map((company) => company.id).join(', ');
    expect(unknown.failed).toEqual([
      { source: file, reason: `${overrideFile}: primary "alibaab" is neither a company it names (${named}) nor an id in content/companies.yaml; write one of those ids, or add the company to the registry` },
    ]);
    // A company the article names, or one of the registry.
    expect(correctArticles([item], overrides('primary: alibaba\n'), sourceFiles, new Set()).failed).toEqual([]);
    expect(correctArticles([item], overrides('primary: gartner\n'), sourceFiles, new Set(['gartner'])).failed).toEqual([]);
  });
});
