/**
 * The event timeline of a company page: articles grouped into events, events grouped by month.
 *
 * Environment-neutral and pure. Two articles in different languages report the same event when
 * both are dated, at most `windowDays` apart, and share figures (same subject, kind, value and
 * unit): at least two, or every figure of the one with fewer. One shared percentage is too weak a
 * sign on its own ("rose 2 %" happens every week). Articles of one language are never merged:
 * two English reports are two sources a reader wants to see apart. Undated articles cannot be
 * placed in time and are returned apart, each its own event.
 */
import { metricKindFacts } from '../metric-kinds.ts';
import type { Article } from '../schema.ts';
import { compareDaysDesc, compareText } from '../compare.ts';
import { collectFigures, toFigureKey, type Figure } from './figures.ts';
import { toDayNumber } from './chart-geometry.ts';

/** How close in time and how alike two reports must be to count as one event. */
export interface EventOptions {
  /** Largest gap between publication days, in days. */
  windowDays: number;
}

/** The default: a few days, enough for a translation or a next-day recap. */
export const defaultEventOptions: EventOptions = { windowDays: 3 };

/** One event: the articles reporting it and its key figures. */
export interface CompanyEvent {
  /** The earliest publication day among its articles; null for an undated article. */
  date: string | null;
  /** Its articles, oldest first, then by slug. */
  articles: Article[];
  /** The company's figures the event's articles state, each figure key once, most telling kinds first. */
  figures: Figure[];
}

/** Events of one month. */
export interface EventMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Newest first. */
  events: CompanyEvent[];
}

/** A company's timeline. */
export interface CompanyTimeline {
  /** Newest month first. */
  months: EventMonth[];
  /** Undated articles, one event each, by slug. */
  undated: CompanyEvent[];
}


/**
 * Tells whether two articles report the same event (see the module comment).
 *
 * @example sharesEvent(englishReport, germanTranslation) // true
 */
export function sharesEvent(a: Article, b: Article, options: EventOptions = defaultEventOptions): boolean {
  if (a.lang === b.lang || a.date === null || b.date === null) return false;
  if (Math.abs(toDayNumber(a.date) - toDayNumber(b.date)) > options.windowDays) return false;
  const shared = countSharedFigures(a, b);
  const fewest = Math.min(new Set(a.metrics.map(toFigureKey)).size, new Set(b.metrics.map(toFigureKey)).size);
  return shared > 0 && shared >= Math.min(2, fewest);
}

/** Counts the distinct figure keys two articles share. */
export function countSharedFigures(a: Article, b: Article): number {
  const keys = new Set(a.metrics.map(toFigureKey));
  return new Set(b.metrics.map(toFigureKey).filter((key) => keys.has(key))).size;
}

/**
 * Groups the articles naming `companyId` into events and the events by month. `chips` bounds the
 * key figures kept per event.
 */
export function groupEvents(articles: readonly Article[], companyId: string, options: EventOptions & { chips: number } = { ...defaultEventOptions, chips: 4 }): CompanyTimeline {
  const dated = articles.filter((article) => article.date !== null).sort((a, b) => compareText(a.date ?? '', b.date ?? '') || compareText(a.slug, b.slug));
  // Union-find over the pairs that share an event; the sort lets the inner loop stop at the window.
  const parent = dated.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i] as Article;
      const b = dated[j] as Article;
      if (toDayNumber(b.date ?? '') - toDayNumber(a.date ?? '') > options.windowDays) break;
      if (sharesEvent(a, b, options)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Article[]>();
  dated.forEach((article, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), article]));
  const events = [...groups.values()].map((group) => toEvent(group, companyId, options.chips));
  events.sort((a, b) => compareDaysDesc(a.date, b.date) || compareText(a.articles[0]?.slug ?? '', b.articles[0]?.slug ?? ''));
  const months: EventMonth[] = [];
  for (const event of events) {
    const month = (event.date ?? '').slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.events.push(event);
    else months.push({ month, events: [event] });
  }
  const undated = articles
    .filter((article) => article.date === null)
    .sort((a, b) => compareText(a.slug, b.slug))
    .map((article) => toEvent([article], companyId, options.chips));
  return { months, undated };
}

function toEvent(articles: Article[], companyId: string, chips: number): CompanyEvent {
  const seen = new Set<string>();
  const figures = collectFigures(articles, companyId).filter((figure) => {
    const key = toFigureKey(figure.metric);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A stable sort keeps article and metric order within a kind.
  figures.sort((a, b) => metricKindFacts[a.metric.kind].chipRank - metricKindFacts[b.metric.kind].chipRank);
  return { date: articles[0]?.date ?? null, articles, figures: figures.slice(0, chips) };
}
