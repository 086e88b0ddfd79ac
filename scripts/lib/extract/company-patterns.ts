/**
 * The shapes in which news text names a company, each with the weight of its evidence: the data
 * of `discoverCompanies`. Order matters (see `patterns`). The verbs of market reports ("rose 1.1
 * percent", "legten zu", "waren gefragt") are listed here because a mover in a market report is
 * named by them and nothing else.
 */
import { legalFormSource } from '../../../src/lib/legal-suffixes.ts';
import { ricSource } from './extract-identifiers.ts';

/**
 * How much each kind of evidence says a name is a company. A printed identifier or legal form is
 * enough on its own (3); so is a "Name-Aktie(n)" compound or a top/flop row (2.5: nobody writes
 * "Welche-Aktie"; sector prefixes such as "Tech-Aktien" are listed in `non-company-names.ts`).
 * "Shares of", "Name Aktie" or an analyst's or a mover's role in a sentence is good evidence
 * (2), but any word opening a sentence can stand there; "Name Aktien", a "Group" name or a
 * title's subject needs more (each further mention adds 0.5, see `weigh-companies.ts`).
 */
export const evidenceWeights = { identifier: 3, legal: 3, compound: 2.5, share: 2, role: 2, title: 1.5, group: 1.5, subject: 1.5, sector: 1 } as const;

// A run of capitalised words, allowing "&", "of", "de", "la", "at" between them ("Pets at Home";
// "und"/"and" join lists far more often than names). A word may start lower case when a capital
// follows within eight letters ("nCino", "eBay", "flatexDEGIRO"): no dictionary word has one
// inside. A word is at most 41 characters and a run starts at a word's start: unbounded, every
// capital inside a 2 MB "word" would scan to its end.
// "+" joins the letters of a name such as "K+S"
const wordChar = "[\\p{L}\\p{N}&.'’+-]";
export const word = `(?:[\\p{Lu}]|\\p{Ll}{1,8}\\p{Lu})${wordChar}{0,40}`;
// Names never cross a line break: headings and paragraphs are joined with "\n". Every gap is
// bounded, so a match reaches a known distance around its anchor (see `collectNear`).
export const nameRun = `((?<!${wordChar})${word}(?:[ \\t]{1,4}(?:(?:&|of|de|la|at)[ \\t]{1,4})?${word}){0,3})`;
// A brand written in lower case ("adidas"), accepted only where a hyphen or identifier vouches for it.
const lowerName = `((?<!${wordChar})\\p{Ll}[\\p{Ll}\\p{N}]{2,30})`;
const exchange = '(?:NYSE|NASDAQ|Nasdaq|HKEX?|XETRA|Xetra|ETR|FRA|LSE|LON|TSE|SSE|SZSE|TSX|ASX|OTC|SIX|AMEX)';
const ric = `\\(${ricSource}\\)`;
const tickerTail = `(?:,?[ \\t]+${legalFormSource})?\\s*\\(\\s*${exchange}\\s*:\\s*([A-Z0-9.]{1,8})`;
// Bounded, like every part after a `near` anchor (see `collectNear`)
const percent = '[+\\-−]?[ \\t]?\\d{1,12}(?:[.,]\\d{1,6})?[ \\t]?(?:%|(?:Prozent|percent|per[ \\t]cent|pct|pc)\\b)';
// The verbs a market report moves a stock with, and the words that close their clause.
const moveVerbsEn = 'rose|fell|gained|lost|added|climbed|jumped|slipped|slumped|dropped|tumbled|surged|soared|sank|plunged|rallied|advanced|declined|edged (?:up|down|higher|lower)|(?:was|were|is|are) (?:up|down)';
const companyVerbsEn = 'reported|posted|announced|expects|forecast|reaffirmed|agreed|beat|missed|topped|has (?:beaten|reported|posted|announced|raised|cut|agreed|stayed)|is (?:due|set|expected) to|was (?:upgraded|downgraded|raised|cut|initiated)';
const moveVerbsDe = 'legte|legten|stieg|stiegen|fiel|fielen|verlor|verloren|gewann|gewannen|sank|sanken|kletterte|kletterten|rutschte|rutschten|büßte|büßten|gab|gaben|sprang|sprangen|brach|brachen|verteuerte|verteuerten|verbilligte|verbilligten';

