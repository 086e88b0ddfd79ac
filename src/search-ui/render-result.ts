/**
 * Builds the DOM of one search result (browser only). Every text from the index becomes a text
 * node; the only elements made from index data are the `<mark>`s of excerpts.
 */
import type { ResultData } from './pagefind-api.ts';
import { removeCompoundMarks } from '../lib/search/compound-marker.ts';
import { toExcerptParts } from './to-excerpt-parts.ts';
import { toShownMeta } from './to-shown-meta.ts';

/** How many sections of a page a result lists at most. */
const subResultCount = 3;

/**
 * Returns the `<li>` of a result: the title linking to the article, its facts, the excerpt and up
 * to three sections with their own excerpts. `lang` is the article's language code, set on its
 * own words (title, excerpts) so they are read in that language.
 */
export function renderResult(data: ResultData, lang: string | undefined): HTMLLIElement {
  const item = create('li', 'search-result');

  const link = create('a');
  link.href = data.url;
  link.textContent = removeCompoundMarks(data.meta['title'] ?? data.url);
  if (lang) link.lang = lang;
  const title = create('h2', 'search-result-title');
  title.append(link);
  item.append(title);

  const facts = toShownMeta(data.meta);
  if (facts.length > 0) {
    const list = create('dl', 'search-result-meta');
    for (const { label, value } of facts) {
      const pair = create('div');
      const term = create('dt');
      term.textContent = label;
      const detail = create('dd');
      detail.textContent = value;
      pair.append(term, detail);
      list.append(pair);
    }
    item.append(list);
  }

  item.append(renderExcerpt(data.excerpt, lang));

  // Pagefind lists the page itself as a section when it has no headings of its own.
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, subResultCount);
  if (sections.length > 0) {
    const list = create('ul', 'search-result-sections');
    for (const section of sections) {
      const entry = create('li');
      const sectionLink = create('a');
      sectionLink.href = section.url;
      sectionLink.textContent = removeCompoundMarks(section.title);
      if (lang) sectionLink.lang = lang;
      entry.append(sectionLink);
      // The page's best excerpt often lies in this very section: the link is enough then.
      if (section.excerpt !== data.excerpt) entry.append(renderExcerpt(section.excerpt, lang));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

function renderExcerpt(excerpt: string, lang: string | undefined): HTMLParagraphElement {
  const paragraph = create('p', 'search-result-excerpt');
  if (lang) paragraph.lang = lang;
  for (const part of toExcerptParts(excerpt)) {
    if (!part.mark) {
      paragraph.append(part.text);
      continue;
    }
    const mark = create('mark');
    mark.textContent = part.text;
    paragraph.append(mark);
  }
  return paragraph;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}
