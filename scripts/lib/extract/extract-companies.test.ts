import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from '../../../src/lib/companies.ts';
import { extractCompanies } from './extract-companies.ts';
import { extractIdentifiers } from './extract-identifiers.ts';

function companiesOf(title: string, paragraphs: string[], registryYaml = '') {
  const identifiers = extractIdentifiers([title, ...paragraphs].join('\n'));
  return extractCompanies({ title, paragraphs, identifierText: '', identifiers }, { registry: parseCompanyRegistry(registryYaml) });
}

describe('extractCompanies without a registry', () => {
  test('a German "-Aktie" article gets its company as primary', () => {
    const found = companiesOf('Siemens Energy-Aktie zieht kräftig an', [
      'Die Siemens Energy-Aktie legte am Dienstag um 5 Prozent zu.',
      'Siemens Energy profitiert vom Boom bei Netztechnik. Die Deutsche Bank hebt das Kursziel auf 120 Euro.',
    ]);
    expect(found.primary).toBe('siemens-energy');
    expect(found.companies.map((c) => c.id)).toContain('siemens-energy');
  });

  test('"Name (NASDAQ: X)" and legal suffixes name companies; the analyst house is not primary', () => {
    const found = companiesOf('Chipmaker beats estimates', [
      'Nvidia Corp. (NASDAQ: NVDA) reported record revenue on Wednesday.',
      'Morgan Stanley has raised its price target on Nvidia to $210. Nvidia shares rose 3%.',
    ]);
    expect(found.primary).toBe('nvidia');
    expect(found.companies.find((c) => c.id === 'morgan-stanley')).toMatchObject({ name: 'Morgan Stanley' });
  });

  test('segments named "... Group" are not companies unless the bare name stands alone', () => {
    const found = companiesOf('Results', [
      'Alibaba Group (NYSE: BABA) grew. The Taobao and Tmall Group posted a 12% increase.',
      "Alibaba's Cloud Intelligence Group grew 18%. Alibaba expanded.",
    ]);
    expect(found.companies.map((c) => c.id)).toEqual(['alibaba']);
  });

  test('initials do not split a firm: "Sanford C. Bernstein" and "Sanford Bernstein" are one', () => {
    const found = companiesOf('Targets', [
      'Sanford C. Bernstein has lowered its price target to $190.',
      'Sanford Bernstein hat das Kursziel auf 190 US-Dollar gesenkt.',
    ]);
    expect(found.companies.filter((c) => c.id.includes('bernstein'))).toHaveLength(1);
  });
});

describe('extractCompanies with a registry', () => {
  const registry = '- id: meta\n  name: Meta Platforms\n  aliases: [Meta, Facebook parent]\n';
  test('aliases merge, German genitive counts as a mention', () => {
    const found = companiesOf('Meta nutzt Qwen', ['Meta Platforms setzt auf Qwen.', 'Metas Projekt und der Facebook parent.'], registry);
    expect(found.companies).toEqual([expect.objectContaining({ id: 'meta', name: 'Meta Platforms', mentions: 4 })]);
    expect(found.primary).toBe('meta');
  });

  test('an article about no company has no primary', () => {
    expect(companiesOf('Markets calm', ['Stocks were little changed in quiet trading today.']).primary).toBeNull();
  });
});

describe('extractCompanies: the primary company', () => {
  test("a round-up's first entry when no company dominates; a ticker in brackets is no second mention", () => {
    const found = companiesOf('Upgrades and Downgrades', ['Bank of America', '(BAC) - Get Report', 'Goldman reinstated coverage with a Buy rating.', 'CBS', '(CBS) - Get Report', 'cut to Hold from Buy at Deutsche Bank.']);
    expect(found.primary).toBe('bank-of-america');
    expect(found.companies.find((c) => c.id === 'cbs')?.mentions).toBe(1);
  });

  test("the headline's first company, when two are named as often", () => {
    const found = companiesOf('BASF, Bayer-Aktie: Ohne jede Wirkung!', ['Die BASF-Aktie fiel. Bayer schwächelt.', 'Bayer hat mehr verloren als BASF, sagt Bayer.']);
    expect(found.primary).toBe('basf');
  });

  test('an adverb before a German verb is no analyst house', () => {
    const found = companiesOf('Bayer-Aktie fällt', ['Stattdessen hat Bayer das Kursziel verfehlt.', 'Die Bayer-Aktie fiel.']);
    expect(found.companies.map((c) => c.id)).toEqual(['bayer']);
  });
});

describe('extractCompanies on round-ups', () => {
  test('rows of a movers table are companies, cells broken over two lines too', () => {
    const found = companiesOf('Index roundup: winners and losers', ['Top risers | Percentage change |', 'Alpha Minerals |', '+3.90 |', 'Beta Foods | +3.13 |', 'Gamma Homes | -2.75 |']);
    expect(found.companies.map((c) => c.id)).toEqual(['alpha-minerals', 'beta-foods', 'gamma-homes']);
  });

  test('when no company dominates a round-up, the first one listed is primary', () => {
    const found = companiesOf('Weekly roundup of risers and fallers', [
      'Alpha Minerals Plc (LON: ALM): Shares of the miner rose 5.20% to GBX 2,831.',
      'Beta Foods Plc (LON: BFD): Shares of the grocer fell 3.63%. Beta Foods Plc (LON: BFD): The grocer rose 5.37%.',
      'Gamma Homes Plc (LON: GHM): Shares of the builder rose 6.29%.',
    ]);
    expect(found.primary).toBe('alpha-minerals');
  });

  test('a company named clearly more often than the rest stays primary', () => {
    const found = companiesOf('Market report', ['Beta Foods rose 3 per cent. Alpha Minerals fell 2 per cent. Gamma Homes rose 1 per cent.', 'Beta Foods said sales grew. Beta Foods shares hit a record. Beta Foods expects more.']);
    expect(found.primary).toBe('beta-foods');
  });
});

