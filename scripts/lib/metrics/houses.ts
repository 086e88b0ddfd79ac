/**
 * Analyst houses and the names each goes by, so a house is one `firm` however it is printed
 * ("Citi", "Citigroup", "Citi Research" → Citigroup). A house missing here is still found by its
 * role in the sentence (`find-firms.ts`) and kept as printed.
 */
import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { nameTail } from '../../../src/lib/legal-suffixes.ts';

/** One house: the name `firm` takes, then the other names it is printed under. */
export type House = { name: string; forms: readonly string[] };

/** Well-known houses; a form belongs to one house only. */
export const houses: readonly House[] = [
  { name: 'Citigroup', forms: ['Citi', 'Citi Research', 'Citigroup Global Markets'] },
  { name: 'Goldman Sachs', forms: ['Goldman', 'Goldman Sachs Group'] },
  { name: 'Morgan Stanley', forms: [] },
  { name: 'JPMorgan', forms: ['JPMorgan Chase', 'J.P. Morgan', 'JP Morgan', 'J.P. Morgan Cazenove', 'JPMorgan Cazenove'] },
  { name: 'Bank of America', forms: ['Bank of America Securities', 'BofA', 'BofA Securities', 'BofA Global Research', 'Bank of America Merrill Lynch', 'BofA Merrill Lynch'] },
  { name: 'Merrill Lynch', forms: ['Merrill'] },
  { name: 'Sanford C. Bernstein', forms: ['Sanford Bernstein', 'Bernstein', 'Bernstein Research', 'AllianceBernstein', 'Bernstein SocGen', 'Bernstein Societe Generale'] },
  { name: 'Barclays', forms: ['Barclays Capital'] },
  { name: 'UBS', forms: ['UBS Group'] },
  { name: 'Deutsche Bank', forms: ['Deutsche Bank Research', 'Deutsche Bank Aktiengesellschaft'] },
  { name: 'Credit Suisse', forms: ['Credit Suisse Group'] },
  { name: 'Jefferies', forms: ['Jefferies Financial Group'] },
  { name: 'Mizuho', forms: ['Mizuho Securities'] },
  { name: 'Nomura', forms: ['Nomura Instinet', 'Instinet', 'Nomura Securities'] },
  { name: 'Macquarie', forms: ['Macquarie Capital', 'Macquarie Group'] },
  { name: 'HSBC', forms: ['HSBC Global Research'] },
  { name: 'Wells Fargo', forms: ['Wells Fargo Securities'] },
  { name: 'Evercore ISI', forms: ['Evercore'] },
  { name: 'Piper Sandler', forms: ['Piper Jaffray'] },
  { name: 'Wedbush', forms: ['Wedbush Securities'] },
  { name: 'Baird', forms: ['Robert W. Baird'] },
  { name: 'Berenberg', forms: [] },
  { name: 'Warburg Research', forms: ['M.M. Warburg'] },
  { name: 'DZ Bank', forms: ['DZ-Bank'] },
  { name: 'Commerzbank', forms: [] },
  { name: 'Kepler Cheuvreux', forms: [] },
  { name: 'Oddo BHF', forms: [] },
  { name: 'Hauck Aufhäuser Lampe', forms: ['Hauck & Aufhäuser', 'Hauck Aufhäuser'] },
  { name: 'Bankhaus Metzler', forms: ['Metzler'] },
  { name: 'Raymond James', forms: [] },
  { name: 'RBC Capital Markets', forms: ['RBC Capital', 'RBC', 'Royal Bank of Canada'] },
  { name: 'TD Cowen', forms: ['Cowen'] },
  { name: 'Truist', forms: ['Truist Securities'] },
  { name: 'Needham', forms: ['Needham & Company', 'Needham & Co.'] },
  { name: 'Oppenheimer', forms: [] },
  { name: 'KeyBanc', forms: ['KeyBanc Capital Markets'] },
  { name: 'CLSA', forms: [] },
  { name: 'CICC', forms: [] },
  { name: 'Daiwa', forms: ['Daiwa Securities', 'Daiwa Capital Markets'] },
  { name: 'Redburn Atlantic', forms: ['Redburn'] },
  { name: 'Exane BNP Paribas', forms: ['BNP Paribas Exane', 'BNP Paribas', 'Exane'] },
  { name: 'Independent Research', forms: [] },
  { name: 'LBBW', forms: [] },
  { name: 'Baader Bank', forms: ['Baader'] },
  { name: 'Stifel', forms: ['Stifel Nicolaus'] },
  { name: 'BMO Capital Markets', forms: ['BMO Capital', 'BMO'] },
  { name: 'Cantor Fitzgerald', forms: [] },
  { name: 'Loop Capital', forms: [] },
  { name: 'Rosenblatt', forms: ['Rosenblatt Securities'] },
  { name: 'Morningstar', forms: [] },
  { name: 'Société Générale', forms: ['SocGen', 'Societe Generale'] },
  { name: 'CITIC Securities', forms: [] },
  { name: 'China Renaissance', forms: [] },
  { name: 'Wolfe Research', forms: [] },
  { name: 'Melius Research', forms: [] },
  { name: 'Guggenheim', forms: [] },
  { name: 'Susquehanna', forms: [] },
  { name: 'Erste Group', forms: [] },
  { name: 'NordLB', forms: [] },
  { name: 'Helaba', forms: [] },
  { name: 'Pareto', forms: [] },
  { name: 'Vontobel', forms: [] },
  { name: 'Zürcher Kantonalbank', forms: ['ZKB'] },
  { name: 'Jyske Bank', forms: [] },
  { name: 'Haitong', forms: [] },
  { name: 'Huatai Securities', forms: [] },
  { name: 'Canaccord Genuity', forms: ['Canaccord'] },
  { name: 'B. Riley', forms: ['B. Riley Securities'] },
  { name: 'Bryan Garnier', forms: ['Bryan, Garnier & Co'] },
  { name: 'Octavian', forms: [] },
  { name: 'Mainfirst', forms: [] },
  { name: 'Raiffeisen Centrobank', forms: ['Raiffeisen Research'] },
  { name: 'Kepler Capital Markets', forms: [] },
  { name: 'Bear Stearns', forms: [] },
  { name: 'Wachovia', forms: [] },
  { name: 'Lehman Brothers', forms: ['Lehman'] },
  { name: 'Thomas Weisel', forms: [] },
  { name: 'Wunderlich', forms: ['Wunderlich Securities'] },
  { name: 'Zacks Investment Research', forms: ['Zacks'] },
  { name: 'ValuEngine', forms: [] },
  { name: 'Leerink Partners', forms: ['SVB Leerink', 'Leerink'] },
  { name: 'Pivotal Research', forms: [] },
  { name: 'MWB Research', forms: [] },
];

