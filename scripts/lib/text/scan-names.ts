/**
 * A literal-alternation matcher that behaves exactly like the regular expression
 * `(?<!B)(f1|f2|…)(?:s1|s2|…)?(?!B)` with the `g` and `u` flags (and `i` when asked), without
 * compiling one per article. V8 needs about half a millisecond to compile such a pattern,
 * because of the Unicode class `B` in the look-arounds, and the company names differ in
 * every article, so that compile was the largest single cost of ingest. Here the class is one
 * constant expression and the names are compared directly, in the regular expression's own
 * backtracking order: at each position, forms in the given order, each with its suffixes in
 * order and then none, until the look-ahead holds. `scan-names.test.ts` compares it with the
 * regular expression on random text.
 */
import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';

/** One match: where it starts and ends (suffix included) and the form as printed in the text. */
export type NameMatch = { index: number; end: number; name: string };

/** How to match: the forms in priority order, the optional suffixes in order, the boundary class. */
export type NameScannerOptions = {
  forms: readonly string[];
  suffixes: readonly string[];
  /** A constant expression matching one code point that may not touch a name, e.g. `/^[\p{L}\p{N}]$/u`. */
  boundary: RegExp;
  ignoreCase: boolean;
};

/** Finds every match from the start of `text`, like `text.matchAll(pattern)`. */
export type NameScanner = (text: string) => NameMatch[];

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * Creates a scanner. An empty form, or one holding a surrogate (an astral character), falls back
 * to the compiled regular expression, whose empty-match and code-point handling this does not copy.
 *
 * @example createNameScanner({ forms: ['tesla'], suffixes: ["'s", 's'], boundary: /^[\p{L}\d]$/iu, ignoreCase: true })('Teslas fell')
 * // [{ index: 0, end: 6, name: 'Tesla' }]
 */
