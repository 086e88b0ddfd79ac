/**
 * Word lists and sentence frames the corpus generator fills in. Filler sentences carry no
 * figures, so every figure in a generated article is one the generator planted.
 */

/** Analyst houses the pipeline knows by name (a subset of `scripts/lib/metrics/firms.ts`). */
export const firms = ['Morgan Stanley', 'Goldman Sachs', 'JPMorgan', 'Barclays', 'UBS', 'Deutsche Bank', 'Jefferies', 'Citigroup', 'Bank of America', 'Berenberg', 'Warburg Research', 'DZ Bank', 'Wedbush', 'Bernstein', 'Mizuho', 'Baader Bank', 'Kepler Cheuvreux', 'RBC Capital Markets', 'Stifel', 'Evercore ISI'];

/** Rating labels as English and German pages print them. */
export const ratings = { en: ['Buy', 'Outperform', 'Overweight', 'Neutral', 'Hold', 'Underweight', 'Sell'], de: ['Kaufen', 'Halten', 'Verkaufen', 'Buy', 'Neutral', 'Overweight'] } as const;

export const cities = { en: ['NEW YORK', 'LONDON', 'FRANKFURT', 'HONG KONG', 'SAN FRANCISCO', 'BERLIN', 'MUNICH', 'CHICAGO'], de: ['FRANKFURT', 'MÜNCHEN', 'BERLIN', 'HAMBURG', 'STUTTGART', 'DÜSSELDORF', 'KÖLN'] } as const;

export const reporters = ['Anna Keller', 'Marcus Hale', 'Priya Raman', 'Jonas Weber', 'Lena Hoffmann', 'David Ortiz', 'Sophie Brandt', 'Tom Whitaker', 'Mei Lin', 'Felix Braun'];

export const weekdays = { en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'] } as const;

export const monthNames = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
} as const;

export const quarters = { en: ['first', 'second', 'third', 'fourth'], de: ['ersten', 'zweiten', 'dritten', 'vierten'] } as const;

/** Slot fillers for filler sentences: topics, places, product words. */
export const topics = {
  en: ['cloud computing', 'data centres', 'electric vehicles', 'industrial automation', 'consumer electronics', 'generic drugs', 'wind turbines', 'payment services', 'freight logistics', 'chip packaging', 'battery storage', 'medical devices', 'online advertising', 'specialty chemicals', 'cybersecurity', 'satellite links', 'hydrogen electrolysers', 'insurance pricing', 'grocery delivery', 'factory software'],
  de: ['Cloud-Dienste', 'Rechenzentren', 'Elektroautos', 'Industrieautomation', 'Unterhaltungselektronik', 'Generika', 'Windkraftanlagen', 'Zahlungsdienste', 'Frachtlogistik', 'Halbleiter', 'Batteriespeicher', 'Medizintechnik', 'Onlinewerbung', 'Spezialchemie', 'Cybersicherheit', 'Satellitenfunk', 'Wasserstoff', 'Versicherungstarife', 'Lebensmittellieferung', 'Fabriksoftware'],
} as const;

export const regions = {
  en: ['Europe', 'China', 'the United States', 'Southeast Asia', 'Latin America', 'the Middle East', 'India', 'Japan', 'Scandinavia', 'Eastern Europe'],
  de: ['Europa', 'China', 'den USA', 'Südostasien', 'Lateinamerika', 'dem Nahen Osten', 'Indien', 'Japan', 'Skandinavien', 'Osteuropa'],
} as const;

export const concerns = {
  en: ['higher interest rates', 'weaker consumer demand', 'supply chain delays', 'tighter regulation', 'currency swings', 'rising wage costs', 'trade tariffs', 'competition from cheaper rivals', 'a slower order intake', 'energy prices'],
  de: ['höhere Zinsen', 'eine schwächere Nachfrage', 'Lieferengpässe', 'strengere Regulierung', 'Währungsschwankungen', 'steigende Lohnkosten', 'Handelszölle', 'günstigere Konkurrenten', 'einen schwächeren Auftragseingang', 'hohe Energiepreise'],
} as const;

