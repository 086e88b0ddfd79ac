import { getAttribute, getTextContent, type HtmlElement } from './html-node.ts';

// Class names that the common CSS frameworks and content systems give text shown to screen
// readers only ("Headline:", " | Site name", "opens in a new window"), lower case.
const screenReaderClasses = new Set([
  'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'element-invisible', 'aural',
  'hidden-visually', 'u-visually-hidden', 'is-visually-hidden', 'a11y-hidden', 'assistive-text', 'offscreen', 'sr-text',
]);
// Longer text is no label: a page that hides its article this way still shows it.
const labelLength = 100;

/**
 * True when an element is a short label for screen readers, hidden on screen by its class
 * (`<span class="visually-hidden">Headline:</span>`): no part of the text a reader sees.
 *
 * @example isScreenReaderOnly(span) // true for <span class="sr-only">: </span>
 */
export function isScreenReaderOnly(element: HtmlElement): boolean {
  const className = getAttribute(element, 'class');
  if (className === undefined || !className.split(/\s+/).some((name) => screenReaderClasses.has(name.toLowerCase()))) return false;
  return getTextContent(element).length <= labelLength;
}
