/**
 * Puts back the spaces a copied web page lost around its links and ads: "DerDAXist" (the link
 * "DAX" glued to its sentence), "DieSAP-Aktie", "SAP SESAP" (a link's text after the name),
 * "…könnte explodieren!Die Papiere" (an ad glued to the article). A word is split only where the
 * text itself vouches for the pieces: a piece is one of the short words links are glued to, or
 * both pieces stand on their own elsewhere in the text. Brand names written in mixed case
 * ("HelloFresh", "eBay", "JPMorgan") have no such pieces and stay whole.
 */

// The words a link's text gets glued to: articles before it, verbs and conjunctions after it.
const gluedBefore = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'the', 'und', 'and']);
const gluedAfter = new Set(['ist', 'hat', 'sind', 'war', 'wird', 'und', 'oder', 'is', 'has', 'was', 'and', 'the', 'of']);
const token = /[\p{L}\p{N}]+/gu;
// A word with a change of case inside: the only words that can hide a lost space. Most lines
// hold none, so only these are looked at. Latin letters only, as the two languages write them:
// a class of plain ranges costs a fraction of the Unicode letter classes at every character.
const lower = 'a-zß-öø-ÿ';
const upper = 'A-ZÀ-ÖØ-Þ';
const caseChange = new RegExp(`[${lower}][${upper}]|[${upper}]{2}[${lower}]|[${upper}]{5}`);
const caseChangeWord = new RegExp(`[\\p{L}\\p{N}]*(?:[${lower}][${upper}]|[${upper}]{2}[${lower}]|[${upper}]{5})[\\p{L}\\p{N}]*`, 'gu');
// A sentence end glued to the next sentence: "explodieren!Die", "Prozent.Der".
const gluedSentence = new RegExp(`([${lower}\\d%)"“”])([!?.])([${upper}][${lower}])`, 'g');
const gluedSentenceTest = new RegExp(`[${lower}\\d%)"“”][!?.][${upper}][${lower}]`);
const minPiece = 2;
const maxGlued = 48;

/**
 * Repairs each line; the words that stand alone anywhere in `lines` vouch for the pieces.
 *
 * @example repairGluedText(['DerDAXist gestiegen.', 'DieSAP-Aktie stieg.']) // ['Der DAX ist gestiegen.', 'Die SAP-Aktie stieg.']
 */
export function repairGluedText(lines: string[]): string[] {
  let words: Set<string> | null = null;
  const known = (): Set<string> => (words ??= new Set(lines.join('\n').match(token)));
  return lines.map((line) => {
    const parted = gluedSentenceTest.test(line) ? line.replace(gluedSentence, '$1$2 $3') : line;
    return caseChange.test(parted) ? parted.replace(caseChangeWord, (word) => splitWord(word, known).join(' ')) : parted;
  });
}

function splitWord(word: string, known: () => Set<string>): string[] {
  // Glued words are a few words long; a longer "word" is data, and trying each of its positions would cost its length squared
  if (word.length < 2 * minPiece || word.length > maxGlued) return [word];
  for (let index = minPiece; index <= word.length - minPiece; index += 1) {
    const before = word[index - 1]!;
    const at = word[index]!;
    // Only a change of case can hide a lost space; most words have none
    const lowerUpper = isLower(before) && isUpper(at);
    const capsLower = isUpper(before) && isUpper(word[index - 2]!) && isLower(at);
    const capsCaps = isUpper(before) && isUpper(at) && word === word.toUpperCase();
    if (!lowerUpper && !capsLower && !capsCaps) continue;
    const [left, right] = [word.slice(0, index), word.slice(index)];
    const words = known();
    const alone = words.has(left) && words.has(right);
    // "DieSAP": lower case, then a capital; "DAXist": capitals, then a lower-case word; "SESAP":
    // two words in capitals, each standing alone elsewhere
    if ((lowerUpper && (gluedBefore.has(left.toLowerCase()) || alone)) || (capsLower && (gluedAfter.has(right) || alone)) || (capsCaps && alone)) {
      return [left, ...splitWord(right, known)];
    }
  }
  return [word];
}

const isLower = (char: string) => char !== '' && char === char.toLowerCase() && char !== char.toUpperCase();
const isUpper = (char: string) => char !== '' && char === char.toUpperCase() && char !== char.toLowerCase();
