/**
 * One benchmark article: a company, a date, figure sentences and filler, laid out in one of the
 * page shapes of the samples (investor-site dateline with promo block, wire story, newsletter
 * page with footer dates, blog post with byline, Markdown).
 */
import type { ScoredMetric } from '../lib/eval/score.ts';
import type { BenchCompany } from './create-companies.ts';
import type { Random } from './create-random.ts';
import { figureWriters, writeShareMove, type FigureContext, type Lang } from './figure-sentences.ts';
import { cities, concerns, fillerFrames, headingFrames, headlineFrames, monthNames, regions, reporters, topics } from './vocabulary.ts';

/** Page shapes, by language. */
export const articleFormats = { en: ['investor-site', 'wire', 'newsletter', 'blog', 'markdown'], de: ['investor-site', 'wire', 'markdown'] } as const;

/** A generated article: its text and the figures planted in it. */
export type GeneratedArticle = {
  /** Path relative to the sources folder. */
  file: string;
  lang: Lang;
  format: string;
  /** Publication date ingest should find, `YYYY-MM-DD`; null where the page only repeats it as chrome. */
  date: string | null;
  company: BenchCompany;
  text: string;
  metrics: ScoredMetric[];
};

type Day = { year: number; month: number; day: number };

/** Generates article number `index` about `company`; `peers` are other companies it may mention. */
export function generateArticle(random: Random, index: number, company: BenchCompany, peers: BenchCompany[]): GeneratedArticle {
  const lang: Lang = random.chance(0.6) ? 'en' : 'de';
  const format = random.pick(articleFormats[lang]);
  const day: Day = { year: random.int(2019, 2026), month: random.int(1, 12), day: random.int(1, 28) };
  const context: FigureContext = { company, lang, random };
  const fill = (frame: string) => fillSlots(frame, { random, lang, company, peers });

  // Figure paragraphs (1–4 figure sentences and a filler sentence), then filler paragraphs.
  // Writers and frames are dealt from shuffled decks, so an article repeats neither.
  const writers = deal(random, figureWriters.filter((writer) => writer !== writeShareMove));
  const frames = deal(random, fillerFrames[lang]);
  const metrics: ScoredMetric[] = [];
  const paragraphs: string[] = [];
  const figureParagraphs = random.int(1, 3);
  const fillerParagraphs = random.int(1, 12);
  for (let p = 0; p < figureParagraphs + fillerParagraphs; p++) {
    const sentences: string[] = [];
    if (p < figureParagraphs) {
      for (let s = random.int(1, 3); s >= 0; s--) {
        // The opening names the company the way news pages do, with its share move.
        const figure = p === 0 && sentences.length === 0 ? writeShareMove(context) : writers()(context);
        sentences.push(figure.text);
        metrics.push(...figure.metrics);
      }
      sentences.push(fill(frames()));
    } else {
      for (let s = random.int(2, 5); s > 0; s--) sentences.push(fill(frames()));
    }
    paragraphs.push(sentences.join(' '));
  }
  // Figures and filler interleave, but the opening paragraph always names the company with figures.
  const [opening, ...rest] = paragraphs;
  const body = [opening!, ...shuffle(random, rest)];
  const headings = Array.from({ length: random.int(0, 3) }, () => fill(random.pick(headingFrames[lang])));
  const title = fill(random.pick(headlineFrames[lang]));

  const layout = { random, lang, company, day, title, body, headings };
  // Newsletter pages print their date in the footer, half of them in a repeated list (page chrome).
  const repeatedFooter = format === 'newsletter' && random.chance(0.5);
  const text =
    format === 'investor-site' ? layoutInvestorSite(layout) : format === 'wire' ? layoutWire(layout) : format === 'newsletter' ? layoutNewsletter(layout, repeatedFooter ? 5 : 1) : format === 'blog' ? layoutBlog(layout) : layoutMarkdown(layout);
  const hash = Math.floor(random.next() * 2 ** 32).toString(16).padStart(8, '0');
  const file = `${day.year}/${String(index).padStart(5, '0')}_${hash}.${format === 'markdown' ? 'md' : 'txt'}`;
  return { file, lang, format, date: repeatedFooter ? null : toIsoDate(day), company, text, metrics };
}

type Layout = { random: Random; lang: Lang; company: BenchCompany; day: Day; title: string; body: string[]; headings: string[] };

// Headings go between paragraphs, never first.
function withHeadings({ body, headings }: Layout): string[] {
  const lines = [...body];
  headings.forEach((heading, index) => lines.splice(Math.min(lines.length, 1 + (index + 1) * 2 + index), 0, heading));
  return lines;
}

