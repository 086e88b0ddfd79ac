/** Longest address kept; anything longer is no article link a reader would follow. */
const maxLength = 2_000;

/**
 * The original address of an article from its source's hint (front-matter `url`, a page's
 * canonical link or `og:url`), normalised; null unless it is an absolute http(s) address, so a
 * `javascript:` or relative value never becomes a link on the page.
 *
 * @example toSourceUrl('https://www.Example.com/a b') // 'https://www.example.com/a%20b'
 * @example toSourceUrl('javascript:alert(1)') // null
 */
export function toSourceUrl(hint: string | undefined): string | null {
  if (hint === undefined) return null;
  const url = URL.parse(hint.trim());
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return null;
  return url.href.length > maxLength ? null : url.href;
}
