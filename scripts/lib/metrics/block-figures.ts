/**
 * Figures that look like metrics but fit no kind: chart levels, implied upside, margins,
 * stakes, yields, government stimulus, hypothetical scenarios. A near cue here blocks the figure.
 *
 * @see shared/spec/frontmatter.md — "Figures that fit no kind … are not metrics".
 */
import { createCueExtractor, type Cue } from './create-cue-extractor.ts';
import type { Extractor, ScannedNumber } from './types.ts';

/** Cues of figures with no kind. Ties with a kind's cue go to these (the longer phrase). */
export const blockCues: Cue[] = [
  {
    pattern: /(?<![\p{L}])(?:support(?: zone| level)?s?|resistance(?: zone| level)?|breakout|break(?:s|ing)? (?:above|below|through)|level|levels|moving average|\d+-day|Unterstützung\w*|Widerstand\w*|Ausbruch\w*|Marke|gleitende\w* Durchschnitt\w*|Chartmarke|Trendlinie|upside|downside|potential|Potenzial\w*|Aufwärtspotenzial|Kurspotenzial|Luft nach oben|über dem aktuellen Kurs|above (?:the )?current (?:price|levels?)|premium (?:of|to|over)|discount (?:of|to)|floor|ceiling|plus or minus|give or take|nächste[sn]? (?:Kurs)?[Zz]iel|Chartziel\w*|chart target|next target)(?![\p{L}])/giu,
  },
  {
    pattern: /(?<![\p{L}])(?:(?:operating|gross|net|EBIT|EBITDA|profit) margins?|margins?|Marge\w*|\w+marge|operating (?:profit|income|loss)|EBITA?|EBITDA|adjusted EBITA|operative[snr]? (?:Ergebnis|Gewinn)\w*|Betriebsergebnis\w*|Bruttogewinn\w*|gross profit|stake|Anteil(?:e|s)?(?= (?:am|an|von|vom|bei)\b)|Anteils?(?= (?:der|des)\b)|Beteiligung\w*|Marktanteil\w*|market share|yield|\w*[Rr]endite\w*|payout ratio|Ausschüttungsquote|Quote|ratio|Kapitalintensität|capital intensity|outstanding shares|shares outstanding|share count|Aktienanzahl|pre-tax (?:profit|income|earnings|loss)|profit before tax|before taxes|Vorsteuergewinn\w*|vor Steuern|shares worth|holdings?|position (?:valued|worth)|of the (?:stock|company|shares)|of its shares|der Aktien|am Unternehmen|(?:trading|average) volume|Handelsvolumen|umgesetzt\w*(?= Aktien)|earnings growth|Gewinnwachstum|(?:share repurchases|buybacks?|Aktienrückkäufe\w*) and dividends|dividends and (?:share repurchases|buybacks?)|Dividenden und Aktienrückkäufe\w*|Aktienrückkäufe\w* und Dividenden|orders?|order intake|bookings|Auftragseingang\w*|Aufträge\w*|Bestellungen|backlog|Auftragsbestand\w*|(?:revenue|sales|cash|book value|cash flow) per share|(?:Umsatz|Cashflow|Cash-Flow|Buchwert) (?:je|pro) Aktie|Ergebniswachstum|Umsatzrendite|per share growth)(?![\p{L}])/giu,
  },
  {
    pattern: /(?<![\p{L}])(?:stimulus|Konjunkturpaket\w*|Konjunkturprogramm\w*|inflation|Inflation\w*|interest rates?|Zins\w*|Leitzins\w*|tariffs?|Zölle?n?|GDP|BIP|Wirtschaftswachstum|economy|economic|fine[ds]?|Strafe|Bußgeld\w*|penalty|debt|Schulden|bonds?|Anleihe\w*|loans?|Kredit\w*|acquisition|acquire[sd]?|Übernahme\w*|Kaufpreis|purchase price|deal|Deal|IPO|Börsengang|funding round|Finanzierungsrunde|headcount|parameters?|Parameter)(?![\p{L}])/giu,
    penalty: 5,
  },
];

