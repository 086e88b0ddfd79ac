/**
 * Names of things that move like stocks but belong to no company: indices ("Der Dax", "the
 * FTSE 100"), currencies ("Der Euro"), commodities ("Brent", "gold"), sectors and the market as a
 * whole. A figure whose nearest name is one of these has no subject and is no metric.
 *
 * @see shared/spec/metrics-guide.md — "Not metrics": index levels and index moves.
 */
import { toGate } from './to-gate.ts';

// Index names as printed; a number belongs to some of them ("FTSE 100", "S&P 500").
const indices = String.raw`(?:M|S|Tec)?DAX|(?:M|S|Tec)?Dax|E(?:uro)? ?Stoxx(?: 50)?|Stoxx(?: Europe)?(?: 600| 50)?|CAC[- ]?40|FTSE(?: 100| 250| MIB| All-Share)?|S&P ?500|S&P|Nasdaq(?: Composite| 100)?|NASDAQ(?: Composite| 100)?|Dow Jones(?: Industrial Average| Industrials)?|Dow|Nikkei(?: 225)?|Topix|Hang Seng(?: Index| Tech)?|Shanghai Composite|CSI 300|SMI|SPI|ATX|IBEX(?: 35)?|Kospi|KOSPI|Sensex|Russell 2000|MSCI World|Leitindex|Leitindizes|Gesamtmarkt|Börsenbarometer|Auswahlindex|Nebenwerteindex|Technologieindex|blue-chip index|benchmark index|Indexwerte|Indexmitglieder|Index-Mitglieder|(?:M|S|Tec)?DAX-Mitglieder|(?:M|S|Tec)?Dax-Mitglieder|(?:M|S|Tec)?DAX-Werte|(?:M|S|Tec)?Dax-Werte|enthaltenen (?:Werte|Unternehmen|Titel)|index members|index constituents|(?:the|das|der) (?:index|Index)`;
// "Die Erlöse der Franken" are the Franconians' (metrics guide), so francs and pounds are left out.
const currencies = String.raw`(?:Der|The|the) (?:Euro|euro|Dollar|dollar|US-Dollar|Yen|yen)|Bitcoin|bitcoin`;
const commodities = String.raw`Brent|WTI|Gold|Silber|Kupfer|Platin|Palladium|Erdgas|(?:[Tt]he )?(?:oil|gold|copper|crude) (?:price|prices|futures)|Ölpreis\w*|Goldpreis\w*|Kupferpreis\w*|Rohöl\w*|(?:Der|Das) (?:Öl|Gold|Kupfer)|[Ss]ector|Sektor\w*|Branche\w*|[Ii]ndustry|Branchenindex`;

// Not the thing itself: a ticker's exchange ("NASDAQ: MSFT"), a listing ("Nasdaq-listed", "im Dax
// notierte"), a compound ("Dax-Konzern").
const notMarket = /^(?:\s?:|-|\s(?:listed|notiert\w*|members?|constituents?|Mitglied\w*|company|companies|group|stock|stocks)\b)/;

// The pattern's look-behind keeps the engine from skipping ahead; the gate (`to-gate.ts`) says cheaply where it finds nothing.
const marketPattern = new RegExp(String.raw`(?<![\p{L}\d&-])(?:${indices}|${currencies}|${commodities})(?![\p{L}\d])`, 'gu');

const marketGate = toGate(marketPattern);
// Cheaper still: a word every market name holds.
const marketWords = /DAX|Dax|Stoxx|CAC|FTSE|S&P|Nasdaq|NASDAQ|Dow|Nikkei|Topix|Hang Seng|Shanghai|CSI|SMI|SPI|ATX|IBEX|K[Oo][Ss][Pp][Ii]|Sensex|Russell|MSCI|Leitind|Gesamtmarkt|Börsenbarometer|ndex|uro|ollar|[Yy]en|itcoin|Brent|WTI|Gold|gold|Silber|Kupfer|Platin|Palladium|Erdgas|oil|copper|crude|Öl|preis|Rohöl|ector|Sektor|Branche|ndustry|werte|itglieder|enthaltenen|members|constituents/;

/** A market name in a sentence. */
export type MarketName = { start: number; end: number; name: string };

/**
 * Finds the market names of a sentence.
 *
 * @example findMarketNames("Der SMI sinkt um 1,24 Prozent auf 12'544,1 Punkte.") // [{ name: 'SMI', … }]
 * @example findMarketNames('Microsoft Corp. (NASDAQ: MSFT) shares rose') // []
 */
export function findMarketNames(text: string): MarketName[] {
  const found: MarketName[] = [];
  if (!marketWords.test(text) || (marketGate && !marketGate.test(text))) return found;
  marketPattern.lastIndex = 0;
  for (let match = marketPattern.exec(text); match; match = marketPattern.exec(text)) {
    const end = match.index + match[0].length;
    if (notMarket.test(text.slice(end, end + 12))) continue;
    found.push({ start: match.index, end, name: match[0] });
  }
  return found;
}
