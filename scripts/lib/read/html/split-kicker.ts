import { getTextContent, isElement, type HtmlElement } from './html-node.ts';

// A kicker ("Corona-Pandemie", "Grenzschließungen:") is this short.
const kickerLength = 50;

/**
 * A headline without its kicker: when a heading starts with a short element of its own class
 * (`<h1><span class="kicker">Brexit</span><span>Nervenkrieg …</span></h1>`, also inside one link or
 * span that wraps the heading's text), the text after it;
 * null when the heading has no kicker.
 *
 * @example splitKicker(h1) // 'Nervenkrieg geht in die nächste Runde'
 */
export function splitKicker(heading: HtmlElement): string | null {
  let children = toChildren(heading);
  // A heading that is one link or span around the kicker and the headline: look inside it.
  for (let depth = 0; depth < 3 && children.length === 1 && isElement(children[0]!); depth += 1) children = toChildren(children[0]);
  const first = children[0];
  if (children.length < 2 || first === undefined || !isElement(first) || first.attrs.length === 0) return null;
  const kicker = getTextContent(first);
  if (kicker === '' || kicker.length > kickerLength) return null;
  const rest = children
    .slice(1)
    .map((node) => (isElement(node) ? getTextContent(node) : 'value' in node ? node.value : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:–-]+/, '')
    .trim();
  return rest.length >= 10 ? rest : null;
}

function toChildren(element: HtmlElement): HtmlElement['childNodes'] {
  return element.childNodes.filter((node) => !(node.nodeName === '#text' && 'value' in node && node.value.trim() === ''));
}
