import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from './analyse-article.ts';

// Articles of other sites, companies and formats, with no registry: everything must come from the text.
const root = join(import.meta.dirname, '../fixtures/articles');
const cases = readdirSync(root).sort();

describe.each(cases)('fixture %s', (name) => {
  const dir = join(root, name);
  const input = readdirSync(dir).find((file) => file.startsWith('input.'))!;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const result = analyseArticle({ file: input, sha256: '0'.repeat(64), text: readFileSync(join(dir, input), 'utf8') }, { registry: [] });
  if (!result.ok) throw new Error(result.reason);
  const { article } = result;

  test('title, date, language, primary', () => {
    expect({ title: article.title, date: article.date, lang: article.lang, primary: article.primary }).toEqual({
      title: expected.title,
      date: expected.date,
      lang: expected.lang,
      primary: expected.primary,
    });
  });
  test('identifiers', () => {
    const key = (i: { type: string; value: string; exchange?: string | undefined }) => `${i.type}:${i.value}:${i.exchange ?? ''}`;
    expect(article.identifiers.map(key).sort()).toEqual(expected.identifiers.map(key).sort());
  });
  test('companies', () => {
    expect(article.companies.map((c) => c.id)).toEqual(expect.arrayContaining(expected.companies));
    if (expected.companies.length === 0) expect(article.companies).toEqual([]);
  });
});