// "12.12.2025 - 04:09:05Alibaba US01609W1027", promo lines mid-article and a promo block at the end.
function layoutInvestorSite(layout: Layout): string {
  const { random, lang, company, day } = layout;
  const name = company.name;
  const clock = `${pad(random.int(6, 21))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;
  const dateline = `${pad(day.day)}.${pad(day.month)}.${day.year} - ${clock}${name} ${company.isin}`;
  const promoDay = lang === 'en' ? `${monthNames.en[day.month - 1]} ${day.day}` : `${pad(day.day)}. ${monthNames.de[day.month - 1]}`;
  const lines = withHeadings(layout);
  const middle = Math.min(lines.length, 3);
  if (lang === 'en') {
    lines.splice(middle, 0, `Should investors sell immediately? Or is it worth buying ${name}?`);
    lines.push('Ad', `${name} Stock: Buy or Sell?! New ${name} Analysis from ${promoDay} delivers the answer:`, `The latest ${name} figures speak for themselves: Urgent action needed for ${name} investors. Is it worth buying or should you sell? Find out what to do now in the current free analysis from ${promoDay}.`, `${name}: Buy or sell? Read more here...`);
  } else {
    lines.splice(middle, 0, `Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei ${name}?`);
    lines.push(`${name}-Aktie: Kaufen oder verkaufen?! Neue ${name}-Analyse vom ${promoDay} liefert die Antwort:`, `Die neusten ${name}-Zahlen sprechen eine klare Sprache: Dringender Handlungsbedarf für ${name}-Aktionäre. Lohnt sich ein Einstieg oder sollten Sie lieber verkaufen? In der aktuellen Gratis-Analyse vom ${promoDay} erfahren Sie was jetzt zu tun ist.`, `${name}: Kaufen oder verkaufen? Hier weiterlesen...`);
  }
  return `${[layout.title, dateline, ...lines].join('\n')}\n\n\n`;
}

// "BERLIN, Oct 28 (Reuters) - Name (TICK.DE) …" with a byline and a reporting credit; German: "MÜNCHEN (dpa-AFX) - …".
function layoutWire(layout: Layout): string {
  const { random, lang, company, day } = layout;
  const [lead, ...rest] = withHeadings(layout);
  const ric = `${company.ticker}.${{ NYSE: 'N', NASDAQ: 'O', XETRA: 'DE', HKEX: 'HK' }[company.exchange]}`;
  const city = random.pick(cities[lang]);
  if (lang === 'en') {
    const month = monthNames.en[day.month - 1]!;
    const opening = `${city}, ${month.slice(0, 3)} ${day.day} (Reuters) - ${lead!.replace(company.name, `${company.name} (${ric})`)}`;
    return [layout.title, `By ${random.pick(reporters)}`, `${month} ${day.day}, ${day.year}`, opening, ...rest, `(Reporting by ${random.pick(reporters)}; Editing by ${random.pick(reporters)})`, ''].join('\n');
  }
  const dateline = `${pad(day.day)}.${pad(day.month)}.${day.year} – ${pad(random.int(6, 21))}:${pad(random.int(0, 59))} Uhr`;
  return [layout.title, dateline, `${city} (dpa-AFX) - ${lead}`, ...rest, ''].join('\r\n');
}

// A newsletter header, "Name (NYSE: TICK)" in the lead, and the footer's repeated dates and comment widget.
function layoutNewsletter(layout: Layout, footerDates: number): string {
  const { company, day } = layout;
  const [lead, ...rest] = withHeadings(layout);
  const footerDate = `${monthNames.en[day.month - 1]!.slice(0, 3)}.${pad(day.day)} ${day.year}`;
  const footer = Array.from({ length: footerDates }, () => `\n${footerDate}\n`).join('');
  return [
    'AInvest Newsletter',
    'Daily stocks & crypto headlines, free to your inbox',
    layout.title,
    lead!.replace(company.name, `${company.name} (${company.exchange}: ${company.ticker})`),
    ...rest,
    'Delivering real-time insights and analysis on emerging financial trends and market movements.',
    footer,
    'Daily stocks & crypto headlines, free to your inbox',
    'Comments',
    'No comments yet',
  ].join('\n');
}

// "Posted by Name | Blog" and "Updated: November 3, 2025" under the headline.
function layoutBlog(layout: Layout): string {
  const { random, day } = layout;
  return [layout.title, `Posted by ${random.pick(reporters)} | Markets & Stocks Blog`, `Updated: ${monthNames.en[day.month - 1]} ${day.day}, ${day.year}`, ...withHeadings(layout), ''].join('\n');
}

// "# Title", a date line, "## Heading" sections, a closing list of the identifiers.
function layoutMarkdown(layout: Layout): string {
  const { lang, company, day } = layout;
  const dateLine = lang === 'en' ? `${monthNames.en[day.month - 1]} ${day.day}, ${day.year}` : `${day.day}. ${monthNames.de[day.month - 1]} ${day.year}`;
  const blocks = [...layout.body];
  layout.headings.forEach((heading, index) => blocks.splice(Math.min(blocks.length, 1 + index * 3), 0, `## ${heading}`));
  const facts = lang === 'en' ? ['Exchange', 'Ticker'] : ['Börse', 'Kürzel'];
  const list = [`- ${facts[0]}: ${company.exchange}`, `- ${facts[1]}: ${company.ticker}`, `- ISIN: ${company.isin}`].join('\n');
  return `\uFEFF# ${layout.title}\n\n${dateLine}\n\n${blocks.join('\n\n')}\n\n${list}\n`;
}

function fillSlots(frame: string, { random, lang, company, peers }: { random: Random; lang: Lang; company: BenchCompany; peers: BenchCompany[] }): string {
  return frame.replace(/\{(co|peer|topic|region|concern|product)\}/g, (_, slot: string) => {
    if (slot === 'co') return company.name;
    if (slot === 'peer') return random.pick(peers).name;
    if (slot === 'topic') return random.pick(topics[lang]);
    if (slot === 'region') return random.pick(regions[lang]);
    if (slot === 'concern') return random.pick(concerns[lang]);
    return `${company.name.split(' ')[0]} ${random.pick(['Nova', 'Edge', 'One', 'Flow', 'Core', 'Pulse', 'Atlas', 'Vista'])}`;
  });
}

// Deals items from a shuffled deck, reshuffling when it runs out.
function deal<T>(random: Random, items: readonly T[]): () => T {
  let deck: T[] = [];
  return () => {
    if (deck.length === 0) deck = shuffle(random, [...items]);
    return deck.pop()!;
  };
}

function shuffle<T>(random: Random, items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const pad = (value: number) => String(value).padStart(2, '0');
const toIsoDate = ({ year, month, day }: Day) => `${year}-${pad(month)}-${pad(day)}`;
