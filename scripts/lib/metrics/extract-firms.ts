/**
 * Analyst houses named in a sentence: the houses of `houses.ts` wherever they stand, and any
 * other name by the role it plays ("analysts at X", "X-Analyst", "Das Investmenthaus X",
 * "Jane Doe (X)", "X upgraded …", "X hebt …", "X: Buy"). A person is never a firm: the house
 * they work for is.
 */
import { nameTail } from '../../../src/lib/legal-suffixes.ts';
import { houseFormsSource, toHouseName } from './houses.ts';
import { toGate } from './to-gate.ts';

/** A firm named in a sentence: where it is printed and the name `firm` takes. */
export type FirmMatch = { start: number; end: number; name: string };

// A printed name: capitalised words, "&" and initials allowed ("B. Riley", "Needham & Company LLC").
const word = String.raw`(?:[\p{Lu}][\p{L}\d&.'’-]*|&|of|de|der)`;
const name = String.raw`[\p{Lu}][\p{L}\d&.'’-]*(?:\s${word}){0,4}`;
const labelWords = String.raw`Strong Buy|Buy|Outperform|Overweight|Accumulate|Add|Hold|Neutral|Equal[- ]?[Ww]eight|Market Perform|Sector Perform|Underweight|Underperform|Reduce|Sell|Kaufen|Halten|Verkaufen`;

// What a house does (past or present, English and German); "hat" only counts with a rating or target in the sentence.
const roleVerbs = String.raw`upgraded|downgraded|upgrades|downgrades|raised|raises|lifted|lifts|boosted|boosts|hiked|hikes|cut|cuts|lowered|lowers|trimmed|trims|reduced|reduces|slashed|nudged|bumped|set|sets|reiterated|reiterates|restated|restates|maintained|maintains|kept|keeps|initiated|initiates|started|starts|resumed|assumed|moved|rates|rated|sees|has an? (?:${labelWords})|hebt|senkt|erhöht|stuft|belässt|bestätigt|bekräftigt|rät|startet|nimmt|sieht|traut|kappt|reduziert|streicht|kalkuliert|empfiehlt|setzt|beziffert`;

