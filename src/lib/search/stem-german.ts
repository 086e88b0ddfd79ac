/**
 * The German Snowball stemmer, as Pagefind 1.6 runs it when it indexes a German page (Snowball
 * 3.0.0, `german.sbl`), so that a query stemmed here finds the words Pagefind stored.
 *
 * Environment-neutral and pure: the search page stems German queries with it before handing them
 * to Pagefind's WebAssembly, which then does no stemming of its own (`wasm.unknown`). Written from
 * the algorithm's description at snowballstem.org; `stem-german.test.ts` checks it word for word
 * against the stems Pagefind writes into its index.
 *
 * @see https://snowballstem.org/algorithms/german/stemmer.html
 */

const vowels = new Set('aeiouyäöü');
const sEndings = new Set('bdfghklmnrt');
const stEndings = new Set('bdfghklmnt');
const etEndings = new Set('Udfgklmnrstzä');
// A word ending in one of these before "et" keeps it ("geordnet", "Ticket").
const etKeepers = ['tick', 'plan', 'geordn', 'intern', 'tr'];
// Step 1, longest suffix first: what to do with each.
const step1 = ['erinnen', 'erin', 'lns', 'ern', 'em', 'en', 'er', 'es', 'ln', 'e', 's'] as const;
const step2 = ['est', 'en', 'er', 'et', 'st'] as const;
const step3 = ['lich', 'heit', 'keit', 'isch', 'end', 'ung', 'ig', 'ik'] as const;

/**
 * Returns the stem of a lower-case German word whose diacritics Pagefind has already removed
 * (it indexes `stem("übernahme".normalize('NFD') without marks)`), or of any lower-case word.
 *
 * @example stemGerman('kurszielen') // 'kursziel'
 * @example stemGerman('dividenden') // 'divid' (as "Dividende")
 */
export function stemGerman(word: string): string {
  const chars = prelude([...word]);
  const { p1, p2 } = markRegions(chars);
  let w = chars.join('');
  w = standardSuffix(w, p1, p2);
  return w.replace(/[YUäöü]/g, (c) => postlude[c] ?? c);
}

const postlude: Record<string, string> = { Y: 'y', U: 'u', ä: 'a', ö: 'o', ü: 'u' };

// u and y between vowels become U and Y (consonants); then ß, ae, oe and ue (not after q) become ss, ä, ö, ü.
function prelude(chars: string[]): string[] {
  const marked = [...chars];
  for (let i = 1; i + 1 < marked.length; i++) {
    const c = marked[i];
    if ((c === 'u' || c === 'y') && vowels.has(marked[i - 1]!) && vowels.has(marked[i + 1]!)) marked[i] = c.toUpperCase();
  }
  const out: string[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    const next = marked[i + 1];
    if (c === 'ß') out.push('s', 's');
    else if (c === 'q' && next === 'u') out.push('q', 'u'), i++;
    else if (next === 'e' && (c === 'a' || c === 'o' || c === 'u')) out.push(c === 'a' ? 'ä' : c === 'o' ? 'ö' : 'ü'), i++;
    else out.push(c);
  }
  return out;
}

// R1 starts after the first non-vowel that follows a vowel, at least three letters in; R2 likewise within R1.
function markRegions(chars: string[]): { p1: number; p2: number } {
  const length = chars.length;
  if (length < 3) return { p1: length, p2: length };
  const after = (start: number): number => {
    let i = start;
    while (i < length && !vowels.has(chars[i]!)) i++;
    if (i >= length) return -1;
    i++;
    while (i < length && vowels.has(chars[i]!)) i++;
    if (i >= length) return -1;
    return i + 1;
  };
  const first = after(0);
  if (first < 0) return { p1: length, p2: length };
  const p1 = Math.max(first, 3);
  const second = after(first);
  return { p1, p2: second < 0 ? length : second };
}

function standardSuffix(word: string, p1: number, p2: number): string {
  let w = word;
  const suffix1 = step1.find((suffix) => w.endsWith(suffix));
  if (suffix1 && w.length - suffix1.length >= p1) {
    const start = w.length - suffix1.length;
    if (suffix1 === 'em') {
      if (!w.slice(0, start).endsWith('syst')) w = w.slice(0, start);
    } else if (suffix1 === 'e' || suffix1 === 'en' || suffix1 === 'es') {
      w = w.slice(0, start);
      if (w.endsWith('niss')) w = w.slice(0, -1);
    } else if (suffix1 === 's') {
      if (sEndings.has(w[start - 1] ?? '')) w = w.slice(0, start);
    } else if (suffix1 === 'ln' || suffix1 === 'lns') {
      w = `${w.slice(0, start)}l`;
    } else {
      w = w.slice(0, start);
    }
  }

  const suffix2 = step2.find((suffix) => w.endsWith(suffix));
  if (suffix2 && w.length - suffix2.length >= p1) {
    const start = w.length - suffix2.length;
    const before = w.slice(0, start);
    if (suffix2 === 'st') {
      if (stEndings.has(before.at(-1) ?? '') && start - 1 >= 3) w = before;
    } else if (suffix2 === 'et') {
      if (etEndings.has(before.at(-1) ?? '') && !etKeepers.some((keeper) => before.endsWith(keeper))) w = before;
    } else {
      w = before;
    }
  }

  const suffix3 = step3.find((suffix) => w.endsWith(suffix));
  if (suffix3 && w.length - suffix3.length >= p2) {
    const start = w.length - suffix3.length;
    const before = w.slice(0, start);
    if (suffix3 === 'end' || suffix3 === 'ung') {
      w = before;
      if (w.endsWith('ig') && !w.endsWith('eig') && w.length - 2 >= p2) w = w.slice(0, -2);
    } else if (suffix3 === 'ig' || suffix3 === 'ik' || suffix3 === 'isch') {
      if (!before.endsWith('e')) w = before;
    } else if (suffix3 === 'lich' || suffix3 === 'heit') {
      w = before;
      if ((w.endsWith('er') || w.endsWith('en')) && w.length - 2 >= p1) w = w.slice(0, -2);
    } else {
      w = before;
      const inner = w.endsWith('lich') ? 4 : w.endsWith('ig') ? 2 : 0;
      if (inner > 0 && w.length - inner >= p2) w = w.slice(0, -inner);
    }
  }
  return w;
}
