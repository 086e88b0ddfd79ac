import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { Article } from './schema.ts';
import { makeArticle } from '../testing/test-articles.ts';
import { toRss, type FeedChannel } from './to-rss.ts';

function article(slug: string, date: string | null, title: string, summary = ''): Article {
  return makeArticle(slug, {
    title,
    date,
    dateSource: date === null ? 'none' : 'dateline',
    lang: 'de',
    companies: [{ id: 'alibaba', name: 'Alibaba & Co <AG>', mentions: 1 }],
    summary,
    wordCount: 1,
  });
}

const articles = [
  article('kursziel', '2025-12-12', 'Kursziel: <script>alert("x")</script> & mehr', 'Text with ]]> and \u0007 a bell.'),
  article('undated', null, "It's undated"),
];
const companyFeed: FeedChannel = { title: 'Dossier: Alibaba', description: 'Articles naming Alibaba.', path: 'companies/alibaba.xml', pagePath: 'companies/alibaba.html' };

type Item = { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; pubDate?: string; description?: string; category: string };
function readItems(xml: string): { channel: Record<string, unknown>; items: Item[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  return { channel: parsed.rss.channel, items: parsed.rss.channel.item };
}

describe('toRss', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./to-rss.ts')).sort()).toEqual(['feedItemCount', 'toRss']);
  });

  test('writes well-formed XML that reads back as the article text', () => {
    const xml = toRss(companyFeed, articles);
    const { items } = readItems(xml);
    expect(items[0]).toMatchObject({
      title: 'Kursziel: <script>alert("x")</script> & mehr',
      description: 'Text with ]]> and  a bell.',
      category: 'Alibaba & Co <AG>',
    });
    expect(items[1]?.title).toBe("It's undated");
    expect(xml).not.toContain('<script>');
  });

  test('links relative to the feed itself without a site, with stable guids', () => {
    const { channel, items } = readItems(toRss(companyFeed, articles));
    expect(channel['link']).toBe('alibaba.html');
    expect(items.map((item) => item.link)).toEqual(['../articles/kursziel.html', '../articles/undated.html']);
    expect(items[0]?.guid).toEqual({ '#text': 'kursziel', '@_isPermaLink': 'false' });
    expect(channel['atom:link']).toBeUndefined();
  });

  test('links absolutely under a configured site, sub-path kept', () => {
    const { channel, items } = readItems(toRss(companyFeed, articles, new URL('https://intranet.example/research')));
    expect(items[0]?.link).toBe('https://intranet.example/research/articles/kursziel.html');
    expect(items[0]?.guid).toEqual({ '#text': 'https://intranet.example/research/articles/kursziel.html', '@_isPermaLink': 'true' });
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://intranet.example/research/companies/alibaba.xml', '@_rel': 'self' });
  });

  test('dates dated items in RFC 822 and invents no date for undated ones', () => {
    const { items } = readItems(toRss(companyFeed, articles));
    expect(items[0]?.pubDate).toBe('Fri, 12 Dec 2025 00:00:00 GMT');
    expect(items[1]).not.toHaveProperty('pubDate');
  });
});
