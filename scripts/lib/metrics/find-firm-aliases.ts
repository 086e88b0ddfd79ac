/**
 * Short names an article defines for analyst firms, read once per article.
 */
import { extractFirms } from './extract-firms.ts';

/**
 * Short names an article defines for firms: a firm's name followed by a bracketed abbreviation
 * ("Raiffeisen Centrobank (RCB)") makes the abbreviation that firm for the rest of the article.
 *
 * @example findFirmAliases('Die Analysten der Raiffeisen Centrobank (RCB) haben …') // Map { 'RCB' => 'Raiffeisen Centrobank' }
 */
export function findFirmAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const bracket of text.matchAll(/\s*\(([A-Z][A-Za-z&]{1,6})\)/g)) {
    // Only the line before the bracket can hold the name it abbreviates.
    const from = Math.max(0, text.lastIndexOf('\n', bracket.index) + 1, bracket.index - 120);
    const firm = extractFirms(text.slice(from, bracket.index)).find((candidate) => candidate.end === bracket.index - from);
    if (firm && !aliases.has(bracket[1]!) && firm.name !== bracket[1]) aliases.set(bracket[1]!, firm.name);
  }
  return aliases;
}
