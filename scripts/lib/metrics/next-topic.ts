/**
 * The company a passage is about, carried from sentence to sentence: a figure whose sentence
 * names no company belongs to the one the previous sentences named ("Staying with the mid-cap
 * index, butcher Cranswick lifted revenue 17.6pc …" / "Pre-tax profit jumped …, and the shares
 * climbed 2.3pc"), or to the one a heading named for its whole section ("Xpeng Q2 Earnings
 * Overview"). A description of the article's own company ("the struggling retailer", "des
 * Sportartikelherstellers") hands the passage back to it, or to the section's company.
 *
 * @see shared/spec/metrics-guide.md — Attribution: a company named only in the previous sentence.
 */
import { isAside } from './resolve-subject.ts';
import type { Mention } from './types.ts';

/** Where the passage stands: the section's company and the one named most recently. */
export type Topic = { section: string | null; recent: string | null; age: number };

/** The topic before the first sentence. */
export const startTopic: Topic = { section: null, recent: null, age: 0 };

// A named company stops speaking for later sentences after this many sentences without a name.
const reach = 2;

// Cheap test first: the head nouns a description needs.
const descriptionNoun = /company|group|firm|retailer|maker|giant|insurer|lender|conglomerate|manufacturer|operator|hersteller|onzern|nternehmen|gesellschaft|händler|versicherer|anbieter|iese|kette/i;
const description = /\b(?:[Tt]he|[Ii]ts)\s+(?:[\p{L}-]+\s+){0,2}(?:company|group|firm|retailer|maker|giant|automaker|carmaker|chipmaker|insurer|lender|conglomerate|manufacturer|operator)\b(?!['’]s? (?:rivals?|competitors?|peers?))|(?<![\p{L}])(?:des|der|die|das|dem|den|Der|Die|Das)\s+(?:[\p{L}-]+\s+){0,2}\p{L}*(?:hersteller|[Kk]onzern|[Uu]nternehmen|gesellschaft|händler|versicherer|anbieter|[Rr]iese|kette)s?(?![\p{L}])/u;

// Each sentence is asked twice (its fallback, then the next topic): the last answer is kept.
let lastText: string | null = null;
let lastAnswer = false;
function isDescription(text: string): boolean {
  if (text !== lastText) {
    lastAnswer = descriptionNoun.test(text) && description.test(text);
    lastText = text;
  }
  return lastAnswer;
}

/**
 * The company a sentence's unnamed figures belong to.
 *
 * @example toFallback({ section: 'xpeng', recent: null, age: 0 }, 'Revenue jumped 125.30% YoY', 'xiaomi') // 'xpeng'
 */
export function toFallback(topic: Topic, text: string, primary: string): string {
  if (isDescription(text)) return topic.section ?? primary;
  if (topic.recent && topic.age <= reach) return topic.recent;
  return topic.section ?? primary;
}

// "die Kursentwicklung der Verbund-Aktie", "Apple's shares": the company whose stock is spoken of.
const stockAfter = /^(?:-Aktien?|-Papiere?|-Titel|['’]s (?:shares|stock))(?![\p{L}])/u;

/**
 * The company a sentence names first as an owner of figures (not a firm, not an index), or the one
 * whose stock it speaks of.
 */
function firstCompany(mentions: Mention[], text: string): string | null {
  const owners = mentions.filter((mention) => !mention.isFirm && !mention.market && mention.id && mention.end > 0 && !isAside(mention, text));
  return (owners.find((mention) => stockAfter.test(text.slice(mention.end))) ?? owners[0])?.id ?? null;
}

/**
 * The topic after a sentence (or, with `heading`, after a heading, which opens a section): the
 * company its figures went to by name (`owner`), else the first company it names.
 *
 * @example nextTopic(startTopic, [{ id: 'cranswick', … }], 'butcher Cranswick lifted revenue', 'pets-at-home') // { recent: 'cranswick', age: 0, … }
 */
export function nextTopic(topic: Topic, mentions: Mention[], text: string, primary: string, heading = false, owner: string | null = null): Topic {
  const named = owner ?? firstCompany(mentions, text);
  if (heading) return { section: named, recent: null, age: 0 };
  if (named) return { ...topic, recent: named, age: 0 };
  if (isDescription(text)) return { ...topic, recent: topic.section ?? primary, age: 0 };
  return { ...topic, age: topic.age + 1 };
}
