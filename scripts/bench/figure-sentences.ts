/**
 * Sentences that state typed figures, in the phrasings of the sample articles, each returned
 * with the metrics it plants (in the gold-file shape the scorer reads).
 */
import type { ScoredMetric } from '../lib/eval/score.ts';
import type { BenchCompany } from './create-companies.ts';
import type { Random } from './create-random.ts';
import { firms, quarters, ratings, weekdays } from './vocabulary.ts';

/** Article language. */
export type Lang = 'en' | 'de';

/** A sentence and the figures it states. */
export type FigureSentence = { text: string; metrics: ScoredMetric[] };

/** What a figure sentence is about. */
export type FigureContext = { company: BenchCompany; lang: Lang; random: Random };

/**
 * Formats a number the way the article's language prints it.
 *
 * @example formatNumber(1234.5, 'de', 2) // '1.234,50'
 */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const decimalsOf = (value: number) => (Number.isInteger(value) ? 0 : 2);

// "$236.50", "236.50 euros", "HK$98.35"; "236,50 Euro", "236,50 US-Dollar", "98,35 Hongkong-Dollar".
function money(value: number, context: FigureContext): string {
  const amount = formatNumber(value, context.lang, decimalsOf(value));
  const { currency } = context.company;
  if (context.lang === 'de') return `${amount} ${{ USD: 'US-Dollar', EUR: 'Euro', HKD: 'Hongkong-Dollar' }[currency]}`;
  return { USD: `$${amount}`, EUR: `${amount} euros`, HKD: `HK$${amount}` }[currency];
}

// Billions: "$2.78 billion", "2.78 billion euros"; "2,78 Milliarden Euro", "2,78 Mrd. US-Dollar".
function bigMoney(billions: number, context: FigureContext): string {
  const amount = formatNumber(billions, context.lang, 2);
  const { currency } = context.company;
  if (context.lang === 'de') return `${amount} ${context.random.chance(0.5) ? 'Milliarden' : 'Mrd.'} ${{ USD: 'US-Dollar', EUR: 'Euro', HKD: 'Hongkong-Dollar' }[currency]}`;
  return { USD: `$${amount} billion`, EUR: `${amount} billion euros`, HKD: `HK$${amount} billion` }[currency];
}

const percent = (value: number, lang: Lang) => (lang === 'de' ? `${formatNumber(value, lang, 1)} Prozent` : `${formatNumber(value, lang, 1)}%`);

function metric(context: FigureContext, kind: string, value: number | string, unit: string | null, firm: string | null = null): ScoredMetric {
  return { kind, subject: context.company.id, value, unit, firm };
}

// Price levels stay near the company's usual price.
const nearPrice = (context: FigureContext, spread: number) => Number((context.company.price * (1 + context.random.decimal(-spread, spread, 3))).toFixed(2));
const roundTarget = (value: number) => (value >= 100 ? Math.round(value / 5) * 5 : Math.round(value));

/** Share price and its daily move. */
export function writeShareMove(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const price = nearPrice(context, 0.1);
  const move = random.decimal(0.3, 9, 1);
  const up = random.chance(0.55);
  const day = random.pick(weekdays[lang]);
  const text =
    lang === 'en'
      ? `${company.name} shares ${up ? random.pick(['rose', 'jumped', 'climbed']) : random.pick(['fell', 'slipped', 'dropped'])} ${percent(move, lang)} to ${money(price, context)} on ${day}.`
      : up
        ? `Die ${company.name}-Aktie legte am ${day} um ${percent(move, lang)} auf ${money(price, context)} zu.`
        : `Die ${company.name}-Aktie verlor am ${day} ${percent(move, lang)} auf ${money(price, context)}.`;
  return { text, metrics: [metric(context, 'share_price_change', up ? move : -move, '%'), metric(context, 'share_price', price, company.currency)] };
}

/** An analyst house moving its price target, old and new value. */
export function writeTargetChange(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const firm = random.pick(firms);
  const previous = roundTarget(nearPrice(context, 0.3));
  const raise = random.chance(0.6);
  const target = roundTarget(previous * (raise ? 1 + random.decimal(0.05, 0.3, 2) : 1 - random.decimal(0.05, 0.25, 2)));
  const rating = random.pick(ratings[lang]);
  let text: string;
  if (lang === 'en') {
    text = random.chance(0.5)
      ? `Analysts at ${firm} ${raise ? 'raised' : 'cut'} their price target on ${company.name} to ${money(target, context)} from ${money(previous, context)}.`
      : `${firm} ${raise ? 'lifted' : 'lowered'} its price target for ${company.name} to ${money(target, context)} from ${money(previous, context)} and kept a ${rating} rating.`;
  } else {
    text = random.chance(0.5)
      ? `Die Analysten von ${firm} ${raise ? 'hoben' : 'senkten'} ihr Kursziel für ${company.name} von ${formatNumber(previous, lang, 0)} auf ${money(target, context)}${raise ? ' an' : ''}.`
      : `${firm} ${raise ? 'erhöhte' : 'senkte'} das Kursziel für ${company.name} von ${formatNumber(previous, lang, 0)} auf ${money(target, context)} und beließ die Einstufung auf „${rating}“.`;
  }
  const metrics = [metric(context, 'price_target', target, company.currency, firm)];
  if (text.includes(rating)) metrics.push(metric(context, 'analyst_rating', rating, null, firm));
  return { text, metrics };
}