const particleVerbs = 'legten|legte|gaben|gab|zogen|zog|fielen|fiel|brachen|brach|rutschten|rutschte|sackten|sackte|gingen|ging|schlossen|schloss';
const particles = 'zu|nach|an|zurück|ein|ab';
const stateVerbs = 'waren|war|notierte|notierten|tendierte|tendierten|lag|lagen|schloss|schlossen|standen|stand|gerieten|geriet|zeigten sich|zeigte sich';
const states = 'gefragt|gesucht|schwach|schwächer|fester|leichter|höher|tiefer|freundlich|verändert|unverändert|im Plus|im Minus|unter Druck|im Fokus';
const invertedVerbs = 'stiegen|stieg|fielen|fiel|legten|legte|verloren|verlor|gewannen|gewann|kletterten|kletterte|sanken|sank';
const fillers = '(?:(?:dagegen|auch|zudem|ebenfalls|hingegen)[ \\t]+)*';
// After a German verb an article opens its subject ("Im Quartal stieg der Umsatz …"): then the
// word before the verb was the sentence's first part, not its subject.
const notSubjectAfter = '(?![ \\t]+(?:der|die|das|den|dem|des|ein|eine|sein|seine|ihr|ihre)\\b)';

/** What a name is to the article: the company a figure is about, an analyst house, or named. */
export type Role = 'issuer' | 'analyst' | 'named';

/** One discovery pattern; see `patterns`. */
export type Pattern = {
  re: RegExp;
  role: Role;
  weight: number;
  anchor?: RegExp;
  near?: RegExp;
  /** Names listed beside the match share its evidence: "Hensoldt und Renk legten zu". */
  list?: 'before' | 'after';
  /** The name is a sentence's subject: a lone common noun after an article is none ("Nach den Quartalszahlen hat …"). */
  subject?: true;
  /** The last group is the ticker printed beside the name. */
  ticker?: true;
  /** A printed identifier stands beside the name. */
  identifier?: true;
  /** Any word opening a sentence fills the name's slot ("Several analysts", "Implied shares"). */
  opener?: true;
  /**
   * Words every match holds, one of which must be in the text for the pattern to be tried: a
   * substring search is far cheaper than the pattern's own scan of a text without them.
   */
  words?: readonly string[];
  /** The language whose grammar the pattern reads; tried on articles in that language only (or of none known). */
  lang?: 'en' | 'de';
};

