/**
 * What the HTML reader knows of tags and roles. The sets are facts about HTML, not guesses about
 * a site; guesses (class names, shapes) live in `is-chrome-name.ts` and `find-chrome-shapes.ts`.
 */

/** Never article text: code, embedded documents and media, form controls. */
export const droppedTags: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'picture', 'img', 'button', 'input', 'select', 'textarea', 'option', 'datalist', 'output', 'progress', 'meter', 'map', 'label',
]);

/** Page chrome by its tag: dropped unless it holds most of the page's text. */
export const chromeTags: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu', 'dialog', 'figure']);

/** Page chrome by its ARIA role: dropped unless it holds most of the page's text. */
export const chromeRoles: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar', 'tablist',
]);

/** Elements that end a line of text. */
export const blockTags: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'aside',
]);

/** Headings, written as `## ` lines. */
export const headingTags: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
