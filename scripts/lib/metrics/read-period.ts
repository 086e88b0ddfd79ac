/**
 * The period a figure is for, as the article words it ("Q1 2025", "im jüngsten Quartal",
 * "fiscal 2025"), and whether it is a forecast or estimate.
 */

const month = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember`;
const ordinal = String.raw`first|second|third|fourth|ersten|zweiten|dritten|vierten|1\.|2\.|3\.|4\.`;
const weekday = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag`;

// Order matters: longer, more specific phrasings first.
const periodPatterns: RegExp[] = [
  new RegExp(String.raw`\b(?:Q[1-4]|H[12])\s?(?:FY\s?)?(?:20\d\d|\d\d)?\b(?:\/\d\d)?`, 'u'),
  new RegExp(String.raw`\b(?:the |its |in the |im )?(?:(?:most recent|latest|last|jüngsten|abgelaufenen|vergangenen|${ordinal}) )?(?:fiscal |Geschäfts)?(?:(?:${month}) )?(?:quarter|Quartal|half|Halbjahr)(?: of (?:fiscal )?20\d\d| 20\d\d)?`, 'iu'),
  /\b(?:fiscal(?: year)?|FY|Geschäftsjahr(?:es)?|GJ)\s?(?:20)?\d\d(?:\/\d\d)?e?\b/iu,
  /\b(?:im Jahr|in|for|für|year)\s20\d\d(?:e)?\b/u,
  /\b20\d\de\b/u,
  /\b(?:over|in|during) the (?:next|coming|past|last) (?:\w+ )?(?:years?|months|quarters)\b/iu,
  /\b(?:in den|in the) (?:kommenden|nächsten|vergangenen|letzten) (?:\w+ )?(?:Jahren|Monaten|Quartalen)\b/iu,
  /\b(?:this|last|next) year\b|\bin diesem Jahr\b|\bseit Jahresbeginn\b|\byear[- ]to[- ]date\b|\bim laufenden Jahr\b/iu,
  /\btrailing (?:12|twelve)-month\b|\bTTM\b/iu,
  new RegExp(String.raw`\b(?:(?:in )?premarket trading )?(?:on|am|vom) (?:${weekday})\b`, 'u'),
  new RegExp(String.raw`\b(?:${month}) (?:high|low)\b`, 'u'),
  /\b(?:52-week|all-time|record|intraday) (?:high|low)\b|\b(?:Jahreshoch|Jahrestief|Rekordhoch|Allzeithoch|Tageshoch|Tagestief)\b/u,
];

const forecast = /\b(?:forecasts?|estimates?|expected|expects?|looking for|pencil+ed in|guidance|projected|consensus estimates?|predicts?|projects?|sees|Prognose\w*|Schätzung\w*|erwart\w*|Erwartung\w*|Ausblick|rechne\w*|kalkulier\w*|veranschlag\w*|dürfte\w*|soll|sollen|should|will|trau\w*|zutrauen|target\w*|Ziel\w*|Planung|geplant\w*|plant)\b/i;

// The first match of each period pattern in the last sentence asked about: a sentence's figures
// are read one after another, so the patterns run once per sentence.
let last: { text: string; matches: Array<{ index: number; phrase: string }> } = { text: '', matches: [] };

// A word each pattern needs, tested first: most sentences hold none of them.
const periodWords: RegExp[] = [/Q[1-4]|H[12]/, /quar|Quar|half|Halbj/i, /fiscal|FY|Geschäftsjahr|GJ/i, /20\d\d/, /20\d\de/, /(?:over|in|during) the/i, /in (?:den|the)/i, /year|Jahr|date|Jahresbeginn/i, /trailing|TTM/i, /day|Mittwoch|tag/i, /high|low/, /high|low|hoch|tief/i];

function findPeriods(text: string): Array<{ index: number; phrase: string }> {
  if (last.text !== text) {
    const matches = periodPatterns.flatMap((pattern, index) => {
      if (!periodWords[index]!.test(text)) return [];
      const match = pattern.exec(text);
      return match ? [{ index: match.index, phrase: match[0].trim() }] : [];
    });
    last = { text, matches };
  }
  return last.matches;
}

/**
 * Finds the period phrase nearest to a figure (the sentence first, then the article's running
 * period passed in `fallback`), with " estimate" added for forecasts.
 *
 * @example readPeriod("The segment's 18% revenue growth in Q1 2025 was fueled", 14) // 'Q1 2025'
 * @example readPeriod('Die Aktie legte am Freitag um 6,39 Prozent zu', 30) // 'am Freitag'
 */
export function readPeriod(text: string, position: number, fallback: string | null = null): string | null {
  let best: { distance: number; phrase: string } | null = null;
  for (const match of findPeriods(text)) {
    const distance = Math.abs(match.index - position);
    if (!best || distance < best.distance) best = { distance, phrase: match.phrase };
  }
  const phrase = best?.phrase.replace(/^(?:in the|the|its|in|im|for|für)\s+/i, '') ?? fallback;
  if (!forecast.test(text.slice(Math.max(0, position - 60), position))) return phrase;
  return phrase ? `${phrase} estimate` : 'estimate';
}