/** Modal verbs make a figure a scenario ("could hit 20%+ growth", "müsste das Papier 10,76 Prozent zulegen"). */
const modalCue: Cue = { pattern: /(?<![\p{L}])(?:could|might|would|wouldn't|would need|könnte\w*|würde\w*|wäre\w*|müsste\w*)(?![\p{L}])/giu };

// "Fällt das Papier unter 36 Euro", "über die Schwelle von 1000 Dollar": a level crossed, not a price.
// (\b does not see the boundary before "über": the lookbehind does.)
const crossedBefore = /(?<![\p{L}])(?:unter|über|unterhalb|oberhalb|below|above|beyond|past)\s+(?:die\s+|der\s+|the\s+)?(?:(?:Marke|Schwelle|mark|level|threshold)\s+(?:von|of)\s+)?$/iu;
const crossedLevel: Extractor = (context) =>
  context.figures.flatMap((figure, index) =>
    figure.unit !== null && /^[A-Z]{3}$/.test(figure.unit) && !figure.scaled && crossedBefore.test(context.text.slice(Math.max(0, figure.start - 30), figure.start)) ? [{ figure: index, kind: null, distance: 0 }] : [],
  );

// "Die größten Handelsvolumina verbuchen X mit 25,46 Millionen Euro Umsatz": where trading is
// spoken of, "Umsatz" is turnover on the exchange, not revenue.
const tradingTalk = /Handelsvolumin\w*|Handelsvolumen|Börsenumsatz\w*|gehandelt\w*|meistgehandelt\w*|trading volume|shares changed hands/i;
const turnover: Extractor = (context) =>
  tradingTalk.test(context.text) ? context.figures.flatMap((figure, index) => (figure.unit !== null && /^[A-Z]{3}$/.test(figure.unit) && /^\s*(?:Umsatz|turnover)\b/i.test(context.text.slice(figure.end)) ? [{ figure: index, kind: null, distance: 0 }] : [])) : [];

// "cut its price target by $18 to $232", "senkt das Ziel um 5 auf 40 Euro": the change, not a figure.
const changeBy: Extractor = (context) =>
  context.figures.flatMap((figure, index) => {
    const next = context.figures[index + 1];
    return next && next.unit === figure.unit && figure.unit !== '%' && /\b(?:by|um)\s+$/.test(context.text.slice(Math.max(0, figure.start - 6), figure.start)) && /^\s*(?:to|auf)\s*$/.test(context.text.slice(figure.end, next.start)) ? [{ figure: index, kind: null, distance: 0 }] : [];
  });

// "13pc, or 20.6p, to 137.4p", "TM shares fell $0.87": a move in money, not a level.
const moveVerb = /\b(?:fell|rose|gained|lost|added|shed|dropped|climbed|jumped|slid|slipped|sank|rallied|advanced|declined|soared|tumbled|plunged|up|down|verlor\w*|gewann\w*|stieg\w*|fiel\w*|legte\w*|sank)\s+(?:by\s+|um\s+)?$/i;
const absoluteMove: Extractor = (context) =>
  context.figures.flatMap((figure, index) => {
    if (figure.unit === null || !/^[A-Z]{3}$/.test(figure.unit)) return [];
    const previous = context.figures[index - 1];
    const restates = previous?.unit === '%' && /^\s*,?\s*(?:or|oder|bzw\.|beziehungsweise)\s*$/.test(context.text.slice(previous.end, figure.start));
    return restates || moveVerb.test(context.text.slice(Math.max(0, figure.start - 20), figure.start)) ? [{ figure: index, kind: null, distance: 0 }] : [];
  });

// A modal reaches the whole clause after it, but a quoted level right at the figure still wins
// ("could … pave the way for a move toward the October high of $161.60").
const modalExtractor: Extractor = (context) =>
  context.figures.flatMap((figure, index) => {
    const modal = context.find(modalCue.pattern).filter((cue) => cue.end <= figure.start && figure.start - cue.end <= 60).at(-1);
    return modal && figure.unit ? [{ figure: index, kind: null, distance: (figure.start - modal.end) / 3 }] : [];
  });

const hasUnit = (figure: ScannedNumber): boolean => figure.unit !== null;

/** A share of revenue is no growth ("~18% of revenue"); "RMB 20.6 billion of revenue" is revenue. */
const shareCue: Cue = { pattern: /(?<![\p{L}])(?:of (?:the )?(?:total )?(?:trading )?(?:revenue|sales|turnover)|(?:des|vom|am) (?:gesamten )?\p{L}*[Uu]msatz(?:es)?)(?![\p{L}])/giu };

/** Blocks figures whose nearest cue names something without a kind. */
export const blockFigures: Extractor[] = [
  createCueExtractor({ kind: null, cues: [shareCue], accepts: () => false, blocks: (figure) => figure.unit === '%', reach: 20 }),
  // Blocking words describe the figure right next to them, so they reach less far than kind cues.
  createCueExtractor({ kind: null, cues: blockCues, accepts: () => false, blocks: hasUnit, reach: 45 }),
  modalExtractor,
  absoluteMove,
  crossedLevel,
  turnover,
  changeBy,
];
