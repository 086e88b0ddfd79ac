/**
 * The direction of a change from the words around it ("fell 72%", "verliert 1,3 Prozent",
 * "a 72% decline").
 */

const negative = String.raw`fell|fall|falls|falling|lost|lose|loses|losing|slid|slide|slides|sliding|down|declin\w*|drop\w*|plung\w*|tumbl\w*|sank|sink\w*|slump\w*|decreas\w*|shrank|shrink\w*|contract(?:ed|ion|s)|minus|lower|weaker|retreat\w*|dipp\w*|dip|dips|shed|sheds|shedding|eased|slipp\w*|slip|slips|crash\w*|verlier\w*|verlor\w*|sinkt|sinken|gesunken|fiel|fällt|fallen|gefallen|brach\w*|bricht|eingebrochen|gab|gibt|geben|Rückgang|Minus|Einbruch|rutscht\w*|abgerutscht|schrumpf\w*|geschrumpft|zurück|büßt\w*|eingebüßt|tiefer|leichter|niedriger|nachgegeben|Verlust\w*|Kursverlust\w*|Kursminus|Abschläge?|Abschlag|loss|losses|bergab|abwärts|nachgegeben|nachgab\w*|nachgeb\w*|gab\w* nach|below|unter(?= (?:dem|ihrem|seinem|den|der))|sackt\w*|abgesackt|büßte\w*`;
const positive = String.raw`rose|rise|rises|rising|risen|gain\w*|climb\w*|up|jump\w*|surg\w*|soar\w*|rall\w*|advanc\w*|increas\w*|grew|grow\w*|higher|stronger|skyrocket\w*|boost\w*|added|rebound\w*|stieg|steigt|steigen|gestiegen|legt\w*|zugelegt|zulegen|plus|Plus|Anstieg\w*|Umsatzanstieg|Zuwachs\w*|Wachstum|wächst|wuchs|gewachsen|kletter\w*|geklettert|sprang|springt|gesprungen|gewann|gewinnt|gewonnen|höher|fester|zog\w*|Kurssprung|Kursplus|bergauf|aufwärts|Aufschlag|Aufschläge|Kursgewinn\w*`;
const signWords = new RegExp(String.raw`(?<![\p{L}])(?:(?<neg>${negative})|(?<pos>${positive}))(?![\p{L}])`, 'gu');

/**
 * Returns -1, 1 or 0 for the nearest direction word to the figure within its clause.
 *
 * @example readSign('Die Aktie verliert 1,3 Prozent', 19, 30) // -1
 * @example readSign('net profit experienced a sharp 72% decline', 31, 34) // -1
 * @example readSign('Revenue climbed 8% year-over-year', 16, 18) // 1
 */
export function readSign(text: string, start: number, end: number): -1 | 0 | 1 {
  const from = Math.max(0, start - 60);
  const window = text.slice(from, Math.min(text.length, end + 30));
  let best: { distance: number; sign: -1 | 1 } | null = null;
  signWords.lastIndex = 0;
  for (let match = signWords.exec(window); match; match = signWords.exec(window)) {
    const wordStart = from + match.index;
    const wordEnd = wordStart + match[0].length;
    const distance = wordEnd <= start ? start - wordEnd : wordStart >= end ? (wordStart - end) * 1.2 : 0;
    const between = wordEnd <= start ? text.slice(wordEnd, start) : text.slice(end, wordStart);
    if (/[;,:]\s|\s[–—]\s/.test(between) && !/^\s*,?\s*(?:um|by)\b/.test(between)) continue;
    if (!best || distance < best.distance) best = { distance, sign: match.groups!['neg'] ? -1 : 1 };
  }
  return best?.sign ?? trailingSign(text, end);
}

// "Ströer mit 1,69 Prozent, Schaeffler mit 1,63 Prozent und Airbus mit 1,41 Prozent Rückgang": a
// noun after the last percentage of a list gives all of them their direction.
const listNoun = /^(?:[^.;%]*?(?:%|Prozent|percent|pct))+\s+(?:(?<neg>Rückgang|Verlust|Minus|Abschlag|decline|loss|drop)|(?<pos>Zuwachs|Anstieg|Plus|Aufschlag|gain|rise|increase))\b/iu;

function trailingSign(text: string, end: number): -1 | 0 | 1 {
  const match = listNoun.exec(text.slice(end));
  return match ? (match.groups!['neg'] ? -1 : 1) : 0;
}
