import { getAttribute, type HtmlElement } from './html-node.ts';

// Words that name page chrome when a class or id is made of them: ads, consent banners, share
// bars, menus, comment sections, widgets of other pages. Matched as whole words, so "adidas",
// "shareholder" or "download" never match.
const chromeWords = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'anzeige', 'anzeigen', 'werbung', 'banner', 'cookie',
  'cookies', 'consent', 'gdpr', 'newsletter', 'promo', 'promotion', 'sponsor', 'sponsored', 'social', 'share', 'sharing',
  'sharebar', 'shariff', 'related', 'recommended', 'recommendations', 'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'sidebar',
  'outbrain', 'taboola', 'comment', 'comments', 'kommentar', 'kommentare', 'disqus', 'footer', 'navbar', 'navigation',
  'nav', 'menu', 'skip', 'widget', 'widgets', 'tagcloud', 'tags', 'sronly', 'offscreen', 'visuallyhidden', 'toolbar', 'bio',
  'author', 'authors', 'autor', 'byline', 'meta', 'caption', 'credit', 'credits', 'copyright', 'rating', 'feedback',
  'subscribe', 'subscription', 'signup', 'login', 'donate', 'donation', 'pagination', 'pager',
]);
// Words that say what a layout, a state or a taxonomy is, not what the element is: "l-sidebar-fixed"
// (a layout that has a sidebar), "has-paywall", "modal-enabled", "content-with-sidebar", a
// WordPress post's "category-…-advertising-…".
const notChromeWords = new Set([
  'l', 'layout', 'has', 'is', 'with', 'without', 'no', 'js', 'enabled', 'active', 'open', 'opened', 'visible', 'fixed', 'sticky',
  'category', 'tag', 'postid', 'format', 'status', 'type', 'page', 'template', 'tpl', 'single', 'body', 'wrapper',
]);

/**
 * True when an element's class or id names page chrome: a name made of a chrome word and no
 * word of layout, state or taxonomy. Only the block part of a BEM name counts
 * (`Report__Section--Ads` is a section with a modifier). A name is a guess: the caller never
 * drops a block that holds most of the page's text because of it.
 *
 * @example isChromeName(element) // true for class="share-bar", false for class="has-paywall"
 */
export function isChromeName(element: HtmlElement): boolean {
  const className = getAttribute(element, 'class');
  const id = getAttribute(element, 'id');
  if (className !== undefined) for (const name of className.split(/\s+/)) if (isChromeWordName(name)) return true;
  return id !== undefined && isChromeWordName(id);
}

/**
 * True when one class name or id is a chrome name.
 *
 * @example isChromeWordName('social-share') // true
 * @example isChromeWordName('l-sidebar-fixed') // false
 */
export function isChromeWordName(name: string): boolean {
  if (name === '' || name.length > 60) return false;
  const words = toWords(name.split('--')[0]!);
  let chrome = false;
  for (const word of words) {
    if (notChromeWords.has(word)) return false;
    if (chromeWords.has(word) || word.startsWith('comment') || word.startsWith('kommentar')) chrome = true;
  }
  return chrome;
}

// "TestReport__Section" → test, report, section; "sr-only" → sr, only → also "sronly".
function toWords(name: string): string[] {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '');
  const joined = words.join('');
  return joined !== words[0] && joined.length <= 16 ? [...words, joined] : words;
}