/** A firm's rating with a price target. */
export function writeRatingTarget(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const firm = random.pick(firms);
  const target = roundTarget(nearPrice(context, 0.35));
  const rating = random.pick(ratings[lang]);
  const text =
    lang === 'en'
      ? `${firm} reiterated its ${rating} rating on ${company.name} with a price target of ${money(target, context)}.`
      : `${firm} bleibt für ${company.name} bei „${rating}“ mit einem Kursziel von ${money(target, context)}.`;
  return { text, metrics: [metric(context, 'price_target', target, company.currency, firm), metric(context, 'analyst_rating', rating, null, firm)] };
}

/** The average target of all analysts covering the stock. */
export function writeConsensus(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const target = Number(nearPrice(context, 0.3).toFixed(2));
  const text =
    lang === 'en'
      ? `The average price target of the ${random.int(8, 40)} analysts covering ${company.name} is ${money(target, context)}.`
      : `Das durchschnittliche Kursziel der Analysten für ${company.name} liegt bei ${money(target, context)}.`;
  return { text, metrics: [metric(context, 'consensus_price_target', target, company.currency)] };
}

/** Quarterly revenue with its growth. */
export function writeRevenue(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const billions = random.decimal(0.4, 90, 2);
  const growth = random.decimal(1, 35, 1);
  const quarter = random.pick(quarters[lang]);
  const text =
    lang === 'en'
      ? `Revenue rose ${percent(growth, lang)} to ${bigMoney(billions, context)} in the ${quarter} quarter.`
      : `Im ${quarter} Quartal stieg der Umsatz um ${percent(growth, lang)} auf ${bigMoney(billions, context)}.`;
  return { text, metrics: [metric(context, 'revenue', Math.round(billions * 1e9), company.currency), metric(context, 'revenue_growth', growth, '%')] };
}

/** Net income with its change. */
export function writeNetIncome(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const billions = random.decimal(0.1, 20, 2);
  const change = random.decimal(2, 60, 1);
  const up = random.chance(0.6);
  const text =
    lang === 'en'
      ? `Net income ${up ? 'rose' : 'fell'} ${percent(change, lang)} to ${bigMoney(billions, context)}.`
      : `Der Nettogewinn ${up ? 'kletterte' : 'sank'} um ${percent(change, lang)} auf ${bigMoney(billions, context)}.`;
  return { text, metrics: [metric(context, 'net_income', Math.round(billions * 1e9), company.currency), metric(context, 'net_income_change', up ? change : -change, '%')] };
}

/** Planned capital expenditure. */
export function writeCapex(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const billions = random.decimal(0.2, 40, 1);
  const text =
    lang === 'en'
      ? `${company.name} said it expects capital expenditures of about ${bigMoney(billions, context)} this year.`
      : `Die Investitionen sollen im laufenden Geschäftsjahr rund ${bigMoney(billions, context)} betragen.`;
  return { text, metrics: [metric(context, 'capex', Number((billions * 1e9).toFixed(0)), company.currency)] };
}

/** The dividend per share. */
export function writeDividend(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const dividend = random.decimal(0.1, 9, 2);
  const text =
    lang === 'en'
      ? `The board proposed a dividend of ${money(dividend, context)} per share.`
      : `Die Dividende soll auf ${money(dividend, context)} je Aktie steigen.`;
  return { text, metrics: [metric(context, 'dividend', dividend, company.currency)] };
}

/** A share buyback programme. */
export function writeBuyback(context: FigureContext): FigureSentence {
  const { company, lang, random } = context;
  const billions = random.decimal(0.5, 30, 1);
  const text =
    lang === 'en'
      ? `The board approved an additional ${bigMoney(billions, context)} for share repurchases.`
      : `Zudem kündigte der Vorstand ein neues Aktienrückkaufprogramm über bis zu ${bigMoney(billions, context)} an.`;
  return { text, metrics: [metric(context, 'buyback', Number((billions * 1e9).toFixed(0)), company.currency)] };
}

/** Every figure writer, for articles to draw from. */
export const figureWriters = [writeShareMove, writeTargetChange, writeRatingTarget, writeConsensus, writeRevenue, writeNetIncome, writeCapex, writeDividend, writeBuyback];
