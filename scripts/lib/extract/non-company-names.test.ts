import { describe, expect, test } from 'vitest';
import { descriptorWord, isNonCompanyName, personTitle } from './non-company-names.ts';

describe('isNonCompanyName', () => {
  test.each(['DAX', 'Dow Jones Industrial Average', 'S&P 500', 'Euro', 'Bitcoin', 'Brent', 'Iraq', 'Hong Kong', 'Asian', 'Reuters', 'dpa-AFX', 'The Motley Fool', 'FactSet', 'Fed', 'Bank of England', 'Top', 'Flop', 'Gewinner', 'Zinsen', 'Welche', 'SE', 'Bank', 'KI', 'Moderate Buy', 'ISIN', 'Wiener Börse', 'ariva.de', 'finanzen.net'])(
    '%s is no company',
    (name) => expect(isNonCompanyName(name)).toBe(true),
  );

  test.each(['Dollar General', 'American Water Works', 'Anglo American', 'Deutsche Bank', 'Bank of America', 'Goldman Sachs', 'SAP', 'Next', 'Amazon.com'])('%s may be one', (name) => {
    expect(isNonCompanyName(name)).toBe(false);
  });
});

describe('personTitle and descriptorWord', () => {
  test.each(['Fed-Chef', 'Konzernchef', 'CEO', 'Governor', 'Chief', 'Analyst', 'Finanzminister'])('%s is a title', (word) => expect(personTitle.test(word)).toBe(true));
  test.each(['Rival', 'Stromkonzern', 'Investmenthaus', 'US-Bank', 'Chipkonzerns', 'Sportwagenbauer', 'Leitindex', 'Börsenbarometer', 'Spitzenreiter', 'Schlusslicht', 'Indexschwergewicht'])('%s describes a company', (word) => expect(descriptorWord.test(word)).toBe(true));
  test.each(['Commerzbank', 'Siemens', 'Goldman'])('%s is a name', (word) => expect(descriptorWord.test(word)).toBe(false));
});
