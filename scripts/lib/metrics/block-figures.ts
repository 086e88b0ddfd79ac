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
    pattern: /(?<![\p{L}])(?:support(?: zone| level)?s?|resistance(?: zone| level)?|breakout|break(?:s|ing)? (?:above|below|through)|level|levels|moving average|\d+-day|Unterstützung\w*|Widerstand\w*|Ausbruch\w*|Marke|gleitende\w* Durchschnitt\w*|Chartmarke|Trendlinie|upside|downside|potential|Potenzial\w*|Aufwärtspotenzial|Kurspotenzial|Luft nach oben|über dem aktuellen Kurs|above (?:the )?current (?:price|levels?)|premium|discount|floor|ceiling|plus or minus|give or take|highest target|lowest target|(?:Street-)?high target|(?:Street-)?low target|höchste[sns]? Kursziel|niedrigste[sns]? Kursziel)(?![\p{L}])/giu,
  },
  {
    pattern: /(?<![\p{L}])(?:(?:operating|gross|net|EBIT|EBITDA|profit) margins?|margins?|Marge\w*|\w+marge|operating (?:profit|income|loss)|EBITA?|EBITDA|adjusted EBITA|operative[snr]? (?:Ergebnis|Gewinn)\w*|Betriebsergebnis\w*|Bruttogewinn\w*|gross profit|stake|Anteil\w*|Beteiligung\w*|Marktanteil\w*|market share|yield|\w*[Rr]endite\w*|payout ratio|Ausschüttungsquote|Quote|ratio|of (?:revenue|sales)|des Umsatzes|vom Umsatz|am Umsatz|Kapitalintensität|capital intensity|outstanding shares|shares outstanding|share count|Aktienanzahl|pre-tax (?:profit|income|earnings|loss)|profit before tax|before taxes|Vorsteuergewinn\w*|vor Steuern|shares worth|holdings?|position (?:valued|worth)|of the (?:stock|company|shares)|of its shares|der Aktien|am Unternehmen|(?:trading|average) volume|Handelsvolumen|umgesetzt\w*(?= Aktien)|earnings growth|Gewinnwachstum|(?:revenue|sales|cash|book value|cash flow) per share|(?:Umsatz|Cashflow|Cash-Flow|Buchwert) (?:je|pro) Aktie|Ergebniswachstum|Umsatzrendite|per share growth)(?![\p{L}])/giu,
  },
  {
    pattern: /(?<![\p{L}])(?:stimulus|Konjunkturpaket\w*|Konjunkturprogramm\w*|inflation|Inflation\w*|interest rates?|Zins\w*|Leitzins\w*|tariffs?|Zölle?n?|GDP|BIP|Wirtschaftswachstum|economy|economic|fine[ds]?|Strafe|Bußgeld\w*|penalty|debt|Schulden|bonds?|Anleihe\w*|loans?|Kredit\w*|acquisition|acquire[sd]?|Übernahme\w*|Kaufpreis|purchase price|deal|Deal|IPO|Börsengang|funding round|Finanzierungsrunde|headcount|parameters?|Parameter)(?![\p{L}])/giu,
    penalty: 5,
  },
];

/** Modal verbs make a figure a scenario ("could hit 20%+ growth", "müsste das Papier 10,76 Prozent zulegen"). */
const modalCue: Cue = { pattern: /(?<![\p{L}])(?:could|might|would|wouldn't|would need|könnte\w*|würde\w*|wäre\w*|müsste\w*)(?![\p{L}])/giu };

// "13pc, or 20.6p, to 137.4p": the amount after "or" restates a move in percent in money.
const absoluteMove: Extractor = (context) =>
  context.figures.flatMap((figure, index) => {
    const previous = context.figures[index - 1];
    const restates = previous?.unit === '%' && figure.unit !== null && /^[A-Z]{3}$/.test(figure.unit) && /^\s*,?\s*(?:or|oder|bzw\.|beziehungsweise)\s*$/.test(context.text.slice(previous.end, figure.start));
    return restates ? [{ figure: index, kind: null, distance: 0 }] : [];
  });

// A modal reaches the whole clause after it, but a quoted level right at the figure still wins
// ("could … pave the way for a move toward the October high of $161.60").
const modalExtractor: Extractor = (context) =>
  context.figures.flatMap((figure, index) => {
    const modal = context.find(modalCue.pattern).filter((cue) => cue.end <= figure.start && figure.start - cue.end <= 60).at(-1);
    return modal && figure.unit ? [{ figure: index, kind: null, distance: (figure.start - modal.end) / 3 }] : [];
  });

const hasUnit = (figure: ScannedNumber): boolean => figure.unit !== null;

/** Blocks figures whose nearest cue names something without a kind. */
export const blockFigures: Extractor[] = [
  // Blocking words describe the figure right next to them, so they reach less far than kind cues.
  createCueExtractor({ kind: null, cues: blockCues, accepts: () => false, blocks: hasUnit, reach: 45 }),
  modalExtractor,
  absoluteMove,
];