// Order matters: the role phrasings first, so "Analysts at Wedbush Securities" wins over the known
// "Wedbush", and a house printed inside a longer role phrase is read once.
const firmPatterns: RegExp[] = [
  new RegExp(String.raw`\b(?:[Aa]nalysts?|[Ss]trategists?|[Ee]conomists?) (?:at|from|of|with) (?:the (?:[\p{L}-]+ )?(?:bank|firm|house|broker|brokerage) )?(?<firm>${name})`, 'gu'),
  new RegExp(String.raw`\b(?:Analyst(?:en|in)?|Experten|Expertin|Strategen) (?:von|bei|der|des|vom)(?: Hauses| Analysehauses)? (?:der |dem |des )?(?<firm>${name})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}-])(?:[\p{Lu}][\p{L}-]*(?:haus|bank|boutique|broker|institut)|[Bb]roker|[Bb]rokerage|investment bank|research firm) (?<firm>${name})`, 'gu'),
  new RegExp(String.raw`\b(?:[Aa]nalyst(?:in)?|[Ee]xpert(?:e|in)?) [\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){1,2},? (?:\(|of |von |from |at |bei )(?:der |dem |the )?(?<firm>${name})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?<firm>${houseFormsSource})(?:'s|’s|s(?=\s|-Analyst))?(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(?<firm>${name})(?:-Analyst(?:en|in)?\b| analysts?\b| strategists?\b)`, 'gu'),
  new RegExp(String.raw`\b[\p{Lu}][\p{L}-]+ [\p{Lu}][\p{L}-]+ \((?<firm>${name})\)`, 'gu'),
  new RegExp(String.raw`(?<firm>${name})\s+(?:(?:has|have|had|now)\s+)?(?:${roleVerbs})(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`^\s*(?:[-•*–]\s*)?(?<firm>${name})\s*(?::|\||—|–|\s-)\s*(?=["„“'‘«»]?(?:${labelWords})\b|(?:price )?target|Kursziel|Ziel\b)`, 'gu'),
];

// Every pattern but the known houses names a firm only by a role, so it needs a rating, target or
// estimate in the sentence; the index of the known-house pattern:
const knownPattern = 4;
// What each pattern needs in the sentence, tested before it runs: a pattern that opens on any
// capitalised word would otherwise be tried at each of them.
const firmGates: Array<RegExp | null> = [
  /(?:nalyst|trategist|conomist)s? (?:at|from|of|with) /,
  /(?:Analyst|Expert|Strateg)\w* (?:von|bei|der|des|vom) /,
  /haus |bank |boutique |broker |institut |[Bb]roker |[Bb]rokerage |investment bank |research firm /,
  /(?:nalyst|xpert)\w* \p{Lu}/u,
  toGate(firmPatterns[knownPattern]!),
  /-Analyst| analyst| strategist/,
  /\(\p{Lu}/u,
  new RegExp(String.raw`(?:${roleVerbs})(?![\p{L}])`, 'u'),
  null,
];
const analystWords = /nalyst|trategist|Experte|Rating|rating|target|Kursziel|Ziel|Einstufung|Votum|Empfehlung|recommend|upgrade|downgrade|stuft|fairen Wert|fair value|Schätzung|estimate|Buy|Sell|Hold|Neutral|perform|weight|Kaufen|Halten|Verkaufen/;

// Capitalised words that open a clause without naming anyone.
const notNames = /^(?:The|This|That|These|Those|Its|It|They|He|She|We|Shares?|Analysts?|Wall|Street|Several|Some|Most|Many|All|Both|Finally|Also|However|On|In|At|For|And|But|Die|Der|Das|Den|Dem|Des|Sie|Er|Es|Ihr|Ihre|Sein|Seine|Wir|Auch|Zudem|Dabei|Damit|Doch|Analysten|Experten|Anleger|Investoren|Aktien?|Papiere?|Titel|Kursziel|Ziel|Nach|Mit|Für|Bei|Im|Am|Auf|Von|Zum|Zur|Laut|Brokerages|Investors|Traders|Citing|Get|Report|Shares|Coverage|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eins|Zwei|Drei|Vier|Fünf|Zwölf|Einer|Eine|Euro|Dollar|Franken|Prozent|Cent|Punkte|Insgesamt|Gleich|Damit|Zuletzt|Derzeit|Aktuell|Bisher|Nun|Jetzt|Heute|Gestern|Neue|Neuen)$/;

// A house name right after an action verb is the company acted on: "Barclays hebt Deutsche Bank auf".
const actedOn = /(?:hebt|senkt|stuft|belässt|bestätigt|upgraded|downgraded|upgrades|downgrades|moved|lifted|rates|covers|coverage (?:of|on))\s+(?:die Aktie (?:von |der )?|die Papiere (?:von |der )?|shares of\s+)?$/;

// A house whose own stock moves is a company here: "legten Deutsche Bank … um zwei Prozent zu",
// "Deutsche Bank shares rose 3%".
const movedBefore = /(?:legten|stiegen|fielen|verloren|gewannen|kletterten|sanken|büßten|zogen|sackten)\s+$/;
const movesAfter = /^(?:['’]s|s)?(?:-Aktien?|-Papiere|-Titel)?\s+(?:(?:als\s+)?(?:[\p{L}-]+\s+){0,2}um\s+(?:rund\s+|knapp\s+|fast\s+)?[\d\p{L}]+(?:,\d+)?\s+Prozent|shares?\s+(?:rose|fell|gained|lost|jumped|dropped|slid|climbed)|(?:rose|fell|gained|lost|jumped|dropped|slid|climbed)\s+\d)/u;

// A name after "für", "for", "on" is the company covered: "Für MTU sieht er ein Kursziel von 230 Euro".
const coveredBefore = /(?:^|\s)(?:für|Für|for|For|on|On|zu|über|Über)\s+$/;

// A name after a person's title is the person ("Citi analyst Jane Doe cut …"), not a house.
const personTitle = /(?:[Aa]nalyst(?:in|en)?|[Ee]xpert(?:e|in)?|CEO|CFO|Chef\w*|[Cc]hief [\w ]{0,30}[Oo]fficer|[Dd]irector|Vorstand\w*|[Mm]anager\w*|Mr\.|Ms\.|Mrs\.|Herr|Frau)\s+$/;

/**
 * True when the text before a name makes it the company a firm covers ("Für MTU sieht er …").
 *
 * @example isCoveredBefore('Für ') // true
 */
export function isCoveredBefore(before: string): boolean {
  return coveredBefore.test(before);
}

/**
 * True when the text before a name makes it a person: "Citi analyst Jane Doe", "CEO Tim Cook".
 *
 * @example isPersonBefore('Jefferies analyst ') // true
 */
export function isPersonBefore(before: string): boolean {
  return personTitle.test(before);
}

/**
 * True when a sentence speaks of ratings, targets or estimates: only there does a name take a
 * house's role by the words around it.
 *
 * @example isAnalystSentence('Cranswick lifted revenue 17.6pc') // false
 */
export function isAnalystSentence(text: string): boolean {
  return analystWords.test(text);
}

/**
 * Finds analyst firms named in a sentence; `aliases` maps short names the article defined
 * ("Raiffeisen Centrobank (RCB)") to the firm's name.
 *
 * @example extractFirms('Analysts at Wedbush Securities lifted the target.') // [{ name: 'Wedbush', … }]
 * @example extractFirms('Citi analyst Jane Doe cut her target.') // [{ name: 'Citigroup', … }]
 * @example extractFirms('Das Investmenthaus Mainfirst hat Henkel auf "Outperform" hochgestuft.') // [{ name: 'Mainfirst', … }]
 */
export function extractFirms(text: string, aliases: ReadonlyMap<string, string> = new Map(), analystSentence = analystWords.test(text)): FirmMatch[] {
  const found: FirmMatch[] = [];
  firmPatterns.forEach((pattern, index) => {
    if (index !== knownPattern && !analystSentence) return;
    if (firmGates[index] && !firmGates[index]!.test(text)) return;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const printed = trimName(match.groups!['firm']!);
      if (!printed) continue;
      const start = match.index + match[0].indexOf(printed);
      const end = start + printed.length;
      const before = text.slice(Math.max(0, start - 40), start);
      if (index === knownPattern ? actedOn.test(before) || movedBefore.test(before) || movesAfter.test(text.slice(end, end + 40)) : personTitle.test(before) || coveredBefore.test(before)) continue;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, name: aliases.get(printed) ?? toHouseName(printed) });
    }
  });
  for (const [alias, firm] of aliases) {
    // An alias is letters and '&' (`find-firm-aliases.ts`), so the pattern needs it printed as is.
    if (!text.includes(alias)) continue;
    for (const match of text.matchAll(toAliasPattern(alias))) {
      const start = match.index;
      if (!found.some((other) => start < other.end && other.start < start + alias.length)) found.push({ start, end: start + alias.length, name: firm });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// An alias's pattern, compiled once per alias rather than once per sentence (matchAll copies it).
const aliasPatterns = new Map<string, RegExp>();
function toAliasPattern(alias: string): RegExp {
  let pattern = aliasPatterns.get(alias);
  if (!pattern) {
    if (aliasPatterns.size > 1000) aliasPatterns.clear();
    aliasPatterns.set(alias, (pattern = new RegExp(String.raw`(?<![\p{L}])${alias}(?![\p{L}])`, 'gu')));
  }
  return pattern;
}

// Role phrasings capture a little too much: leading words that name no one ("Finally", "Die"),
// a genitive, a legal form, a trailing "of".
function trimName(printed: string): string {
  const words = printed.split(' ');
  while (words.length > 0 && notNames.test(words[0]!)) words.shift();
  return words
    .join(' ')
    .replace(nameTail, '')
    .replace(/['’]s$/, '')
    .replace(/\s+(?:of|de|der|&)$/, '')
    .replace(/[.,]$/, (dot) => (/\b[A-Z]\.$|\b(?:Co|Inc|Corp|Ltd)\.$/.test(printed) ? dot : ''))
    .trim();
}
