/**
 * XML escaping for the feeds and the sitemap. Environment-neutral and pure.
 */

/**
 * Escapes text for XML element content and attribute values, dropping characters XML 1.0 forbids
 * (control characters, lone surrogates).
 *
 * @example escapeXml('AT&T <"Buy">') // 'AT&amp;T &lt;&quot;Buy&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