// Order matters: the most reliable shapes first; later patterns never replace an earlier name.
// A pattern's `anchor` is a part every match must contain, tested first: scanning for a name run
// at every capital letter costs far more than looking for "(NYSE:" once, and most articles hold
// only a few of these shapes. Where the anchor is absent the pattern cannot match, so skipping it
// changes nothing.
// A pattern with `near` holds nothing but white space and "," or "'s" between its name and the
// anchor, and nothing after the anchor beyond its own line, so a match lies in the lines from the
// name's to the anchor's (see `collectNear`); `near` finds every anchor.
export const patterns: Pattern[] = [
  { re: new RegExp(`${nameRun}${tickerTail}`, 'dgu'), role: 'issuer', weight: evidenceWeights.identifier, anchor: new RegExp(`\\(\\s*${exchange}\\s*:`, 'u'), ticker: true, identifier: true },
  { re: new RegExp(`${lowerName}${tickerTail}`, 'dgu'), role: 'issuer', weight: evidenceWeights.identifier, anchor: new RegExp(`\\(\\s*${exchange}\\s*:`, 'u'), ticker: true, identifier: true },
  { re: new RegExp(`${nameRun}\\s{1,8}[A-Z]{2}[A-Z0-9]{9}\\d\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.identifier, near: /\s[A-Z]{2}[A-Z0-9]{9}\d\b/gu, identifier: true },
  // A quote row: "adidas | WKN: A1EWWW | ISIN: DE000A1EWWW0", "Nestlé N | Valor 3886335 | ISIN …"
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:${nameRun}|${lowerName})(?:[ \\t]+[\\p{L}.]{1,4}){0,2}[ \\t]*\\|[ \\t]*(?:WKN|ISIN|Valor)\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.identifier, anchor: /\|[ \t]*(?:WKN|ISIN|Valor)\b/u, identifier: true },
  { re: new RegExp(`${nameRun}[ \\t]*${ric}`, 'dgu'), role: 'issuer', weight: evidenceWeights.identifier, anchor: new RegExp(ric, 'u'), identifier: true },
  // A name line with its bare ticker closing it or on the next line: "Bank of America\n(BAC) - Get Report"
  { re: new RegExp(`(?:^|\\n)[ \\t]*${nameRun}(?:,?[ \\t]+${legalFormSource})?[ \\t]*(?:\\n[ \\t]*)?\\(([A-Z]{1,5})\\)[ \\t]*(?:-[ \\t]*Get Report[ \\t]*)?(?=\\n|$)`, 'dgu'), role: 'issuer', weight: evidenceWeights.identifier, anchor: /\([A-Z]{1,5}\)[ \t]*(?:-[ \t]*Get Report[ \t]*)?(?:\n|$)/u, ticker: true, identifier: true },
  { re: new RegExp(`${nameRun}-(?:Aktie|Genussscheine?|Vorzüge)\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.compound, near: /-(?:Aktie|Genussscheine?|Vorzüge)\b/gu, lang: 'de' },
  { re: new RegExp(`${lowerName}-Aktie\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.compound, near: /-Aktie\b/gu, lang: 'de' },
  { re: new RegExp(`${nameRun}-Aktien\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.compound, near: /-Aktien\b/gu, lang: 'de' },
  { re: new RegExp(`${nameRun}\\s{1,8}Aktien\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.sector, near: /\sAktien\b/gu, opener: true, lang: 'de' },
  { re: new RegExp(`${nameRun}\\s{1,8}Aktie\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.share, near: /\sAktie\b/gu, opener: true, lang: 'de' },
  { re: new RegExp(`${nameRun}(?:'s|’s)?\\s{1,8}(?:shares|stock)\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.share, near: /\s(?:shares|stock)\b/gu, opener: true, lang: 'en' },
  { re: new RegExp(`\\b(?:[Ss]hares|[Ss]tock) (?:of|in) ${nameRun}`, 'dgu'), role: 'issuer', weight: evidenceWeights.share, list: 'after', words: ['hares of', 'hares in', 'tock of', 'tock in'], lang: 'en' },
  { re: new RegExp(`\\b(?:Aktien?|Papiere|Anteile|Anteilsscheine|Titel) (?:von|der|des) ${nameRun}`, 'dgu'), role: 'issuer', weight: evidenceWeights.share, list: 'after', words: [' von ', ' der ', ' des '], lang: 'de' },
  { re: new RegExp(`${nameRun},?\\s{1,8}${legalFormSource}`, 'dgu'), role: 'named', weight: evidenceWeights.legal, near: new RegExp(`\\s${legalFormSource}`, 'gu') },
  { re: new RegExp(`\\b(?:[Aa]nalysts? (?:at|from|of)|[Rr]esearch (?:firm|house)|[Ii]nvestment bank|[Bb]roker(?:age)?|Analysten (?:von|der|des|bei))\\s*,?\\s+${nameRun}`, 'dgu'), role: 'analyst', weight: evidenceWeights.role, words: ['nalyst', 'esearch', 'nvestment bank', 'roker'] },
  { re: new RegExp(`${nameRun}(?:-Analyst(?:en)?|\\s{1,8}analysts?)\\b`, 'dgu'), role: 'analyst', weight: evidenceWeights.role, near: /-Analyst|\sanalyst/gu, opener: true },
  { re: new RegExp(`\\b(?:Kaufempfehlung|Verkaufsempfehlung|Halteempfehlung|Abstufung|Hochstufung|Herabstufung|Studie|Kurszielanhebung|Kurszielsenkung|upgrade|downgrade)[ \\t]+(?:der|des|von|durch|from|by)[ \\t]+${nameRun}`, 'dgu'), role: 'analyst', weight: evidenceWeights.role, words: ['mpfehlung', 'stufung', 'Studie', 'Kursziel', 'grade'], lang: 'de' },
  // The company a rating is for: "das Kursziel für Air Liquide", "die Einstufung für adidas", "the price target on Nvidia"
  { re: new RegExp(`\\b(?:Kursziel|Einstufung|Votum|Anlageurteil|Rating|Kaufempfehlung|Verkaufsempfehlung)[ \\t]+für[ \\t]+(?:die[ \\t]+Aktien?[ \\t]+(?:des|der|von)[ \\t]+)?(?:${nameRun}|${lowerName})`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, words: [' für '], lang: 'de' },
  { re: new RegExp(`\\b(?:price targets?|target prices?|price objectives?|ratings?)[ \\t]+(?:on|for)[ \\t]+(?:shares[ \\t]+of[ \\t]+)?${nameRun}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, words: [' on ', ' for '], lang: 'en' },
  // A section heading naming its company, and the paragraph under it opening with the same name:
  // "AbbVie: Breaking Expectations" over "AbbVie was recently upgraded …"
  { re: new RegExp(`(?:^|\\n)[ \\t]*${nameRun}[ \\t]*:[ \\t][^\\n]{1,80}\\n(?:[ \\t]*\\n){0,2}[ \\t]*\\1(?![\\p{L}\\p{N}])`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, anchor: /:[ \t][^\n]{1,80}\n/u },
  // A mover in a market report: "Kering rose 1.1 percent", "die Deutsche Bank gab 1,6 Prozent nach",
  // "Hensoldt und Renk legten zu", "Logitech und Sika waren gefragt"
  { re: new RegExp(`${nameRun}(?:'s|’s)?(?:[ \\t]{1,8}(?:shares|stock))?[ \\t]{1,8}(?:${moveVerbsEn})\\b${notSubjectAfter}[^.\\n]{0,30}?${percent}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, near: new RegExp(`[ \\t](?:${moveVerbsEn})\\b`, 'gu'), list: 'before', subject: true, lang: 'en' },
  { re: new RegExp(`${nameRun}[ \\t]{1,8}(?:${moveVerbsDe})\\b${notSubjectAfter}[^.\\n]{0,30}?${percent}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, near: new RegExp(`[ \\t](?:${moveVerbsDe})\\b`, 'gu'), list: 'before', subject: true, lang: 'de' },
  { re: new RegExp(`${nameRun}[ \\t]{1,8}(?:${particleVerbs})\\b${notSubjectAfter}[ \\t]{1,3}(?:\\p{Ll}{1,25}[ \\t]{1,3}){0,3}?(?:${particles})\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, near: new RegExp(`[ \\t](?:${particleVerbs})\\b`, 'gu'), list: 'before', subject: true, lang: 'de' },
  { re: new RegExp(`${nameRun}[ \\t]{1,8}(?:${stateVerbs})\\b${notSubjectAfter}[ \\t]{1,3}(?:\\p{Ll}{1,25}[ \\t]{1,3}){0,3}?(?:${states})\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, near: new RegExp(`[ \\t](?:${stateVerbs})\\b`, 'gu'), list: 'before', subject: true, lang: 'de' },
  { re: new RegExp(`${nameRun}[ \\t]{1,8}mit[ \\t]{1,3}einem[ \\t]{1,3}(?:\\p{Ll}{3,20}(?:en|em)[ \\t]{1,3})?(?:Minus|Plus|Abschlag|Aufschlag|Kursverlust|Kursgewinn|Kurssprung|Anstieg|Rückgang)[ \\t]{1,3}von[ \\t]{1,3}${percent}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, near: /[ \t]mit[ \t]+einem[ \t]/gu, subject: true, lang: 'de' },
  // The verb first: "Gefragt waren dagegen Andritz und Wienerberger", "stiegen UBS um 2,3 Prozent"
  { re: new RegExp(`\\b(?:[Gg]efragt|[Gg]esucht|[Ss]chwächer|[Ff]ester|[Ss]tärker|[Ll]eichter)[ \\t]+(?:${stateVerbs})[ \\t]+${fillers}${nameRun}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, list: 'after', words: ['efragt', 'esucht', 'chwächer', 'ester', 'tärker', 'eichter'], lang: 'de' },
  { re: new RegExp(`\\b(?:${invertedVerbs})[ \\t]+${fillers}${nameRun}[ \\t]+(?:um[ \\t]+)?${percent}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, words: ['Prozent', '%'], lang: 'de' },
  { re: new RegExp(`\\b(?:stand|standen)[ \\t]+${fillers}${nameRun}[ \\t]+im[ \\t]+(?:Fokus|Mittelpunkt)`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, words: [' im Fokus', ' im Mittelpunkt'], lang: 'de' },
  // A mover with its move in brackets: "Vorne lagen Bayer (+ 2,85 Prozent auf 28,13 EUR), RWE (…)"
  { re: new RegExp(`${nameRun}[ \\t]{0,3}\\([ \\t]{0,3}${percent}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, near: /\([ \t]{0,3}[+\-−]?[ \t]?\d/gu },
  // A row of a top/flop list: "Siemens Energy: +4,1 Prozent"
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:[-–•*]\\s+)?${nameRun}[ \\t]*[:–][ \\t]*${percent}`, 'dgu'), role: 'issuer', weight: evidenceWeights.compound, anchor: new RegExp(`[:–][ \\t]*${percent}`, 'u') },
  // A sentence's subject doing what companies do: "AbbVie has beaten expectations", "Gildan reported …".
  // Any capitalised word can open a sentence so, so it counts only when repeated (weight `subject`)
  { re: new RegExp(`${nameRun}[ \\t]{1,4}(?:${companyVerbsEn})\\b`, 'dgu'), role: 'issuer', weight: evidenceWeights.subject, near: new RegExp(`[ \\t](?:${companyVerbsEn})\\b`, 'gu'), subject: true, opener: true, lang: 'en' },
  // A row of a movers table: "Rio Tinto | +3.13 |", the cell broken over two lines ("Micro Focus International |\n+3.90 |")
  { re: new RegExp(`(?:^|\\n)[ \\t]*(?:\\|[ \\t]*)?${nameRun}[ \\t]*\\|[ \\t]*(?:\\n[ \\t]*)?[+\\-−][ \\t]?\\d{1,6}(?:[.,]\\d{1,4})?[ \\t]?%?[ \\t]*(?:\\||(?=\\n|$))`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, anchor: /\|[ \t]*(?:\n[ \t]*)?[+\-−][ \t]?\d/u },
  { re: new RegExp(`\\b(?:[Tt]op|[Ff]lop|[Bb]iggest) (?:gainers|losers|movers|[Gg]ewinner|[Vv]erlierer|[Ww]erte)\\s*:\\s*${nameRun}`, 'dgu'), role: 'issuer', weight: evidenceWeights.role, list: 'after', words: ['op ', 'lop ', 'iggest '] },
];

// Analyst houses named as the actor of a rating sentence: "Citigroup has raised its price target",
// "Jefferies hebt das Kursziel". Before a German verb any adverb can stand ("Stattdessen hat
// Bayer …": the verb comes second), so that slot is one any sentence opener fills.
const ratingVerbsEn = '(?:has |have )?(?:raised|lifted|boosted|increased|cut|lowered|reduced|trimmed|reiterated|maintained|initiated|upgraded|downgraded|reaffirmed|set|restated|reinstated)';
const ratingVerbsDe = 'hebt|senkt|erhöht|bestätigt|stuft|sieht|startet|hat|haben';
export const ratingActors: Pattern[] = [
  { re: new RegExp(`${nameRun}[ \\t]{1,8}(?:${ratingVerbsEn})\\b`, 'dgu'), role: 'analyst', weight: evidenceWeights.role, subject: true, near: new RegExp(`[ \\t](?:${ratingVerbsEn})\\b`, 'gu'), lang: 'en' },
  { re: new RegExp(`${nameRun}[ \\t]{1,8}(?:${ratingVerbsDe})\\b`, 'dgu'), role: 'analyst', weight: evidenceWeights.role, subject: true, opener: true, near: new RegExp(`[ \\t](?:${ratingVerbsDe})\\b`, 'gu'), lang: 'de' },
];
export const ratingCue = /\b(price target|target price|rating|upgrade|downgrade|overweight|underweight|outperform|underperform|kursziel|einstufung|kaufempfehlung|rated)\b/i;
export const groupName = new RegExp(`${nameRun}\\s+(?:Group|Holdings?)(?![\\p{L}])`, 'gu');
export const groupAnchor = /\s(?:Group|Holdings?)(?![\p{L}])/u;
/** A name in a list ("Volkswagen, BMW und Mercedes-Benz"), an article allowed before it. */
export const listName = `(?:(?:der|die|des|den|dem|the)[ \\t]+)?(${word}(?:[ \\t]+(?:(?:&|of|de|la)[ \\t]+)?${word}){0,3})`;
