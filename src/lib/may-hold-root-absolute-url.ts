/**
 * A cheap, conservative test of whether an HTML page or a style sheet can hold a root-absolute
 * URL that `rewriteHtmlUrls` or `toRelativeCss` would rewrite, so the pages that cannot are never
 * parsed.
 *
 * Environment-neutral and pure.
 *
 * Why it is safe: every URL the rewriters change is one whose value, once character references
 * are decoded and JavaScript whitespace trimmed, starts with "/". In the raw text that "/" is a
 * literal slash or a character reference ("&#47;", "&#x2F;", "&sol;"), and it follows the start
 * of its context: an attribute value (after "=" or a quote), a later `srcset` candidate (after
 * ","), a CSS `url(` (after "(" or a quote), an `@import` string or a meta refresh `url=` (after a
 * quote or "="). Between that start and the slash there can only be whitespace, literal or written
 * as a character reference (with or without its ";"), and the start itself may be a character
 * reference too ("&quot;", "&#44;"). Taking the last reference before the slash as the start,
 * a literal slash always follows one of `= , ( " '` or a reference over literal whitespace only.
 * So a text without an encoded slash and without such a slash has nothing to rewrite. The test
 * may say yes when there is nothing (a "/" in a script string); the parser then decides.
 */

// Any character reference, named or numeric, with or without its ";" (a superset of what decodes).
const reference = String.raw`&[#\w]+;?`;

// A slash written as a character reference, anywhere: rare enough to send the page to the parser.
const encodedSlash = /&(?:#0*47|#x0*2f|sol;)/i;

// A literal slash right after a context start, over whitespace (JavaScript's, the set trim() drops).
const slashAfterStart = new RegExp(String.raw`(?:[=,("']|${reference})\s*/`);

/**
 * Tells whether `text` (an HTML page or a style sheet) may hold a root-absolute URL. False means
 * it certainly holds none that `rewriteHtmlUrls` or `toRelativeCss` would change.
 *
 * @example mayHoldRootAbsoluteUrl('<a href="../x.html">x</a></p>') // false
 * @example mayHoldRootAbsoluteUrl('<img srcset="a.png 1x, /b.png 2x">') // true
 */
export function mayHoldRootAbsoluteUrl(text: string): boolean {
  return slashAfterStart.test(text) || encodedSlash.test(text);
}
