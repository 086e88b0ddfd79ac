import { describe, expect, test } from 'vitest';
import { parse } from 'parse5';
import { findPageTitle, stripSiteName, type PageHeading } from './find-page-title.ts';
import type { PageMeta } from './read-page-meta.ts';
import type { HtmlElement } from './html-node.ts';

const h1 = parse('<h1>x</h1>').childNodes[0] as HtmlElement;
const heading = (text: string, fields: Partial<PageHeading> = {}): PageHeading => ({ element: h1, text, level: 1, inArticle: true, index: 5, ...fields });
const meta = (values: Record<string, string>, fields: Partial<PageMeta> = {}): PageMeta => ({ values: new Map(Object.entries(values)), linked: {}, ...fields });

describe('stripSiteName', () => {
  test.each([
    ['Alibaba rises | Example News', {}, 'Alibaba rises'],
    ['Local News | Brothel raid in the harbour district', {}, 'Brothel raid in the harbour district'],
    ['Netzpolitik als Wahlkampfthema - Netz Für Alle', { url: 'https://netzfueralle.example.org/x' }, 'Netzpolitik als Wahlkampfthema'],
    // A dash that is part of the headline stays.
    ['Leasing oder Finanzierung – was lohnt sich mehr?', { url: 'https://www.finanz.example/x' }, 'Leasing oder Finanzierung – was lohnt sich mehr?'],
  ])('%s → %s', (title, fields, stripped) => {
    expect(stripSiteName(title, fields)).toBe(stripped);
  });
});

describe('findPageTitle', () => {
  test('the heading the metadata names wins, printed', () => {
    expect(findPageTitle(meta({ 'og:title': 'Siemens raises outlook' }), [heading('Menu', { inArticle: false, index: 1 }), heading('Siemens raises outlook')], 6)).toEqual({ title: 'Siemens raises outlook', heading: h1 });
  });

  test('a heading printing the metadata title after a kicker gives the title without it', () => {
    expect(findPageTitle(meta({ 'og:title': 'Nervenkrieg geht in die nächste Runde' }), [heading('Brexit Nervenkrieg geht in die nächste Runde')], 6)?.title).toBe('Nervenkrieg geht in die nächste Runde');
  });

  test('the article\'s own headline beats metadata that names no heading', () => {
    expect(findPageTitle(meta({ 'og:title': 'Brexit: Nervenkrieg geht weiter' }), [heading('Der Nervenkrieg um den Brexit geht in die nächste Runde')], 6)?.title).toBe('Der Nervenkrieg um den Brexit geht in die nächste Runde');
  });

  test('without headings, the metadata title without the site name; without either, none', () => {
    expect(findPageTitle(meta({}, { pageTitle: 'Port strike ends | Harbour Gazette' }), [], -1)).toEqual({ title: 'Port strike ends', heading: null });
    expect(findPageTitle(meta({}), [], -1)).toBeNull();
  });
});