// A leading adjective takes the German case ending: "der Deutschen Bank".
function inflect(form: string): string {
  return form.replace(/^(\p{Lu}\p{Ll}+e)(?= \p{Lu})/u, '$1n');
}

const byForm = new Map<string, string>();
for (const house of houses) for (const form of [house.name, ...house.forms]) for (const variant of [form, inflect(form)]) byForm.set(toKey(variant), house.name);

// Legal forms may stack ("Needham & Company LLC"), so they are cut until none is left.
function toKey(name: string): string {
  let short = name;
  for (let cut = short.replace(nameTail, '').replace(/\s*&$/, ''); cut !== short && cut !== ''; cut = short.replace(nameTail, '').replace(/\s*&$/, '')) short = cut;
  return short
    .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Every printed form of every house, longest first (a pattern source, escaped). */
export const houseFormsSource = [...houses.flatMap((house) => [house.name, ...house.forms]).flatMap((form) => [form, inflect(form)].filter((variant, index, all) => all.indexOf(variant) === index))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/**
 * The name a firm takes: the house's name where the form is known, else the printed name.
 *
 * @example toHouseName('Citi') // 'Citigroup'
 * @example toHouseName('Hauck & Aufhäuser') // 'Hauck Aufhäuser Lampe'
 * @example toHouseName('Pivotal Research') // 'Pivotal Research'
 */
export function toHouseName(printed: string): string {
  return byForm.get(toKey(printed)) ?? printed;
}