describe('extractCompanies: ratings, headings and tickers', () => {
  test('the company a rating is for, a brand in lower case included', () => {
    const found = companiesOf('Analysten-Einstufungen', [
      'Das Analysehaus Independent Research hat die Einstufung für adidas auf "Kaufen" belassen.',
      'Die Investmentbank Exane BNP Paribas hat das Kursziel für Air Liquide von 137 auf 135 Euro gesenkt.',
    ]);
    expect(found.companies.map((c) => c.id)).toEqual(expect.arrayContaining(['adidas', 'air-liquide']));
  });

  test('a section heading naming the company its paragraph opens with', () => {
    const found = companiesOf('Upgrades: A Mixed Blessing', ['Zentrix: Breaking Expectations', 'Zentrix was recently upgraded to Outperform.']);
    expect(found.companies.map((c) => c.id)).toContain('zentrix');
  });

  test('a bare ticker is the one company whose name it abbreviates', () => {
    const found = companiesOf('Upgrades', ['Zentrix Vision: Strong Year', 'Zentrix Vision was upgraded to Buy by a broker.', 'ZVSN shares yield 3.8%.']);
    expect(found.companies.map((c) => c.id)).toEqual(['zentrix-vision']);
    expect(found.companies[0]!.mentions).toBe(3);
  });
});

describe('extractCompanies: a unit named after its company', () => {
  test('the company with a legal form is primary over its unit of the same name', () => {
    const found = companiesOf('Zentrix Sports sees early shipments boost Q3', ['Zentrix Inc. said its Zentrix Sports unit shipped early.', 'Zentrix Sports sales rose. Zentrix Sports grew again.']);
    expect(found.primary).toBe('zentrix');
  });

  test('or when the text calls the longer name its unit', () => {
    const found = companiesOf('Zentrix Sports sees early shipments boost Q3', ['Zentrix said its Zentrix Sports unit shipped early. Zentrix shares rose 2%.', 'Zentrix Sports sales rose. Zentrix Sports grew again.']);
    expect(found.primary).toBe('zentrix');
  });

  test('a longer name the text never calls a unit stays the company', () => {
    const found = companiesOf('Zentrix Electronics profit jumps', ['Zentrix Electronics said profit rose.', 'Zentrix shares rose 1%.']);
    expect(found.primary).toBe('zentrix-electronics');
  });
});

describe('extractCompanies: digest headlines and names with "+"', () => {
  test('a headline listing several names gives no bonus; the body decides', () => {
    const found = companiesOf('Updates zu Zentrix, Airbus, Allianz, Commerzbank und Deutsche Bank', [
      'JPMorgan hat das Kursziel für Brauwerk nach Zahlen gesenkt.',
      'Exane hat das Kursziel für Brauwerk gesenkt.',
      'Independent Research hat die Einstufung für Zentrix belassen.',
      'Oddo hat die Einstufung für Adva belassen.',
    ]);
    expect(found.primary).toBe('brauwerk');
  });

  test('"M+W" is one name', () => {
    const found = companiesOf('M+W-Aktie: Anleger warten ab', ['Die M+W-Aktie fiel um 3 Prozent. M+W senkt die Dividende.']);
    expect(found.primary).toBe('m-w');
    expect(found.companies[0]!.name).toBe('M+W');
  });
});

describe('extractCompanies: people', () => {
  test('a person introduced by a title is no company when named by surname later', () => {
    const found = companiesOf('Zentrix Stock Scores New Buy Rating', ['Zentrix (NYSE:ZTX) is climbing after Bank of America analyst Robert Ohmes upgraded the shares.', 'Ohmes lifted his price target for ZTX stock to $135.']);
    expect(found.companies.map((c) => c.id)).not.toContain('ohmes');
    expect(found.primary).toBe('zentrix');
  });
});

describe('extractCompanies: camel-case brands and qualified moves', () => {
  test('a brand with a capital inside after a longer lower-case start, and "mit einem deutlichen Rückgang von"', () => {
    const found = companiesOf('Börsentag', ['Schlusslicht war flatexWERT (-7,72%). Zentrix mit einem deutlichen Rückgang von -6,72%.']);
    expect(found.companies.map((c) => c.name)).toEqual(expect.arrayContaining(['flatexWERT', 'Zentrix']));
  });
});

describe('extractCompanies: a repeated sentence subject', () => {
  test('a name doing what companies do, twice, is a company; once is not enough', () => {
    expect(companiesOf('Results', ['Zentrix reported higher sales. Zentrix has raised its outlook.']).companies.map((c) => c.id)).toContain('zentrix');
    expect(companiesOf('Results', ['Quorvo reported higher sales.']).companies.map((c) => c.id)).toEqual([]);
  });
});
