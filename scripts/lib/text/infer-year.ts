import { toMonth } from './find-dates.ts';

/**
 * Picks the year of a day printed without one ("Analyse vom 12. Dezember") from the periods the
 * article itself names. Each named period gives a reference day: its start when the sentence looks
 * ahead ("soll im Frühjahr 2026 starten"), its end otherwise ("im Jahr 2025 gestiegen war").
 * The candidate year that puts the day nearest to the latest reference wins; no named period, no year.
 *
 * @example inferYear(12, 12, 'Avocado soll im Frühjahr 2026 starten.') // 2025
 * @example inferYear(1, 4, 'Die Aktie war im Jahr 2025 um 70 Prozent gestiegen.') // 2026
 */
export function inferYear(month: number, day: number, text: string): number | null {
  const references = findReferences(text);
  if (references.length === 0) return null;
  const latest = Math.max(...references);
  const year = new Date(latest).getUTCFullYear();
  const candidates = [year - 1, year, year + 1];
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - latest);
  return candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

const seasons: Record<string, [number, number]> = {
  spring: [3, 5], frühjahr: [3, 5], frühling: [3, 5], summer: [6, 8], sommer: [6, 8],
  autumn: [9, 11], fall: [9, 11], herbst: [9, 11], winter: [12, 14],
};
const monthWord = '(jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:arch|ärz)|apr(?:il)?|ma[iy]|june?|juni|july?|juli|aug(?:ust)?|sep(?:tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)';
const futureCue = /\b(will|shall|plans?|expected|expects|forecast|outlook|next|upcoming|as soon as|by|soll(?:en)?|wird|werden|geplant|plant|erwartet|kommenden?|ab|bis)\b/iu;

// Most specific forms first; each match is blanked so its year is not counted again.
const forms: { re: RegExp; period: (m: RegExpExecArray) => [number, number] }[] = [
  { re: new RegExp(`\\b(spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|winter)\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'giu'), period: (m) => seasonSpan(m[1]!, +m[2]!) },
  { re: new RegExp(`\\b${monthWord}\\.?\\s+((?:19|20)\\d{2})\\b`, 'giu'), period: (m) => monthSpan(m[1]!, +m[2]!) },
  { re: /\b(?:Q([1-4])|([1-4])\.\s*Quartal|(first|second|third|fourth) quarter(?: of)?)\s*((?:19|20)\d{2})\b/giu, period: (m) => quarterSpan(m[1] ?? m[2] ?? m[3]!, +m[4]!) },
  { re: /\b((?:19|20)\d{2})\b/g, period: (m) => [Date.UTC(+m[1]!, 0, 1), Date.UTC(+m[1]!, 11, 31)] },
];

function findReferences(text: string): number[] {
  const references: number[] = [];
  let rest = text;
  for (const { re, period } of forms) {
    rest = rest.replace(re, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const offset = args.at(-2) as number;
      const [start, end] = period(match);
      references.push(futureCue.test(sentenceAround(rest, offset)) ? start : end);
      return ' '.repeat(match[0].length);
    });
  }
  return references;
}

// The words near a mention decide its tense: within its sentence, at most 40 characters either side.
function sentenceAround(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const after = text.slice(offset, offset + 60);
  return `${before.split(/[.!?]\s|\n/).at(-1)}${after.split(/[.!?]\s|\n/)[0]}`;
}

function seasonSpan(name: string, year: number): [number, number] {
  const [from, to] = seasons[name.toLowerCase()]!;
  return [Date.UTC(year, from - 1, 1), Date.UTC(year, to, 0)];
}

function monthSpan(name: string, year: number): [number, number] {
  const index = Math.max(toMonth(name) - 1, 0);
  return [Date.UTC(year, index, 1), Date.UTC(year, index + 1, 0)];
}

function quarterSpan(quarter: string, year: number): [number, number] {
  const q = { first: 1, second: 2, third: 3, fourth: 4 }[quarter.toLowerCase()] ?? Number(quarter);
  return [Date.UTC(year, (q - 1) * 3, 1), Date.UTC(year, q * 3, 0)];
}
