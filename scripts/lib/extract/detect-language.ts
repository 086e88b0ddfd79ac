import type { Language } from '../../../src/lib/schema.ts';
import { detectTrigramLanguage } from './detect-trigram-language.ts';

// Trigram detection (franc-min's models and answer, see rank-trigrams.ts) limited to the two languages Dossier reads; function words break ties
// on short texts where trigrams alone are unsure.
const iso3: Record<string, Language> = { eng: 'en', deu: 'de' };
const germanWords = /\b(und|der|die|das|nicht|mit|für|ist|auf|den|dem|sich|eine?|wird|auch|von|zu)\b/giu;
const englishWords = /\b(and|the|of|to|is|for|with|that|on|its|has|are|was|by|from)\b/giu;

/**
 * Detects whether an article is English or German.
 *
 * @example detectLanguage('Die Aktie legte um 6,39 Prozent zu.') // 'de'
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 4000);
  const detected = iso3[detectTrigramLanguage(sample, ['eng', 'deu'], 10)];
  if (detected && sample.length > 200) return detected;
  const german = sample.match(germanWords)?.length ?? 0;
  const english = sample.match(englishWords)?.length ?? 0;
  if (german !== english) return german > english ? 'de' : 'en';
  return detected ?? 'en';
}
