/**
 * Reads trafilatura's evaluation set from a checkout of its repository: `tests/evaldata.json`
 * (per page: snippets the main text must and must not contain, and where given the title and
 * day) and the saved pages in `tests/cache/` or `tests/eval/` (looked up in that order, as
 * trafilatura's own `eval_common.resolve` does). The pages stay in the checkout; nothing of them
 * is copied into this repository.
 */
import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { franc } from 'franc-min';

/** One annotated page of the set, with the labels the benchmark groups by. */
export type EvalPage = {
  url: string;
  file: string;
  bytes: Uint8Array;
  with: string[];
  without: string[];
  title: string | null;
  date: string | null;
  /** Language of the page's annotated snippets (franc-min): the set mixes a dozen. */
  lang: 'en' | 'de' | 'other';
  /** True when the page's markup calls it a news article (schema.org `NewsArticle` or a subtype). */
  news: boolean;
  /** `tune` pages may be looked at while developing the reader, `test` pages are only scored. */
  half: 'tune' | 'test';
};

type Annotation = { file?: unknown; with?: unknown; without?: unknown; title?: unknown; date?: unknown };

const newsArticle = /["']@type["']\s*:\s*(?:\[\s*)?["'](?:\w*NewsArticle|ReportageNewsArticle)["']|schema\.org\/(?:\w*)NewsArticle/;

/**
 * Loads every page of the set; throws, naming the file, when `dir` is no trafilatura checkout.
 *
 * @example (await readEvalSet('/work/ext/trafilatura')).length // 990
 */
export async function readEvalSet(dir: string): Promise<EvalPage[]> {
  const tests = join(dir, 'tests');
  const dataFile = join(tests, 'evaldata.json');
  let annotations: Record<string, Annotation>;
  try {
    annotations = JSON.parse(await readFile(dataFile, 'utf8')) as Record<string, Annotation>;
  } catch (error) {
    throw new Error(`Cannot read ${dataFile}; pass --eval the folder of a trafilatura checkout (git clone of adbar/trafilatura)`, { cause: error });
  }
  const pages: EvalPage[] = [];
  for (const url of Object.keys(annotations).sort()) {
    const item = annotations[url]!;
    const file = String(item.file);
    const path = await resolvePage(tests, file);
    if (path === null) throw new Error(`${dataFile}: the page "${file}" of ${url} is in neither tests/cache nor tests/eval; check out the whole repository`);
    const bytes = new Uint8Array(await readFile(path));
    const withs = toStrings(item.with);
    const withouts = toStrings(item.without);
    const detected = franc([...withs, ...withouts].join('\n'), { minLength: 3 });
    pages.push({
      url,
      file,
      bytes,
      with: withs,
      without: withouts,
      title: typeof item.title === 'string' && item.title.trim() !== '' ? item.title : null,
      date: typeof item.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item.date) ? item.date : null,
      lang: detected === 'deu' ? 'de' : detected === 'eng' ? 'en' : 'other',
      news: newsArticle.test(new TextDecoder('windows-1252').decode(bytes)),
      half: toHalf(url),
    });
  }
  return pages;
}

/**
 * The half of the set a page falls in, fixed by its address alone (first byte of its SHA-1), so
 * the split is the same on every machine and for every version of the set.
 *
 * @example toHalf('https://example.com/') // 'tune' or 'test', always the same
 */
export function toHalf(url: string): 'tune' | 'test' {
  return createHash('sha1').update(url).digest()[0]! % 2 === 0 ? 'tune' : 'test';
}

async function resolvePage(tests: string, file: string): Promise<string | null> {
  for (const folder of ['cache', 'eval']) {
    const path = join(tests, folder, file);
    try {
      await access(path);
      return path;
    } catch {
      // not in this folder; try the next
    }
  }
  return null;
}

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}
