/**
 * Names that look like companies in news text and are not: the negative evidence of company
 * recognition, kept in one place with the reason for each list. A list is the right tool here
 * because these are closed classes (indices, currencies, agencies, central banks, titles) or
 * words whose capital letter says nothing in German (every noun has one).
 *
 * A listed name is never a company unless the registry says it is (the user's word wins: a
 * registered "Bloomberg" stays a company). Only whole names are compared: "Dollar" is a currency,
 * "Dollar General" is not; "American" is a demonym, "American Water Works" is not.
 *
 * Entries are separated by commas. Matching is case-insensitive; surrounding punctuation is ignored.
 */

// Stock indices and index families, exchanges, and the markets named by their place.
const indices = `nyse, nyse american, xetra, lse, hkex, six, six swiss exchange, tradegate, euronext, börse frankfurt, frankfurter börse, wiener börse, börse stuttgart, börse wien,
  dax, mdax, sdax, tecdax, dax 40, hdax, dow, dow jones, dow jones industrial average, dow jones industrials,
  s&p, s&p 500, s&p500, nasdaq, nasdaq composite, nasdaq 100, nasdaq-100, russell, russell 2000, nyse composite,
  ftse, ftse 100, ftse 250, ftse 350, ftse all-share, cac, cac 40, cac-40, euro stoxx, euro stoxx 50, eurostoxx,
  stoxx, stoxx 600, stoxx europe 600, nikkei, nikkei 225, nikkei stock average, topix, hang seng,
  hang seng index, hang seng tech, smi, swiss market index, spi, atx, ibex, ibex 35, ftse mib, mib, kospi,
  sensex, nifty, shanghai composite, csi 300, asx, asx 200, tsx, s&p/tsx, msci, msci world, vix, wall street,
  leitindex`;

// Currencies, crypto-currencies and commodities: traded, quoted, never an issuer.
const currenciesAndCommodities = `euro, euros, dollar, dollars, us-dollar, usd, eur, yen, yuan, renminbi, rmb, franken, franc, swiss franc,
  pfund, pound, pounds, sterling, won, rupee, rupees, rubel, rouble, lira, krone, bitcoin, bitcoins, ether,
  ethereum, krypto, gold, silber, silver, platin, platinum, palladium, kupfer, copper, öl, oil, rohöl, brent,
  wti, erdgas, gas, nickel, aluminium, weizen`;

// Countries, regions, cities and financial centres, and demonyms standing alone ("Asian shares").
const places = `usa, us, u.s., united states, amerika, america, vereinigte staaten, deutschland, germany, österreich, austria,
  schweiz, switzerland, frankreich, france, italien, italy, spanien, spain, großbritannien, grossbritannien,
  britain, uk, england, china, japan, indien, india, russland, russia, brasilien, brazil, kanada, canada,
  mexiko, mexico, australien, australia, südkorea, south korea, korea, taiwan, hongkong, hong kong, singapur,
  singapore, irak, iraq, iran, israel, saudi-arabien, saudi arabia, türkei, turkey, ukraine, polen, poland,
  niederlande, netherlands, belgien, belgium, schweden, sweden, norwegen, norway, dänemark, denmark, finnland,
  finland, europa, europe, asien, asia, afrika, africa, nahost, nahen osten, middle east, golfregion, eurozone,
  euro-zone, berlin, frankfurt, münchen, munich, hamburg, stuttgart, düsseldorf, köln, wien, vienna, zürich,
  zurich, genf, geneva, basel, london, paris, new york, tokio, tokyo, peking, beijing, shanghai, shenzhen,
  mumbai, washington, brüssel, brussels, mailand, milan, madrid, amsterdam,
  kalifornien, california, texas, silicon valley, asian, european, american,
  german, chinese, japanese, british, french, swiss, austrian, indian, russian, deutsche, chinesische,
  amerikanische, europäische`;

// News agencies, publishers, newsletters and data vendors: they report and supply figures, they
// are not the companies an article is about (shared/spec/metrics-guide.md, Attribution).
const publishers = `reuters, thomson reuters, dpa, dpa-afx, dpa-afx broker, dpa-afx analyser, afp, ap, associated press, bloomberg,
  bloomberg news, bloomberg intelligence, dow jones newswires, dow jones & co, jiji, jiji press, kyodo,
  kyodo news, xinhua, apa, awp, sda, refinitiv, lseg, factset, s&p global market intelligence, marketbeat,
  benzinga, benzinga pro, the motley fool, motley fool, motley fool stock advisor, stock advisor, seeking alpha,
  thestreet, barron's, cnbc, cnn, fox business, handelsblatt, börse online, boerse online, finanzen.net,
  finanzen, der aktionär, aktionär, boerse.de, börse.de, finanztrends, ariva, onvista, wallstreet-online, cash,
  cash.ch, nzz, faz, süddeutsche, wall street journal, financial times, yahoo finance, marketwatch,
  investing.com, pr newswire, prnewswire, business wire, globenewswire, eqs, eqs news, dgap, equitystory,
  marketscreener, zonebourse, rttnews, nippon.com, newsletter, redaktion`;

