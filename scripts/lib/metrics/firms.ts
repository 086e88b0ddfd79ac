/**
 * Analyst houses: a list of well-known firms plus the phrasings that name any other
 * ("analysts at X", "X-Analyst", "Analysten von X").
 */
import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';

/** Firms as they are usually printed; longer names first inside the pattern. */
export const knownFirms = [
  'Sanford C. Bernstein', 'Sanford Bernstein', 'AllianceBernstein', 'Bernstein Research', 'Bernstein', 'Citigroup', 'Citi',
  'Goldman Sachs', 'Goldman', 'Morgan Stanley', 'JPMorgan Chase', 'JPMorgan', 'J.P. Morgan', 'JP Morgan', 'Bank of America Securities',
  'Bank of America', 'BofA Securities', 'BofA', 'Barclays', 'UBS', 'Deutsche Bank', 'Jefferies', 'Mizuho', 'Nomura', 'Macquarie',
  'HSBC', 'Wells Fargo', 'Evercore ISI', 'Evercore', 'Piper Sandler', 'Wedbush', 'Baird', 'Berenberg', 'Warburg Research',
  'M.M. Warburg', 'DZ Bank', 'Commerzbank', 'Kepler Cheuvreux', 'Oddo BHF', 'Hauck Aufhäuser Lampe', 'Hauck & Aufhäuser',
  'Bankhaus Metzler', 'Metzler', 'Raymond James', 'RBC Capital Markets', 'RBC Capital', 'RBC', 'TD Cowen', 'Truist', 'Needham',
  'Oppenheimer', 'KeyBanc', 'CLSA', 'CICC', 'Daiwa', 'Redburn Atlantic', 'Redburn', 'Exane BNP Paribas', 'BNP Paribas Exane',
  'BNP Paribas', 'Independent Research', 'LBBW', 'Baader Bank', 'Stifel', 'BMO Capital Markets', 'BMO Capital', 'Cantor Fitzgerald',
  'Loop Capital', 'Rosenblatt', 'Morningstar', 'Credit Suisse', 'Société Générale', 'SocGen', 'CITIC Securities', 'China Renaissance',
  'Wolfe Research', 'Melius Research', 'Guggenheim', 'Susquehanna', 'Bernstein SocGen', 'Erste Group', 'NordLB', 'Helaba', 'Pareto',
  'Vontobel', 'Zürcher Kantonalbank', 'Jyske Bank', 'Haitong', 'Huatai Securities', 'Daiwa Securities', 'Mizuho Securities',
];

const known = knownFirms.slice().sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const name = String.raw`[\p{Lu}][\p{L}&.'-]*(?:\s(?:&\s)?[\p{Lu}][\p{L}&.'-]*){0,3}`;

// Order matters: "analysts at X" first, so the whole printed name wins over a known short form
// ("Wedbush Securities", not "Wedbush"); "analysts at" and genitive endings stay outside the group.
const firmPatterns = [
  new RegExp(String.raw`\b(?:[Aa]nalysts?|[Ss]trategists?) (?:at|from|of) (?:the (?:investment )?(?:bank|firm|house) )?(?<firm>${name})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?<firm>${known})(?:'s|’s|s(?=\s|-Analyst))?(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`\b(?:Analyst(?:en|in)?|Experten) (?:von|bei|des Hauses) (?<firm>${name})`, 'gu'),
  new RegExp(String.raw`(?<firm>${name})(?:-Analyst(?:en|in)?\b| analysts?\b)`, 'gu'),
];

/** A firm name found in a sentence, as printed. */
export type FirmMatch = { start: number; end: number; name: string };

/**
 * Finds analyst firms named in a sentence.
 *
 * @example extractFirms('Analysts at Wedbush Securities lifted the target.') // [{ name: 'Wedbush Securities', … }]
 * @example extractFirms('Sanford C. Bernstein senkte das Ziel.') // [{ name: 'Sanford C. Bernstein', … }]
 */
export function extractFirms(text: string): FirmMatch[] {
  const found: FirmMatch[] = [];
  // The phrasing patterns scan from every capital letter; run them only where their words stand.
  const phrased = /nalyst|trategist|Experten/.test(text);
  for (const [index, pattern] of firmPatterns.entries()) {
    if (index !== 1 && !phrased) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const firm = match.groups!['firm']!.replace(/['’]s$/, '');
      const start = match.index + match[0].indexOf(firm);
      if (/^(?:The|Die|Der|Wall|Street|Analysts?|Analysten)$/.test(firm)) continue;
      if (!found.some((other) => start < other.end && other.start < start + firm.length)) {
        found.push({ start, end: start + firm.length, name: firm });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
