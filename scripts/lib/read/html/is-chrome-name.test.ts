import { describe, expect, test } from 'vitest';
import { isChromeWordName } from './is-chrome-name.ts';

describe('isChromeWordName', () => {
  test.each(['share-bar', 'social-share', 'ad-slot', 'ads', 'cookie-consent', 'related-articles', 'commentlist', 'sr-only', 'navbar', 'author-bio'])('%s names chrome', (name) => {
    expect(isChromeWordName(name)).toBe(true);
  });

  test.each([
    // Whole words only.
    'adidas', 'shareholder-letter', 'download', 'header', 'article-body',
    // A layout, a state, a taxonomy or a BEM modifier says what the element has, not what it is.
    'l-sidebar-fixed', 'content-with-sidebar-wrp', 'modal-enabled', 'has-paywall', 'isPaywall', 'ad_body', 'category-native-advertising-news', 'TestReport__Section--Ads',
  ])('%s does not', (name) => {
    expect(isChromeWordName(name)).toBe(false);
  });
});