// Central banks, governments, regulators and international bodies: actors, but not companies.
const institutions = `fed, federal reserve, us-notenbank, notenbank, fomc, ezb, ecb, europäische zentralbank, european central bank,
  bank of england, boe, bank of japan, boj, bundesbank, snb, schweizerische nationalbank,
  people's bank of china, pboc, imf, iwf, internationaler währungsfonds, world bank, weltbank, opec, opec+, sec,
  bafin, finma, fca, bundesregierung, regierung, finanzministerium, wirtschaftsministerium, treasury,
  us treasury, white house, weißes haus, kongress, congress, senat, eu, eu-kommission, european commission,
  europäische kommission, miit, ministry of industry and information technology, nato, wto, oecd`;

// Words that open a sentence, a heading or a list and never name a company on their own: section
// words of market reports in both languages, determiners, quantities, labels of identifier rows,
// figures' names, analysts' rating labels.
const commonWords = `moderate buy, strong buy, buy, hold, sell, strong sell, outperform, underperform, overweight, underweight, neutral,
  equal weight, equal-weight, market perform, sector perform, kaufen, halten, verkaufen, adjusted net income, net income, adjusted eps, adjusted ebitda, gross margin, operating margin, net profit, net loss,
  revenue growth, deliveries, auslieferungen, shipments, orders, bookings, earnings, margins, prices, costs, volumes, exports, imports,
  yields, subscribers, users, revenues, profits, ebit, ebitda, eps, kgv, kuv, kbv, roe, fcf, capex, umsatz, erlöse, gewinn, nettogewinn, ergebnis, auftragseingang, cashflow,
  free cashflow, marge, revenue, sales, profit, net income, operating income, wasserstoff, solar, dividenden, wachstums, value, growth,
  meme, penny, nebenwerte, zukunft, trend, turnaround, depot, top, flop, tops, flops, gewinner, verlierer, gainers, losers, top gainers, top losers, movers, biggest movers,
  winner, winners, loser, losers, zinsen, zins, inflation, konjunktur, markt, märkte, markets, market, börse,
  börsen, aktie, aktien, aktienmarkt, papiere, titel, anleger, investoren, händler, welche, welcher, welches,
  diese, dieser, dieses, jene, several, one, two, three, four, five, some, many, most, all, both, another,
  other, others, each, every, bank, banken, tech, technik, auto, autos, autowerte, bankenwerte, finanzwerte,
  rüstung, rüstungswerte, ki, ai, chips, chip, energie, energy, öl-, pharma, index, indizes, punkte, prozent,
  percent, analyst, analysten, analysts, experten, experts, studie, research, report, analyse, analysis, update,
  group, gruppe, holding, holdings, konzern, unternehmen, company, firma, firm, inc, corp, co, ltd, plc, ag, se,
  sa, nv, kgaa, gmbh, llc, isin, wkn, valor, ticker, symbol, kurs, kursziel, dividende, umsatz, gewinn, news,
  nachrichten, artikel, werte, werte in diesem artikel, ev, evs, ipo, etf, etfs, esg, gdp, bip, cpi, implied, copyright, disclaimer, hinweis, anzeige,
  werbung, sponsored, statistics, summary, profile, overview`;

// The labels of tables, legends and page sections in both languages (a screener's headings, the
// legend under a table, a report's section titles): they label figures and never name a company.
const sectionWords = `angaben, alle angaben, quelle, quellen, source, sources, stand, anmerkung, anmerkungen, fußnote, fußnoten, erläuterung,
  erläuterungen, tabelle, übersicht, kennzahlen, fundamentaldaten, jahresergebnisse, quartalsergebnisse, stichtag, veröffentlichung,
  schätzungen, prognose, prognosen, ausblick, fazit, zusammenfassung, hintergrund, chartanalyse, charttechnik, bilanz, key figures,
  highlights, outlook, background, conclusion, notes, note, fundamentals, financials, estimates, forecast, key data`;

