/**
 * Sentence splitting that survives abbreviations, initials and German ordinal dates.
 */

/** One sentence with its offsets in the text it came from. */
export type Sentence = { text: string; start: number; end: number };

// Lower-cased words that end with a dot without ending a sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'corp', 'co', 'ltd', 'plc', 'st', 'vs', 'no', 'nr', 'ca',
  'mrd', 'mio', 'tsd', 'bzw', 'ggü', 'vgl', 'usw', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'est', 'approx', 'e.g', 'i.e', 'z.b', 'u.a',
  'd.h', 'u.s', 'bio', 'abs', 'str', 'gen', 'sen', 'rep', 'jr', 'sr', 'fig',
]);

// Real sentences stay far below this; a "sentence" of a page without full stops (a pasted table,
// a run of abbreviations) is cut into pieces of at most this length at a space, so the per-sentence
// work of the extractors (figures × cues) stays bounded and a huge line costs linear time.
const maxSentence = 1000;

const months = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez|Quartal|Kalenderwoche|Geschäftsjahr)\b/;

/**
 * Splits a block of text into sentences with offsets; none is longer than 1,000 characters.
 *
 * @example splitSentences('Laut Sanford C. Bernstein stieg der Umsatz um ca. 3 Mrd. Euro. Gut.', 'de')
 * // two sentences: the first ends after "Euro."
 * @example splitSentences('Die Analyse vom 12. Dezember kommt.', 'de') // one sentence
 */
export function splitSentences(text: string, lang: 'en' | 'de'): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?…]+)(["“”»«'’)]*)(\s+)(?=["„“»«(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !isSentenceEnd(text, match.index, end + match[3]!.length, lang)) continue;
    pushSentence(sentences, text, start, end);
    start = end + match[3]!.length;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function isSentenceEnd(text: string, dot: number, next: number, lang: 'en' | 'de'): boolean {
  const word = /([\p{L}.]+|\d+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Sanford C. Bernstein"
  if (abbreviations.has(word.toLowerCase())) return false;
  if (/^\d{1,2}$/.test(word) && lang === 'de' && months.test(text.slice(next))) return false; // "vom 12. Dezember"
  if (/\p{L}\.\p{L}$/u.test(word) && word.length <= 6) return false; // "U.S." and "z.B."
  return true;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  while (end - start > maxSentence) {
    const space = text.lastIndexOf(' ', start + maxSentence);
    const cut = space > start ? space : start + maxSentence;
    pushSentence(sentences, text, start, cut);
    start = cut;
  }
  const slice = text.slice(start, end);
  const trimmedStart = start + (slice.length - slice.trimStart().length);
  const trimmedEnd = end - (slice.length - slice.trimEnd().length);
  if (trimmedEnd > trimmedStart) sentences.push({ text: text.slice(trimmedStart, trimmedEnd), start: trimmedStart, end: trimmedEnd });
}