export function createNameScanner(options: NameScannerOptions): NameScanner {
  const { forms, suffixes, boundary, ignoreCase } = options;
  const flags = `g${ignoreCase ? 'i' : ''}u`;
  if (forms.includes('') || [...forms, ...suffixes].some((form) => [...form].some((_, i) => isSurrogate(form.charCodeAt(i))))) {
    const inner = boundary.source.replace(/^\^|\$$/g, '');
    const pattern = new RegExp(`(?<!${inner})(${forms.map(escapeRegExp).join('|')})(?:${suffixes.map(escapeRegExp).join('|')})?(?!${inner})`, flags);
    return (text) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length, name: m[1]! }));
  }
  const same = ignoreCase ? sameIgnoringCase : (a: number, b: number) => a === b;
  const at = (text: string, offset: number, literal: string) => {
    if (offset + literal.length > text.length) return false;
    for (let k = 0; k < literal.length; k++) if (!same(text.charCodeAt(offset + k), literal.charCodeAt(k))) return false;
    return true;
  };
  const touches = (codePoint: string) => codePoint !== '' && boundary.test(codePoint);
  // The boundary's answer for each ASCII code unit, asked once: the scan asks it at every
  // position a form could start, mostly inside words.
  const touchesAscii = Array.from({ length: 128 }, (_, code) => touches(String.fromCharCode(code)));
  const touchesBefore = (text: string, index: number) => {
    if (index === 0) return false;
    const code = text.charCodeAt(index - 1);
    return code < 128 ? touchesAscii[code]! : touches(codePointBefore(text, index));
  };
  const touchesAt = (text: string, index: number) => {
    if (index >= text.length) return false;
    const code = text.charCodeAt(index);
    return code < 128 ? touchesAscii[code]! : touches(codePointAt(text, index));
  };
  const withNone = [...suffixes, ''];
  // The forms that can start with each code unit, in priority order, worked out on first sight:
  // in an array for ASCII (most of the text, and an array index costs a fraction of a Map look-up,
  // which this loop does at every position), in a Map for the rest.
  const startingWith = new Map<number, readonly string[]>();
  const startingWithAscii: (readonly string[] | undefined)[] = new Array(128).fill(undefined);
  const candidates = (code: number) => {
    let list = code < 128 ? startingWithAscii[code] : startingWith.get(code);
    if (list === undefined) {
      list = forms.filter((form) => same(code, form.charCodeAt(0)));
      if (code < 128) startingWithAscii[code] = list;
      else startingWith.set(code, list);
    }
    return list;
  };
  // Per ASCII code unit: 1 where some form starts with it, 0 where none does, -1 not yet asked.
  const startsAscii = new Int8Array(128).fill(-1);
  const startsWithAscii = (code: number) => {
    let starts = startsAscii[code]!;
    if (starts === -1) startsAscii[code] = starts = candidates(code).length > 0 ? 1 : 0;
    return starts === 1;
  };
  // True when an ASCII code unit before a position is one the boundary class holds; a code unit
  // beyond ASCII (a surrogate too) is left to `matchAt`.
  const touchesAsciiBefore = (code: number) => code < 128 && touchesAscii[code]!;
  return (text) => {
    const found: NameMatch[] = [];
    if (forms.length === 0) return found;
    let position = 0;
    const length = text.length;
    while (position < length) {
      const code = text.charCodeAt(position);
      // Most of the text: an ASCII character no form starts with, or one inside a word.
      if (code < 128 && (!startsWithAscii(code) || (position > 0 && touchesAsciiBefore(text.charCodeAt(position - 1))))) {
        position += 1;
        continue;
      }
      const match = candidates(code).length === 0 ? -1 : matchAt(text, position);
      if (match === -1) {
        position += code >= 0xd800 && code <= 0xdbff && isPair(text, position) ? 2 : 1;
        continue;
      }
      found.push(match);
      position = match.end;
    }
    return found;

    // The look-behind is the same for every form at `index`, so it is asked first: a position
    // inside a word matches no form (the answer is -1 whether or not a form's letters agree).
    function matchAt(text: string, index: number): NameMatch | -1 {
      if (touchesBefore(text, index)) return -1;
      for (const form of candidates(text.charCodeAt(index))) {
        if (!at(text, index, form)) continue;
        const formEnd = index + form.length;
        for (const suffix of withNone) {
          if (!at(text, formEnd, suffix)) continue;
          const end = formEnd + suffix.length;
          if (!touchesAt(text, end)) return { index, end, name: text.slice(index, formEnd) };
        }
      }
      return -1;
    }
  };
}

function isPair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

// The code point a `u` look-behind sees before `index` ('' at the start).
function codePointBefore(text: string, index: number): string {
  if (index === 0) return '';
  if (index >= 2 && isPair(text, index - 2)) return text.slice(index - 2, index);
  return text[index - 1]!;
}

// The code point a `u` look-ahead sees at `index` ('' at the end).
function codePointAt(text: string, index: number): string {
  if (index >= text.length) return '';
  return text.slice(index, isPair(text, index) ? index + 2 : index + 1);
}

// Two code units (neither a surrogate: see createNameScanner) compared as an `iu` pattern
// compares them (simple case folding). Two ASCII letters are equal iff their lower cases are;
// anything else asks the engine once per pair and remembers the answer.
const answers = new Map<number, boolean>();
function sameIgnoringCase(a: number, b: number): boolean {
  if (a === b) return true;
  if (a < 128 && b < 128) return (a | 32) === (b | 32) && (a | 32) >= 97 && (a | 32) <= 122;
  if (isSurrogate(a) || isSurrogate(b)) return false;
  const key = a * 65536 + b;
  let answer = answers.get(key);
  if (answer === undefined) {
    if (answers.size > 100_000) answers.clear();
    answers.set(key, (answer = new RegExp(`^${escapeRegExp(String.fromCharCode(b))}$`, 'iu').test(String.fromCharCode(a))));
  }
  return answer;
}
