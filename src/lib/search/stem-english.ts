/**
 * The English Snowball stemmer ("Porter2"), as Pagefind 1.6 runs it when it indexes an English
 * page (Snowball 3.0.0, `english.sbl`), so that a query stemmed here finds the words Pagefind stored.
 *
 * Environment-neutral and pure; see `stem-german.ts` for why the search page stems queries itself.
 * Written from the algorithm's description at snowballstem.org; `stem-english.test.ts` checks it
 * word for word against the stems Pagefind writes into its index.
 *
 * @see https://snowballstem.org/algorithms/english/stemmer.html
 */

const vowels = new Set('aeiouy');
const validLi = new Set('cdeghkmnrt');
// Words the algorithm leaves alone or maps as a whole.
const exceptions: Record<string, string> = {
  skis: 'ski', skies: 'sky', idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl',
  sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes',
};
// R1 starts after these prefixes rather than after the first vowel and consonant.
const regionPrefixes = ['univers', 'arsen', 'commun', 'emerg', 'gener', 'inter', 'later', 'organ', 'past'];
// Longest first within each table.
const step2: [string, string][] = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'], ['tional', 'tion'],
  ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'],
  ['iviti', 'ive'], ['fulli', 'ful'], ['ogist', 'og'], ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'],
  ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
];
const step3: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''], ['ical', 'ic'], ['ness', ''], ['ful', ''],
];
const step4 = ['ement', 'ment', 'able', 'ible', 'ance', 'ence', 'ate', 'iti', 'ion', 'ism', 'ive', 'ize', 'ous', 'ant', 'ent', 'al', 'er', 'ic'];

/**
 * Returns the stem of a lower-case English word (what Pagefind indexes for it).
 *
 * @example stemEnglish('targets') // 'target'
 * @example stemEnglish('raising') // 'rais'
 */
export function stemEnglish(word: string): string {
  if (word in exceptions) return exceptions[word]!;
  if ([...word].length < 3) return word;
  let w = markConsonantYs(word.replace(/^'/, ''));
  const { p1, p2 } = markRegions(w);
  const inR1 = (start: number) => start >= p1;
  const inR2 = (start: number) => start >= p2;

  w = step1a(w);
  w = step1b(w, p1, inR1);
  // Step 1c: y after a consonant that is not the first letter becomes i.
  if (/[^aeiouy][yY]$/.test(w) && w.length > 2) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, step2, (suffix, start) => inR1(start) && (suffix !== 'ogi' || w[start - 1] === 'l') && (suffix !== 'li' || validLi.has(w[start - 1] ?? '')));
  w = replaceSuffix(w, step3, (suffix, start) => inR1(start) && (suffix !== 'ative' || inR2(start)));
  const suffix4 = step4.find((suffix) => w.endsWith(suffix));
  if (suffix4) {
    const start = w.length - suffix4.length;
    if (inR2(start) && (suffix4 !== 'ion' || /[st]$/.test(w.slice(0, start)))) w = w.slice(0, start);
  }
  if (w.endsWith('e')) {
    const start = w.length - 1;
    if (inR2(start) || (inR1(start) && !isShortSyllableEnd(w.slice(0, start)))) w = w.slice(0, start);
  } else if (w.endsWith('ll') && inR2(w.length - 1)) {
    w = w.slice(0, -1);
  }
  return w.replaceAll('Y', 'y');
}

// A y that starts the word or follows a vowel is a consonant: Y (a Y marked so counts as a consonant).
function markConsonantYs(word: string): string {
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === 'y' && (i === 0 || vowels.has(chars[i - 1]!))) chars[i] = 'Y';
  }
  return chars.join('');
}

function markRegions(w: string): { p1: number; p2: number } {
  const after = (start: number): number => {
    const rest = /[aeiouy][^aeiouy]/.exec(w.slice(start));
    return rest ? start + rest.index + 2 : w.length;
  };
  const prefix = regionPrefixes.find((candidate) => w.startsWith(candidate));
  const p1 = prefix ? prefix.length : after(0);
  return { p1, p2: p1 >= w.length ? w.length : after(p1) };
}

function step1a(w: string): string {
  const apostrophe = /'s'$|'s$|'$/.exec(w);
  if (apostrophe) w = w.slice(0, apostrophe.index);
  if (w.endsWith('sses')) return `${w.slice(0, -4)}ss`;
  if (w.endsWith('ied') || w.endsWith('ies')) return `${w.slice(0, -3)}${w.length > 4 ? 'i' : 'ie'}`;
  if (w.endsWith('ss') || w.endsWith('us')) return w;
  // s is deleted when a vowel comes before the letter before it ("gaps" but not "gas").
  if (w.endsWith('s') && /[aeiouy]/.test(w.slice(0, -2))) return w.slice(0, -1);
  return w;
}

function step1b(w: string, p1: number, inR1: (start: number) => boolean): string {
  const suffix = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'].find((candidate) => w.endsWith(candidate));
  if (!suffix) return w;
  const start = w.length - suffix.length;
  const stem = w.slice(0, start);
  if (suffix === 'eed' || suffix === 'eedly') {
    if (!inR1(start) || ['succ', 'proc', 'exc'].includes(stem)) return w;
    return `${stem}ee`;
  }
  if (suffix === 'ing') {
    if (/^[^aeiouy]y$/.test(stem)) return `${stem.slice(0, -1)}ie`;
    if (['even', 'cann', 'inn', 'earr', 'herr', 'out'].includes(stem)) return w;
  }
  if (!/[aeiouy]/.test(stem)) return w;
  if (/(at|bl|iz)$/.test(stem)) return `${stem}e`;
  if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(stem)) return /^[aeo](bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(stem) ? stem : stem.slice(0, -1);
  if (stem.length === p1 && isShortSyllableEnd(stem)) return `${stem}e`;
  return stem;
}

// A short syllable ends the word: consonant, vowel, consonant other than w, x or Y; a word of vowel
// and consonant alone; or "past".
function isShortSyllableEnd(w: string): boolean {
  return /[^aeiouy][aeiouy][^aeiouywxY]$/.test(w) || /^[aeiouy][^aeiouy]$/.test(w) || w.endsWith('past');
}

function replaceSuffix(w: string, table: [string, string][], allowed: (suffix: string, start: number) => boolean): string {
  const entry = table.find(([suffix]) => w.endsWith(suffix));
  if (!entry) return w;
  const start = w.length - entry[0].length;
  return allowed(entry[0], start) ? `${w.slice(0, start)}${entry[1]}` : w;
}
