import { describe, expect, test } from 'vitest';
import { defaultSiteConfigFile, parseSiteConfig, resolveSiteConfigFile, siteConfigSchema } from './site-config.ts';

describe('site configuration', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./site-config.ts')).sort()).toEqual(['defaultSiteConfigFile', 'interfaceLanguages', 'parseSiteConfig', 'resolveSiteConfigFile', 'siteConfigSchema', 'siteConfigVariable']);
  });

  test('takes every default from an empty file, and hides source file names', () => {
    expect(parseSiteConfig('')).toEqual({ name: 'Dossier', description: 'Company research from news articles.', footer: 'Dossier: company research from news articles.', language: 'en', showSourceFiles: false });
    expect(parseSiteConfig('# only comments\n')).toEqual(parseSiteConfig(''));
  });

  test('reads each field', () => {
    const config = parseSiteConfig('name: "  Nordlicht Research "\ndescription: Notes on Nordic stocks.\nfooter: Internal use only.\nlanguage: en\nshowSourceFiles: true\n');
    expect(config).toEqual({ name: 'Nordlicht Research', description: 'Notes on Nordic stocks.', footer: 'Internal use only.', language: 'en', showSourceFiles: true });
  });

  test.each([
    ['a misspelt field', 'showSourcefiles: true\n', /Invalid site configuration content\/site.yaml[\s\S]*\(root\): Unrecognized key: "showSourcefiles"/],
    ['an interface language it has no words for', 'language: de\n', /language: expected "en": the interface has no words in other languages yet/],
    ['a yes that is not a boolean', 'showSourceFiles: "yes"\n', /showSourceFiles: Invalid input: expected boolean/],
    ['an empty name', 'name: ""\n', /name: Too small/],
    ['broken YAML', 'name: [\n', /content\/site.yaml is not valid YAML/],
    ['a list instead of fields', '- name: x\n', /Invalid site configuration/],
  ])('refuses %s, naming the file and the field', (_, text, message) => {
    expect(() => parseSiteConfig(text)).toThrow(message);
  });

  test('is found at content/site.yaml unless DOSSIER_SITE_CONFIG names another file', () => {
    expect(resolveSiteConfigFile({})).toBe(defaultSiteConfigFile);
    expect(resolveSiteConfigFile({ DOSSIER_SITE_CONFIG: ' /tmp/site.yaml ' })).toBe('/tmp/site.yaml');
    expect(Object.keys(siteConfigSchema.shape)).toEqual(['name', 'description', 'footer', 'language', 'showSourceFiles']);
  });
});
