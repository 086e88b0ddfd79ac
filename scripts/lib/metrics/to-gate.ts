/**
 * A cheap test that a cue pattern cannot match a sentence. Most cue patterns find nothing in most
 * sentences, and proving that costs the full pattern a try at every position: its leading
 * look-behind (`(?<![\p{L}])`) keeps the engine from skipping ahead to a cue word's first letter,
 * and a word-run like `\w+umsatz` backtracks through every word. The gate is the same pattern
 * loosened so that it matches wherever the pattern does, only more often: every assertion
 * (look-arounds, `\b`, `^`, `$`) is dropped, and a leading or trailing `\w*`/`\w+` of a top-level
 * alternative is left off (a match of `\w+umsatz` holds one of `umsatz`), and so is one of `\p{L}*`. When the gate finds
 * nothing, the pattern finds nothing.
 */

/**
 * The loosened pattern (same flags, no `g`/`y`), or null when there is nothing to gain or the
 * pattern uses what the loosening does not handle (back-references, the `v` flag), or is anchored
 * at the start already.
 *
 * @example toGate(/(?<![\p{L}])(?:Umsatz\w*|\w+umsatz)(?![\p{L}])/giu) // /Umsatz|umsatz/iu
 */
export function toGate(pattern: RegExp): RegExp | null {
  if (pattern.flags.includes('v') || /\\[1-9]|\\k</.test(pattern.source)) return null;
  // A pattern anchored at the start is tried at one place only; its loosened gate, at every one.
  if (pattern.source.startsWith('^') && !pattern.flags.includes('m')) return null;
  let alternatives: Atom[][];
  try {
    alternatives = parseAlternatives(pattern.source, { at: 0 }, false);
  } catch {
    return null;
  }
  // A whole pattern that is one group: its alternatives are the top level.
  while (alternatives.length === 1 && alternatives[0]!.length === 1 && alternatives[0]![0]!.group && !alternatives[0]![0]!.quantified) {
    alternatives = alternatives[0]![0]!.group!;
  }
  const trimmed = alternatives.map((atoms) => {
    let from = 0;
    let to = atoms.length;
    while (from < to && wordRun.test(atoms[from]!.text)) from++;
    while (to > from && wordRun.test(atoms[to - 1]!.text)) to--;
    return atoms.slice(from, to).map(({ text }) => text).join('');
  });
  if (trimmed.some((alternative) => alternative === '')) return null;
  const source = trimmed.join('|');
  if (source === pattern.source) return null;
  return new RegExp(source, pattern.flags.replace(/[gy]/g, ''));
}

// A run of word characters or letters of any length from zero or one: `\w*`, `\p{L}+`, lazy or not.
const wordRun = /^(?:\\w|\\p\{L\})[*+]\??$/;

// One piece of a pattern with its quantifier; a group keeps its parsed alternatives.
type Atom = { text: string; group?: Atom[][]; quantified: boolean };

// Parses alternatives up to the end of the source or, inside a group, its closing parenthesis,
// dropping every assertion. Throws on what it does not understand (then there is no gate).
function parseAlternatives(source: string, cursor: { at: number }, inGroup: boolean): Atom[][] {
  const alternatives: Atom[][] = [[]];
  while (cursor.at < source.length) {
    const char = source[cursor.at]!;
    if (char === ')') {
      if (!inGroup) throw new Error('unbalanced )');
      return alternatives;
    }
    if (char === '|') {
      alternatives.push([]);
      cursor.at++;
      continue;
    }
    if (char === '^' || char === '$') {
      cursor.at++;
      skipQuantifier(source, cursor);
      continue;
    }
    let atom: Atom;
    let assertion = false;
    const start = cursor.at;
    if (char === '\\') {
      const next = source[cursor.at + 1];
      if (next === undefined) throw new Error('trailing \\');
      assertion = next === 'b' || next === 'B';
      cursor.at += 2;
      if ((next === 'p' || next === 'P' || next === 'u') && source[cursor.at] === '{') cursor.at = closing(source, cursor.at, '}') + 1;
      else if (next === 'u') cursor.at += 4;
      else if (next === 'x') cursor.at += 2;
      else if (next === 'c') cursor.at += 1;
      atom = { text: source.slice(start, cursor.at), quantified: false };
    } else if (char === '[') {
      cursor.at++;
      if (source[cursor.at] === '^') cursor.at++;
      if (source[cursor.at] === ']') cursor.at++;
      while (source[cursor.at] !== ']') {
        if (cursor.at >= source.length) throw new Error('unclosed [');
        cursor.at += source[cursor.at] === '\\' ? 2 : 1;
      }
      cursor.at++;
      atom = { text: source.slice(start, cursor.at), quantified: false };
    } else if (char === '(') {
      let opener = '(';
      if (source.startsWith('(?:', cursor.at)) opener = '(?:';
      else if (source.startsWith('(?=', cursor.at) || source.startsWith('(?!', cursor.at)) [opener, assertion] = [source.slice(cursor.at, cursor.at + 3), true];
      else if (source.startsWith('(?<=', cursor.at) || source.startsWith('(?<!', cursor.at)) [opener, assertion] = [source.slice(cursor.at, cursor.at + 4), true];
      else if (source.startsWith('(?<', cursor.at)) opener = source.slice(cursor.at, closing(source, cursor.at, '>') + 1);
      else if (source.startsWith('(?', cursor.at)) throw new Error('unknown group');
      cursor.at += opener.length;
      const group = parseAlternatives(source, cursor, true);
      cursor.at++;
      atom = { text: `${opener}${group.map((atoms) => atoms.map(({ text }) => text).join('')).join('|')})`, group, quantified: false };
    } else if ('*+?{'.includes(char)) {
      throw new Error('quantifier without an atom');
    } else {
      cursor.at++;
      atom = { text: char, quantified: false };
    }
    const quantifier = skipQuantifier(source, cursor);
    if (assertion) continue;
    alternatives.at(-1)!.push({ ...atom, text: atom.text + quantifier, quantified: quantifier !== '' });
  }
  if (inGroup) throw new Error('unclosed (');
  return alternatives;
}

// Reads a quantifier (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy) and returns it.
function skipQuantifier(source: string, cursor: { at: number }): string {
  const match = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(cursor.at, cursor.at + 24));
  if (!match) return '';
  cursor.at += match[0].length;
  return match[0];
}

function closing(source: string, from: number, char: string): number {
  const at = source.indexOf(char, from);
  if (at === -1) throw new Error(`unclosed ${char}`);
  return at;
}
