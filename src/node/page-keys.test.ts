import { describe, expect, test } from 'vitest';
import { digestEach } from './cache-key.ts';
import { articlePageKey, pageKey } from './page-keys.ts';
import { parseSiteConfig } from '../lib/site-config.ts';
import { makeArticle, makeMetric } from '../testing/test-articles.ts';

// The props of an article page as `articles/[slug].astro` builds them; each call gives new objects.
function articleProps() {
  const data = makeArticle('a', { summary: 'Summary.' });
  return {
    article: { id: 'a', collection: 'articles', data, filePath: 'content/articles/a.mdx', digest: 'd1' },
    otherLanguage: makeArticle('a-de', { lang: 'de' }) as ReturnType<typeof makeArticle> | null,
    related: [makeArticle('r1'), makeArticle('r2')],
    previous: makeArticle('p'),
    next: null as ReturnType<typeof makeArticle> | null,
    search: { filters: [['company', 'Alibaba Group']] as Array<[string, string]>, sortDate: '2025-12-12', meta: [['date', '12 Dec 2025']] as Array<[string, string]>, identifiers: 'BABA' },
    companyName: 'Alibaba Group',
    site: parseSiteConfig(''),
  };
}
type ArticleProps = ReturnType<typeof articleProps>;

describe('articlePageKey', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./page-keys.ts')).sort()).toEqual(['articlePageKey', 'pageKey']);
  });

  test('is the same for the same data, in new objects', () => {
    expect(articlePageKey(articleProps())).toBe(articlePageKey(articleProps()));
  });

  // One change per thing the page shows: its front-matter, its body file, each onward link, its
  // search data and its company's name.
  const changes: Record<string, (props: ArticleProps) => void> = {
    'title': (p) => void (p.article.data = { ...p.article.data, title: 'Another title' }),
    'a figure': (p) => void (p.article.data = { ...p.article.data, metrics: [makeMetric({ kind: 'share_price', value: 10 })] }),
    'the body file (its digest)': (p) => void (p.article.digest = 'd2'),
    'the file it is read from': (p) => void (p.article.filePath = 'other/a.mdx'),
    'the other-language twin': (p) => void (p.otherLanguage = null),
    'a related article': (p) => void (p.related = [makeArticle('r1'), makeArticle('r2', { title: 'Retitled' })]),
    'the order of related articles': (p) => void p.related.reverse(),
    'the previous article': (p) => void (p.previous = makeArticle('p', { date: '2025-12-01' })),
    'the next article': (p) => void (p.next = makeArticle('n')),
    'the search data (e.g. a company renamed)': (p) => void (p.search.filters = [['company', 'Alibaba']]),
    'the company name': (p) => void (p.companyName = 'Alibaba'),
    "the site's name": (p) => void (p.site = { ...p.site, name: 'Nordlicht Research' }),
    'whether source files show': (p) => void (p.site = { ...p.site, showSourceFiles: true }),
  };
  for (const [what, change] of Object.entries(changes)) {
    test(`changes with ${what}`, () => {
      const props = articleProps();
      change(props);
      expect(articlePageKey(props)).not.toBe(articlePageKey(articleProps()));
    });
  }

  test('refuses an entry without a digest of its file', () => {
    const props = articleProps();
    const { digest: _, ...article } = props.article;
    expect(() => articlePageKey({ ...props, article })).toThrow(/"a" has no digest/);
  });
});

describe('pageKey', () => {
  // An article list page (`articles/page/[n].astro`), over articles hashed once with `digestEach`.
  const listProps = (entries: object[]) => ({ entries: digestEach(entries), page: 2, count: 3, total: 120 });

  test('changes with each prop of a list page, and with any article on it', () => {
    const base = pageKey(listProps([makeArticle('a'), makeArticle('b')]));
    expect(pageKey(listProps([makeArticle('a'), makeArticle('b')]))).toBe(base);
    expect(pageKey(listProps([makeArticle('a'), makeArticle('b', { title: 'New' })]))).not.toBe(base);
    expect(pageKey(listProps([makeArticle('b'), makeArticle('a')]))).not.toBe(base);
    expect(pageKey({ ...listProps([makeArticle('a'), makeArticle('b')]), page: 3 })).not.toBe(base);
    expect(pageKey({ ...listProps([makeArticle('a'), makeArticle('b')]), count: 4 })).not.toBe(base);
    expect(pageKey({ ...listProps([makeArticle('a'), makeArticle('b')]), total: 121 })).not.toBe(base);
  });

  test('changes with the data an endpoint reads outside its props', () => {
    const company = { id: 'alibaba', name: 'Alibaba Group' };
    const base = pageKey({ company }, digestEach([makeArticle('a')]));
    expect(pageKey({ company }, digestEach([makeArticle('a')]))).toBe(base);
    expect(pageKey({ company }, digestEach([makeArticle('a', { wordCount: 101 })]))).not.toBe(base);
    expect(pageKey({ company }, [])).not.toBe(base);
    expect(pageKey({ company: { ...company, name: 'Alibaba' } }, digestEach([makeArticle('a')]))).not.toBe(base);
    expect(pageKey({ company })).not.toBe(pageKey({ company }, {}));
  });

  test('changes with company notes (their MDX source)', () => {
    const notes = (body: string) => ({ id: 'alibaba', collection: 'companyNotes', data: { title: 'Notes' }, body, digest: body.length.toString() });
    const props = (n: object | undefined) => ({ company: { id: 'alibaba' }, articles: [], notes: n });
    expect(pageKey(props(notes('One.')))).not.toBe(pageKey(props(notes('Two.'))));
    expect(pageKey(props(notes('One.')))).not.toBe(pageKey(props(undefined)));
  });
});