// Line items of financial statements beyond those above: what a figure is, never whose.
const lineItems = `steuern, ertragsteuern, abschreibungen, personalkosten, materialaufwand, aufwand, aufwendungen, erträge, ertrag, eigenkapital,
  fremdkapital, verschuldung, nettoverschuldung, bilanzsumme, rückstellungen, liquidität, umsatzerlöse, rohertrag, betriebsergebnis,
  taxes, depreciation, amortisation, amortization, interest, equity, debt, net debt, assets, liabilities, provisions, gross profit`;

/** Every listed name, lower case; see `isNonCompanyName`. */
export const nonCompanyNames: ReadonlySet<string> = new Set(
  [indices, currenciesAndCommodities, places, publishers, institutions, commonWords, sectionWords, lineItems].flatMap((list) => list.split(',').map((entry) => entry.trim().replace(/\s+/gu, ' '))).filter(Boolean),
);

/**
 * Titles and roles that stand before a person's name ("Fed-Chef Jerome Powell", "Chief Executive
 * Georges Elhedery", "Governor Kazuo Ueda"): a name run holding one names a person, not a company.
 */
export const personTitle =
  /^(?:ceo|cfo|coo|cto|chef|chefin|\p{L}+-?chef(?:in)?|vorstand|vorständin|präsident(?:in)?|\p{L}*-?präsident(?:in)?|chairman|chairwoman|chair|president|governor|gouverneur(?:in)?|minister(?:in)?|\p{L}*minister(?:in)?|chief|executive|officer|director|founder|gründer(?:in)?|mr|mrs|ms|dr|prof|herr|frau|sir|analyst(?:in)?|strategist|stratege|ökonom(?:in)?|economist|sprecher(?:in)?|spokesman|spokeswoman|trader)\.?$/iu;

/**
 * Words that describe a company before its name ("Rival Etsy", "der Stromkonzern Verbund",
 * "Investmenthaus Mainfirst", "US-Bank JPMorgan"): dropped from the front of a name run. German
 * descriptors are compounds ending in one of these heads; "Bankhaus" is kept, it is part of names.
 * An index's descriptor ("Leitindex ATX", "Börsenbarometer DAX") leaves the index's own name; a
 * market report's rank words ("Spitzenreiter Hochtief", "Schlusslicht Zalando", "Indexschwergewicht
 * SAP") leave the company's.
 */
export const descriptorWord =
  /^(?:\p{L}+index|\p{L}*barometer|benchmark|spitzenreiter|schlusslicht|\p{L}*schwergewicht|\p{L}*favorit|tagesgewinner|tagesverlierer|heavyweight|laggard|bellwether|rival|rivale|konkurrent|peer|competitor|chipmaker|carmaker|automaker|retailer|lender|insurer|miner|drugmaker|\p{L}+(?:konzern|hersteller|bauer|riese|gigant|versorger|versicherer|händler|gesellschaft|institut|boutique|firma|tochter|mutter|rivale|haus)(?:e?s|n)?|\p{L}+-(?:konzern|bank|riese|gigant|tochter|rivale)|(?:investment|groß|gross|privat|direkt|geschäfts|us-|schweizer)bank)$/iu;

/** Share classes and listing suffixes printed after a name in quote rows ("Nestlé N", "Henkel Vz."). */
export const shareClass = /\s+(?:N|NA|Vz\.?|St\.?|Inh\.?|O\.N\.|ADR|ADS|Namens-Aktien|Inhaber-Aktien|Vorzugsaktien|Stammaktien|Reg\.?|Class [AB])$/u;

/**
 * True when `name`, as a whole, is an index, currency, commodity, place, publisher, institution or
 * common word (case and surrounding punctuation aside).
 *
 * @example isNonCompanyName('Dow Jones Industrial Average') // true
 * @example isNonCompanyName('Dollar General') // false
 */
export function isNonCompanyName(name: string): boolean {
  const key = toKey(name);
  // A site's address is its publisher: "ariva.de", "finanzen.net"
  return key === '' || nonCompanyNames.has(key) || nonCompanyNames.has(key.replace(siteDomain, ''));
}

// The top-level domains of the sites articles are pasted from: a name ending in one is an address.
const siteDomains = '(?:de|at|ch|com|net|org|info|io|eu|co\\.uk|uk|fr|it|es|nl)';
const siteDomain = new RegExp(`\\.${siteDomains}$`, 'u');
const siteAddress = new RegExp(`^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${siteDomains}$`, 'iu');

/**
 * Whether a name is a site's address as a whole ("tratabu.de", "klamm.de"): it names the page's
 * publisher, unless stronger evidence says a company trades under it.
 *
 * @example isSiteAddress('finanzen.net') // true
 */
export function isSiteAddress(name: string): boolean {
  return siteAddress.test(name);
}

function toKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+&.']+$/gu, '')
    .replace(/\s+/gu, ' ');
}