/**
 * Filler frames: `{co}` the company, `{peer}` another company, `{topic}`, `{region}`, `{concern}`,
 * `{product}` an invented product name. No frame holds a number.
 */
export const fillerFrames = {
  en: [
    'Management said demand for {topic} in {region} remained solid, although {concern} weighed on the outlook.',
    'Investors have been watching whether {co} can turn its push into {topic} into lasting profits.',
    'The company launched {product}, a new line aimed at customers in {region}.',
    'Rivals such as {peer} have also stepped up their spending on {topic}.',
    'Some fund managers remain cautious, pointing to {concern} and an uncertain recovery in {region}.',
    'Executives told analysts on the call that {product} was winning orders faster than planned.',
    'The results come after a difficult stretch in which {concern} hurt margins across the industry.',
    '{co} has reorganised its business in {region} and folded several units into one division.',
    'Industry observers expect consolidation in {topic}, with {peer} often named as a possible partner.',
    'The chief executive said the group would keep investing in {topic} even if {concern} persists.',
    'Customers in {region} have been slower to adopt {product} than the company had hoped.',
    'A spokesperson declined to comment on reports about talks with {peer}.',
    'The firm also said it would simplify its reporting and publish segment data for {topic}.',
    'Trading volumes were heavier than usual as investors weighed the outlook for {topic}.',
  ],
  de: [
    'Das Management sprach von einer stabilen Nachfrage nach {topic} in {region}, auch wenn {concern} den Ausblick trüben.',
    'Anleger fragen sich, ob {co} mit dem Ausbau von {topic} dauerhaft Geld verdienen kann.',
    'Der Konzern brachte mit {product} eine neue Produktlinie für Kunden in {region} auf den Markt.',
    'Auch Konkurrenten wie {peer} investieren verstärkt in {topic}.',
    'Einige Fondsmanager bleiben vorsichtig und verweisen auf {concern} sowie eine unsichere Erholung in {region}.',
    'In der Telefonkonferenz hieß es, {product} gewinne schneller Aufträge als geplant.',
    'Die Zahlen folgen auf eine schwierige Phase, in der {concern} die Margen der ganzen Branche belastet haben.',
    '{co} hat das Geschäft in {region} neu geordnet und mehrere Einheiten zusammengelegt.',
    'Branchenkenner rechnen mit einer Konsolidierung bei {topic}; als möglicher Partner wird häufig {peer} genannt.',
    'Der Vorstandschef kündigte an, weiter in {topic} zu investieren, selbst wenn {concern} anhalten.',
    'Kunden in {region} greifen bislang zögerlicher zu {product} als erhofft.',
    'Ein Sprecher wollte Berichte über Gespräche mit {peer} nicht kommentieren.',
    'Außerdem will das Unternehmen seine Berichterstattung vereinfachen und Zahlen für {topic} getrennt ausweisen.',
    'Der Handel in der Aktie war lebhafter als üblich, weil Anleger die Aussichten für {topic} abwägen.',
  ],
} as const;

export const headingFrames = {
  en: ['Analysts weigh the outlook', 'Focus on {topic}', 'What investors watch next', 'Pressure from {concern}', 'Growth in {region}', 'The numbers'],
  de: ['Analysten uneins', 'Fokus auf {topic}', 'Worauf Anleger achten', 'Belastung durch {concern}', 'Wachstum in {region}', 'Die Zahlen'],
} as const;

export const headlineFrames = {
  en: ['{co} Shares Move as Analysts Reassess {topic} Outlook', '{co} beats estimates as demand for {topic} grows', '{co} cuts costs amid {concern}', 'Why {co} Stock Is in Focus After Its Latest Results', '{co} bets on {topic} in {region}'],
  de: ['{co}-Aktie: Analysten bewerten {topic} neu', '{co}: Zahlen übertreffen Erwartungen', '{co} spart wegen {concern}', '{co}-Aktie im Fokus: Das sagen die Analysten', '{co} setzt auf {topic} in {region}'],
} as const;
