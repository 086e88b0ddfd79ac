/**
 * No link of the site leads to a page that does not exist, for the articles that tend to break
 * links: one about no company the site knows (filed under "unassigned"), one whose main company an
 * override sets to a registry company no article names, and one with a figure an override adds
 * (it has no place in the text to be anchored at).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkLinks } from '../testing/check-links.ts';
import { readSiteFiles } from '../testing/check-links-read.ts';
import { useThrowawaySite } from './throwaway-site.ts';

const samples = join(import.meta.dirname, '../fixtures/samples/sources');

const site = useThrowawaySite({
  name: 'links',
  mount: '/links/',
  buildFlags: (work) => ['--sources', join(work, 'sources'), '--overrides', join(work, 'overrides')],
  prepare: async (work) => {
    cpSync(samples, join(work, 'sources'), { recursive: true });
    writeFileSync(join(work, 'sources/no-company.txt'), 'Markets drift as traders await inflation data\n\nStocks were little changed on Tuesday as traders waited for inflation figures due later in the week. Bond yields rose slightly and the dollar was flat.\n');
    mkdirSync(join(work, 'overrides'));
    writeFileSync(join(work, 'overrides/001_729ec53e779b97e2.txt.yaml'), 'primary: hugging-face\n');
    writeFileSync(join(work, 'overrides/000_bd7816fc1dee6379.txt.yaml'), 'metrics:\n  add:\n    - kind: price_target\n      value: 230\n      unit: USD\n      firm: Jefferies\n      quote: Jefferies lifted its price target to $230.\n');
  },
});

test('articles without a company, with a corrected main company or an added figure link only to pages and anchors that exist', async () => {
  expect(site.build.status, site.build.output.slice(-2000)).toBe(0);
  const files = await readSiteFiles(join(site.work, 'dist'));
  // The three kinds of article are in the site.
  const pages = [...files.pages.keys()];
  expect(pages).toContain('timeline/undated.html');
  expect(files.pages.get('timeline.html')).toContain('unassigned');
  expect([...files.pages.values()].some((html) => html.includes('Jefferies'))).toBe(true);
  expect(checkLinks(files)).toEqual([]);
});
