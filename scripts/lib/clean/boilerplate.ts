/**
 * Patterns of web boilerplate in pasted English and German news pages.
 * Each describes what the line is, never which site or company it came from.
 */

/** A line of ad copy led by its marker ("Anzeige: …", "Sponsored – …", "Werbung | …"). */
export const adLine = /^(?:ad|advertisement|anzeige|werbung|sponsored|gesponsert|promotion|paid content|partner content)[ \t]*[:|–—-][ \t]*\S.{0,240}$/iu;

/**
 * The legend under a table: the unit, the source or what a mark means ("Angaben in EUR und ohne
 * Gewähr, * = Erwartete, geschätzte Werte", "All figures in USD millions", "Quelle: …"). It
 * describes the rows above it; it is never a headline.
 */
export const legendLine = /^(?:alle[ \t]+)?(?:angaben|zahlen|werte|beträge|kurse|daten)[ \t]+(?:in|ohne)\b|^(?:all[ \t]+)?(?:figures|amounts|values|prices|data)[ \t]+(?:are[ \t]+)?in\b|^(?:quelle|source|sources|stand|note|anmerkung|hinweis)[ \t]*:|\bohne[ \t]+gewähr\b|(?:^|[ \t,;])\*{1,3}[ \t]*=/iu;

/** Lines that are page chrome on their own: ad markers, comment and share widgets. */
export const chromeLines: RegExp[] = [
  /^(ad|ads|advertisement|anzeige|werbung|sponsored|gesponsert|promotion)$/i,
  // An ad marker with its copy on the same line: "Anzeige: Wie Sie mit Dividendenaktien …"
  adLine,
  /^(no comments yet|noch keine kommentare|be the first to comment|jetzt kommentieren|leave a comment|kommentar schreiben)\.?$/i,
  /^(share|teilen|print|drucken|tweet|e-?mail|copy link|link kopieren)( (this )?(article|artikel))?$/i,
  /^(related|related articles|more news|weitere nachrichten|mehr zum thema|das könnte sie auch interessieren|you may also like)$/i,
  /^(?:additional )?(?:reporting|writing|editing) by\b.{0,200}$/i,
];

/** A line that opens the comment section: everything after it is readers' text, not the article. */
export const commentsHeading = /^(\d+\s+)?(comments?|kommentare?|leserkommentare)(\s*\(\d+\))?$/i;

/** Promotional lines of investor-newsletter sites ("Buy or sell?!", "Hier weiterlesen…"). */
export const promoLines: RegExp[] = [
  /\b(buy or sell|kaufen oder verkaufen)\?/i,
  /\b(read more|weiterlesen|mehr lesen|continue reading)( here| hier)?\s*(\.{3}|…)?$/i,
  /^should investors sell immediately\?/i,
  /^sollten anleger sofort verkaufen\?/i,
  /\bfigures speak for themselves\b/i,
  /-?zahlen sprechen eine klare sprache\b/i,
  /\b(free|gratis-?)\s?analy(sis|se)\b/i,
  /\b(urgent action needed|dringender handlungsbedarf)\b/i,
];

/**
 * Ad copy inside an article's own lines, one sentence at a time: hype ("könnte explodieren",
 * "could double"), calls to action ("hier sichern", "Click Here", "Get … alerts"), a publisher's
 * own pitch and disclosure ("Before you buy stock in …", "has positions in"). Such a sentence is
 * dropped with what it names: a promo's ticker is never the article's.
 */
export const promoSentences: RegExp[] = [
  /\b(?:könnte|could|dürfte|will)\s+(?:jetzt\s+)?(?:explodieren|explode|double|verdoppeln|durchstarten|soar)\b/iu,
  /\bvor dem (?:Durchbruch|Kursfeuerwerk|Ausbruch)\b/iu,
  /\b(?:Gratis|Kostenlose[rns]?|Free)[- ](?:Report|Analyse|Analysis|Studie|Webinar|Sonderreport|Special Report)\b/iu,
  // A call to action closes the ad: running text may mention "click here" and go on
  /\b(?:hier|jetzt)\s+(?:[\p{L}-]+\s+)?(?:sichern|klicken|anmelden|downloaden|herunterladen|abonnieren)\s*[!.…]*$/iu,
  /\b(?:click here|klicken sie hier|hier klicken|sign up(?: now| here)?|jetzt anmelden)\s*[!.…]*$/iu,
  /^get\s.{1,40}\salerts:?$/iu,
  /\bbefore you (?:buy|consider buying) (?:stock|shares) (?:in|of)\b/iu,
  /\bhas positions in (?:and recommends )?/iu,
  /\b(?:top|best) (?:ai |tech )?stock pick\b/iu,
  /\bsollten Sie jetzt (?:kennen|kaufen|im Blick haben)\b/iu,
  /\blesen Sie (?:in unserem|hier|jetzt)\b/iu,
  /\bwelche Aktien (?:Anleger\s+)?jetzt kaufen\b/iu,
];

/** Newsletter sign-up and site-header lines; the first group names the publisher where printed. */
export const newsletterLines: RegExp[] = [
  /^([A-Z][\w.&-]{1,30}) [Nn]ewsletter$/,
  /\b(?:free to your inbox|sign up for (?:our|the) newsletter|subscribe to (?:our|the) newsletter|newsletter abonnieren|jetzt anmelden)\b/i,
];

/** A publisher's self-description in a page footer ("Delivering real-time insights …"). */
export const taglineLines: RegExp[] = [/^(delivering|bringing you|your (trusted )?source for|ihr (portal|partner) für)\b.{0,160}$/i];

/** Promo lines that carry a date of the issue they advertise ("Analysis from December 12"). */
export const promoDateCue = /\b(analy(sis|se)|report|studie|ausgabe)\b.{0,20}\b(from|of|vom|von)\b/i;

/** Lines that only identify the security: "Alibaba US01609W1027", "WKN: A117ME", "NYSE: BABA". */
export const identifierLine = /^(?:[\p{L}&.\- ]{0,60}\s)?(?:(?:ISIN|WKN|Ticker|Symbol)\s*:?\s*)?(?:[A-Z]{2}[A-Z0-9]{9}\d|[A-Z0-9]{6}|(?:NYSE|NASDAQ|Nasdaq|HKEX?|XETRA|Xetra|ETR|FRA|LSE|TSE)\s*:\s*[A-Z0-9.]{1,8})(?:\s*[|,/]\s*(?:(?:ISIN|WKN|Ticker|Symbol)\s*:?\s*)?[A-Z0-9.:\s]{2,20})*$/u;

/** Byline and time-stamp lines: "By Jane Doe", "Posted by Staff", "Veröffentlicht am …". */
export const bylineLine = /^(by|von|from|posted|autor(?:in)?:?|author:?|published|veröffentlicht|updated|aktualisiert)\b.{0,120}$/i;
