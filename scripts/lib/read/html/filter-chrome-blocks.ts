import { isDateOnly } from '../../text/find-dates.ts';
import { isInside, type HtmlElement } from './html-node.ts';
import type { TextBlock } from './segment-blocks.ts';

// A heading or short line that opens the readers' comments: everything after it is theirs.
const commentsOpener = /^(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|reader comments|responses?|replies|antworten|diskussion|discussion|leave a (?:reply|comment)|schreibe einen kommentar|kommentar (?:schreiben|verfassen|hinterlassen)|kommentieren|join the discussion|kommentare (?:sind )?geschlossen|comments are closed|(?:bisher |noch )?keine kommentare(?: vorhanden)?|no comments(?: yet)?|was denkst du|what do you think)(?:\s*\(\d+\))?\s*[:.]?$/i;
// Headings of sections that point elsewhere: related stories, the author's bio, tags, sharing.
const chromeHeading = /^(?:related(?: \w+)?|ähnliche (?:beiträge|artikel)|verwandte (?:themen|artikel|beiträge)|mehr (?:zum thema|interessantes|aus dem ressort|artikel|news|dazu)|das könnte sie (?:auch )?interessieren|(?:weitere|neueste|beliebte|aktuelle|meistgelesene) (?:artikel|beiträge|nachrichten|news)|auch interessant|(?:über|zum) (?:den |die )?autor(?:in)?|about the author|schlagworte|schlagwörter|tags|themen|teilen|share(?: this)?(?: article| post| story)?|you (?:may|might) also like|more (?:from|on|stories|news)|recommended(?: for you)?|most (?:read|popular)|follow us|folgen sie uns|newsletter|read more|lesen sie (?:auch|mehr)|weiterlesen|top[- ]artikel|meistgelesen)\s*:?$/i;
// Link-only lines this short are menus, "back to the list" and "read more" links.
const shortLink = 100;

/**
 * Leaves out what stands inside the article's element but is not its text: the headline (a
 * hint, not text), lines that are only a date, short lines that are only a link, the readers'
 * comments (from a heading that opens them), sections under a heading that points elsewhere
 * ("Related", "Über den Autor"), and headings left with nothing under them.
 *
 * @example filterChromeBlocks(blocks, h1).map((b) => b.text) // ['Shares rose.']
 */
export function filterChromeBlocks(blocks: TextBlock[], headline: HtmlElement | null): TextBlock[] {
  const kept: TextBlock[] = [];
  // Headings whose next block was left out, by their place in `kept`.
  const emptied = new Set<number>();
  let seenText = false;
  let inChromeSection = false;
  let lastKept = -1;
  for (const [index, block] of blocks.entries()) {
    if (kept.length > 0 && lastKept !== index - 1) emptied.add(kept.length - 1);
    if (headline !== null && isInside(block.owner, headline)) continue;
    const heading = block.prefix === '## ';
    const line = block.text;
    if (line.length < 60 && commentsOpener.test(line) && seenText) break;
    if (heading) inChromeSection = chromeHeading.test(line);
    else if (!inChromeSection && line.length < 50 && chromeHeading.test(line)) continue;
    if (inChromeSection) continue;
    if (block.linkChars >= 0.8 * line.length && (line.length < shortLink || block.links > 1)) continue;
    if (line.length < 60 && isDateOnly(line)) continue;
    if (!heading && line.length >= 60) seenText = true;
    kept.push(block);
    lastKept = index;
  }
  if (lastKept !== blocks.length - 1 && kept.length > 0) emptied.add(kept.length - 1);
  // A heading whose next block was left out, followed by another heading or by nothing, headed
  // what was left out.
  return kept.filter((block, index) => {
    const next = kept[index + 1];
    return !(block.prefix === '## ' && emptied.has(index) && (next === undefined || next.prefix === '## '));
  });
}

