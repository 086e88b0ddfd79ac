import { describe, expect, test } from 'vitest';
import { findDates } from '../text/find-dates.ts';
import { parsePublicationDate } from './parse-publication-date.ts';

const prose = 'The bank said its profit rose in the quarter, helped by higher interest income.';
const evidence = (footer: string[] = []) => ({ promoDates: [], footerDates: footer.flatMap((line) => findDates(line)), repeatedDates: [], publisher: null });

describe('parsePublicationDate', () => {
  test('a header date line wins over the lead', () => {
    const date = parsePublicationDate({ header: ['Business News | Tue Apr 11, 2017'], body: ['PARIS, April 11 (Reuters) - Shares rose.'], evidence: evidence() });
    expect(date).toMatchObject({ date: '2017-04-11', dateSource: 'byline' });
  });

  test("the lead's dateline with its year", () => {
    const date = parsePublicationDate({ header: [], body: ['TEANECK, N.J., Nov. 2, 2022 /PRNewswire/ -- Cognizant reported results.'], evidence: evidence() });
    expect(date).toMatchObject({ date: '2022-11-02', dateSource: 'dateline' });
  });

  test('a dateline without a year takes it from a footer date of the same day, else stays null', () => {
    const body = ['PARIS, April 11 (Reuters) - Shares rose, as they did in 2016.'];
    expect(parsePublicationDate({ header: [], body, evidence: evidence(['April 11, 2017 10:05 ET']) })).toMatchObject({ date: '2017-04-11', dateSource: 'dateline' });
    expect(parsePublicationDate({ header: [], body, evidence: evidence(['April 12, 2017 10:05 ET']) })).toMatchObject({ date: null, dateSource: 'none' });
    expect(parsePublicationDate({ header: [], body, evidence: evidence() })).toMatchObject({ date: null, dateSource: 'none' });
  });

  test('one footer day dates the article; two different ones do not', () => {
    expect(parsePublicationDate({ header: [], body: [prose], evidence: evidence(['AFA0045 2017-11-07/11:15']) })).toMatchObject({ date: '2017-11-07', dateSource: 'footer' });
    expect(parsePublicationDate({ header: [], body: [prose], evidence: evidence(['07.11.2017', '08.11.2017']) }).date).toBeNull();
  });

  test('a page of data without running text has no publication day', () => {
    expect(parsePublicationDate({ header: ['Stand: 12.04.2024 17:31:02'], body: ['Umsatz: 11.238,2', 'Dividende: 3,30'], evidence: evidence() })).toMatchObject({ date: null, dateSource: 'none' });
  });

  test('a quote time stamp or an event date in the text is no publication day', () => {
    const date = parsePublicationDate({ header: ['Kurs vom 24.05.2024 19:30:57'], body: ['Die Hauptversammlung findet am 12. Juni 2024 statt.'], evidence: evidence() });
    expect(date.date).toBeNull();
  });
});
