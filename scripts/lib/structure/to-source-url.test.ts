import { describe, expect, test } from 'vitest';
import { toSourceUrl } from './to-source-url.ts';

describe('toSourceUrl', () => {
  test.each([
    ['https://www.Example.com/a b', 'https://www.example.com/a%20b'],
    [' http://news.example/x?id=1#top ', 'http://news.example/x?id=1#top'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['/relative/path', null],
    ['ftp://files.example/a', null],
    [`https://x.example/${'a'.repeat(2000)}`, null],
    [undefined, null],
  ])('%s → %s', (hint, url) => {
    expect(toSourceUrl(hint)).toBe(url);
  });
});
