/**
 * Figures blocked by the phrase they stand in rather than by a word next to them: a clause opened
 * by "Beim operativen Ergebnis (Ebitda)" speaks of that figure to its end, an upside is phrased as
 * a rise ("trauen der Aktie ein Plus von 50 Prozent zu"), a highest or lowest target belongs to
 * no firm unless the clause names the one that set it, a figure per employee is no total, and a
 * lead over another figure ("um 60 Millionen Euro vorne") is a difference.
 */
import { blockCues } from './block-figures.ts';
import { epsCue, netIncomeCue } from './net-income.ts';
import { revenueCue } from './revenue.ts';
import type { Extractor } from './types.ts';

// "Beim bereinigten operativen Ergebnis (Ebitda) peilt der Konzern … an": the opening phrase.
const openingFrame = /(?:^|[;,]\s*)(?:[Bb]eim|[Bb]ei (?:der|den|dem))\s/g;
// A kind's own word later in the clause names the figures after it ("…, der Umsatz stieg auf").
const kindWords = [revenueCue.pattern, netIncomeCue.pattern, epsCue.pattern];

const framed: Extractor = (context) => {
  const { text } = context;
  if (!/[Bb]ei[m ]/.test(text)) return [];
  const frames = context.find(openingFrame);
  if (frames.length === 0) return [];
  const blocked = context.find(blockCues[1]!.pattern);
  return context.figures.flatMap((figure, index) => {
    if (figure.unit === null) return [];
    const frame = frames.filter((match) => match.end <= figure.start).at(-1);
    // The blocking word must stand inside the opening phrase, before its verb.
    const cue = frame && blocked.find((match) => match.start >= frame.end && match.start - frame.end <= 50 && match.end <= figure.start);
    if (!cue || /;/.test(text.slice(cue.end, figure.start))) return [];
    const renamed = kindWords.some((pattern) => context.find(pattern).some((match) => match.start > cue.end + 2 && match.end <= figure.start));
    return renamed ? [] : [{ figure: index, kind: null, distance: 0 }];
  });
};

// "trauen die Experten der Aktie ein Plus von mehr als 50 Prozent zu", "sees 25% upside".
const trusted = /(?<![\p{L}])(?:trau\w*|zutrauen)(?![\p{L}])/gu;
const upsideAsRise: Extractor = (context) =>
  !context.text.includes('trau') ? [] : context.figures.flatMap((figure, index) => {
    if (figure.unit !== '%') return [];
    const cue = context.find(trusted).filter((match) => match.end <= figure.start && figure.start - match.end <= 60).at(-1);
    const closes = /^[^.;,]{0,25}?\bzu\b/.test(context.text.slice(figure.end)) || /zutrauen/.test(cue?.text ?? '');
    return cue && closes && !/[.;]/.test(context.text.slice(cue.end, figure.start)) ? [{ figure: index, kind: null, distance: 0 }] : [];
  });

// "Das derzeit höchste Kursziel hat Morningstar mit 2.220 Euro": a firm's target; "the Street-high
// target of $300" with no firm in the clause is the top of a range of analysts, no figure of one.
export const extremeTarget = /(?<![\p{L}])(?:höchste[sn]?|niedrigste[sn]?|tiefste[sn]?|highest|lowest|Street-high|Street-low|high|low)\s+(?:Kurs)?(?:ziel|target)\w*(?![\p{L}])/giu;
const extremeWithoutFirm: Extractor = (context) =>
  !/iel|arget/.test(context.text) ? [] : context.figures.flatMap((figure, index) => {
    if (figure.unit === null || figure.unit === '%') return [];
    const cue = context.find(extremeTarget).filter((match) => match.end <= figure.start && figure.start - match.end <= 45).at(-1);
    if (!cue) return [];
    const clauseEnd = figure.end + (/[;.]/.exec(context.text.slice(figure.end))?.index ?? context.text.length);
    const firm = context.mentions.some((mention) => mention.isFirm && mention.end > mention.start && mention.start >= cue.start - 10 && mention.end <= clauseEnd && !/[;.]\s/.test(context.text.slice(Math.min(mention.end, cue.start), Math.max(mention.start, figure.end))));
    return firm ? [] : [{ figure: index, kind: null, distance: 0 }];
  });

// "Umsatz / Mitarbeiter: 241'582.49 EUR", "revenue per employee": a ratio, not the total.
const perEmployee = /(?:\/\s*|\b(?:je|pro|per)\s+)(?:Mitarbeiter\w*|Beschäftigte\w*|employees?|head)\b/i;
const perHead: Extractor = (context) =>
  /itarbeiter|eschäftigte|mployee|head/.test(context.text) && perEmployee.test(context.text) ? context.figures.flatMap((figure, index) => (figure.unit !== null && /^[A-Z]{3}$/.test(figure.unit) && perEmployee.test(context.text.slice(Math.max(0, figure.start - 40), figure.start)) ? [{ figure: index, kind: null, distance: 0 }] : [])) : [];

// "um etwa 60 Millionen Euro vorne liegt", "0,1 Milliarden Euro über der Planung", "$2 billion
// above estimates": a difference between two figures, not a figure.
const leadBefore = /(?<![\p{L}])(?:um|by)\s+(?:(?:etwa|rund|knapp|gut|about|around|some)\s+)?$/u;
const lead = /^\s*(?:vorne|voraus|zurück|dahinter|ahead|behind)\b/iu;
const leadAfter = /^\s*(?:über|unter|oberhalb|unterhalb|above|below|ahead of|short of)\s+(?:der|den|dem|des|the|its|their)?\s*(?:\p{L}+\s+)?(?:Planung|Prognose\w*|Erwartung\w*|Schätzung\w*|Konsens\w*|Vorjahr\w*|Ziel\w*|guidance|forecasts?|estimates?|expectations?|consensus|target)\b/iu;
const differenceWords = /vorne|voraus|zurück|dahinter|ahead|behind|über|unter|oberhalb|above|below|short of/i;
const difference: Extractor = (context) =>
  !differenceWords.test(context.text) ? [] : context.figures.flatMap((figure, index) => {
    if (figure.unit === null || figure.unit === '%') return [];
    const after = context.text.slice(figure.end, figure.end + 50);
    const ahead = lead.test(after) && leadBefore.test(context.text.slice(Math.max(0, figure.start - 20), figure.start));
    return ahead || leadAfter.test(after) ? [{ figure: index, kind: null, distance: 0 }] : [];
  });

/** Blockers of whole phrases; they run with the word blockers of `block-figures.ts`. */
export const blockPhrases: Extractor[] = [framed, upsideAsRise, extremeWithoutFirm, perHead, difference];
