/**
 * The benchmark corpus: N articles from one seed, ~60 % English and 40 % German, about a pool
 * of generated companies, in the sample page shapes. Pure: the same seed gives the same files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createCompanies, type BenchCompany } from './create-companies.ts';
import { createRandom } from './create-random.ts';
import { generateArticle, type GeneratedArticle } from './generate-article.ts';

/** Corpus settings; the defaults are what `npm run bench` uses. */
export type CorpusOptions = { articles: number; seed?: number; companies?: number };

/** A generated corpus. */
export type Corpus = { companies: BenchCompany[]; articles: GeneratedArticle[] };

/**
 * Generates `articles` articles. Companies are drawn with a skew (a few large caps get many
 * articles, the long tail a few each), as in a real archive.
 *
 * @example generateCorpus({ articles: 3, seed: 1 }).articles.map((a) => a.file) // ['2023/00000_….txt', …]
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = createRandom(options.seed ?? 2026);
  const companies = createCompanies(random, options.companies ?? 200);
  const articles: GeneratedArticle[] = [];
  for (let index = 0; index < options.articles; index++) {
    // Squaring a uniform draw favours the first companies of the list.
    const company = companies[Math.floor(random.next() ** 2 * companies.length)]!;
    const peers = companies.filter((other) => other !== company);
    articles.push(generateArticle(random, index, company, peers));
  }
  return { companies, articles };
}

/** Writes the articles under `dir` (UTF-8, sub-folders by year). */
export async function writeCorpus(dir: string, corpus: Corpus): Promise<void> {
  for (const article of corpus.articles) {
    const path = join(dir, article.file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, article.text);
  }
}
