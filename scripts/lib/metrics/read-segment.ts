/**
 * The business segment a figure is for, as worded ("Cloud Intelligence Group", "Cloud-Sparte").
 */

// Order matters: named units first, then descriptive ones.
const segmentPatterns: RegExp[] = [
  /(?:[\p{Lu}][\p{L}&-]*\s(?:and\s|&\s)?){0,4}[\p{Lu}][\p{L}&-]*\s(?:Group|Segment|Division|Unit|Business)(?:\s\([A-Z]{2,6}\))?/u,
  /\b[\p{Lu}][\p{L}-]*-(?:Sparte|Segment|Geschäft|Bereich|Tochter|Sektor)\b/u,
  /\b(?:Sparte|Segment|Bereich|Geschäftsbereich) [\p{Lu}][\p{L}&-]*(?:\s(?:und\s)?[\p{Lu}][\p{L}&-]*){0,3}/u,
  /\b(?:[a-z-]+\s){0,2}(?:commerce|cloud|advertising|services|gaming|automotive|data center|datacenter|hardware|software|retail|wholesale|logistics)(?=\s(?:revenue|sales|segment|business|unit))/u,
  /\b[\p{Lu}][\p{L}]*(?:umsatz|umsätze|geschäft)\b/u,
];

const notSegments = /^(?:The|Die|Der|Das|Restricted|Alibaba Group|Chinese)\b/;

/**
 * Returns the segment named in the sentence before the figure, or null.
 *
 * @example readSegment("Alibaba's Cloud Intelligence Group reported a 34.5% revenue increase", 45) // 'Cloud Intelligence Group'
 * @example readSegment('Die Cloud-Sparte wächst mit 34,5 Prozent', 28) // 'Cloud-Sparte'
 */
export function readSegment(text: string, position: number): string | null {
  const before = text.slice(0, position + 40);
  for (const pattern of segmentPatterns) {
    const match = pattern.exec(before);
    if (match && !notSegments.test(match[0])) return match[0].trim();
  }
  return null;
}
