import type { DateSource } from '../../../src/lib/schema.ts';
import type { PublicationDate } from '../extract/parse-publication-date.ts';
import type { Structure } from './parse-structure.ts';
import type { SourceHints } from '../types.ts';
import { isCalendarDay, isoDateTime } from '../../../src/lib/iso-date.ts';

/** Title, date and publisher of an article once its source's hints are weighed in. */
export type HintedFacts = {
  structure: Structure;
  published: PublicationDate;
  publisher: string | null;
  warnings: string[];
};

/** The schema has no "metadata" date source; a page's or front-matter's own stamp is a byline. */
export const hintDateSource: DateSource = 'byline';


/**
 * Weighs a source's metadata hints (front-matter, page metadata) against what its text says.
 * The hinted title replaces a headline the text lacks or names differently (the text's own first
 * line stays in the body); a hinted ISO date wins over text heuristics (`dateSource: byline`);
 * a hinted publisher, or else the hinted address's host, fills a publisher the text does not
 * name. Each use is a warning, except a page's printed `<h1>`, so the report shows where a fact
 * came from.
 *
 * @example applyHints({ structure, published, publisher: null }, { origin: 'front-matter', published: '2025-12-12' }).published.date // '2025-12-12'
 */
export function applyHints(facts: Omit<HintedFacts, 'warnings'>, hints: SourceHints | null): HintedFacts {
  const warnings: string[] = [];
  if (hints === null) return { ...facts, warnings };
  const { origin } = hints;
  let { structure, published, publisher } = facts;
  if (hints.title !== undefined && !isSameText(hints.title, structure.title)) {
    const lead = structure.titleSource === 'headline' ? [{ type: 'heading' as const, text: structure.title }] : [];
    structure = { ...structure, title: hints.title, titleSource: 'headline', blocks: [...lead, ...structure.blocks] };
    if (!hints.titlePrinted) warnings.push(`title taken from the ${origin}`);
  }
  const date = hints.published === undefined ? null : isoDateTime.exec(hints.published);
  const day = date ? `${date[1]}-${date[2]}-${date[3]}` : '';
  if (date && isCalendarDay(day)) {
    published = { date: day, dateSource: hintDateSource, warnings: [`date ${day} taken from the ${origin}`], ...(date[4] ? { time: date[4] } : {}) };
  } else if (hints.published !== undefined) {
    warnings.push(`${origin} date "${hints.published.slice(0, 40)}" ignored: it is no calendar day`);
  }
  if (publisher === null && hints.publisher !== undefined) {
    publisher = hints.publisher;
    warnings.push(`publisher taken from the ${origin}`);
  } else if (publisher === null && hints.url !== undefined) {
    publisher = toHost(hints.url);
    if (publisher !== null) warnings.push(`publisher taken from the address in the ${origin}`);
  }
  return { structure, published, publisher, warnings };
}

function isSameText(a: string, b: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return plain(a) === plain(b);
}

function toHost(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
