import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { compareText } from '../../../src/lib/compare.ts';

const maxSlugLength = 80;

/**
 * Gives every article a unique ASCII slug from its title. When titles collide, the article whose
 * source path sorts first keeps the plain slug and the others get a suffix from their path's hash,
 * so slugs never depend on the order files are read in.
 *
 * @example assignSlugs([{ file: 'a.txt', title: 'Die Aktie fällt' }]) // Map { 'a.txt' => 'die-aktie-faellt' }
 */
export function assignSlugs(items: { file: string; title: string }[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const { file, title } of items) {
    const base = toSlug(title) || toSlug(file.replace(/\.[^.]+$/, '')) || 'article';
    groups.set(base, [...(groups.get(base) ?? []), file]);
  }
  const slugs = new Map<string, string>();
  for (const [base, files] of groups) {
    files.sort(compareText).forEach((file, index) => {
      slugs.set(file, index === 0 ? base : `${base}-${createHash('sha256').update(file).digest('hex').slice(0, 8)}`);
    });
  }
  return slugs;
}

/** Slugifies text and cuts it at a word boundary. */
export function toSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxSlugLength);
}
