/**
 * The readers the HTML benchmark compares, each one page's bytes in, its main text, title and
 * day out, with the time the reading took. Dossier's is the read stage as ingest runs it
 * (`toSourceText`: decoding, then the HTML reader); title and day are those of the analysed
 * article (`analyseArticle`, untimed), so a date the text gives counts as well as page metadata.
 * Mozilla Readability runs on linkedom's DOM, on text decoded the way Dossier decodes it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyseArticle } from '../../lib/analyse-article.ts';
import { decodeText } from '../../lib/read/decode-text.ts';
import { sniffCharset } from '../../lib/read/sniff-charset.ts';
import { toSourceText } from '../../lib/read/to-source-text.ts';

/** What a reader made of one page; `text: null` when it reported the page failed. */
export type ReaderResult = { text: string | null; title: string | null; date: string | null; ms: number };

/** A reader under test. */
export type HtmlReader = (bytes: Uint8Array) => ReaderResult;

/**
 * Dossier's read stage on one saved page.
 *
 * @example readWithDossier(bytes).text // 'Siemens AG shares rose …'
 */
export function readWithDossier(bytes: Uint8Array): ReaderResult {
  const start = performance.now();
  const read = toSourceText('page.html', bytes);
  const ms = performance.now() - start;
  if (!read.ok) return { text: null, title: null, date: null, ms };
  const analysed = analyseArticle({ file: 'page.html', sha256: '0'.repeat(64), text: read.text, hints: read.hints, warnings: read.warnings }, { registry: [] });
  const title = analysed.ok ? analysed.article.title : (read.hints?.title ?? null);
  const date = analysed.ok ? analysed.article.date : (read.hints?.published ?? null);
  return { text: read.text, title, date, ms };
}

/**
 * Mozilla Readability 0.6 with linkedom on one saved page: `textContent`, `title` and
 * `publishedTime` of its `parse()`; null text when it finds no article.
 */
export function readWithReadability(bytes: Uint8Array): ReaderResult {
  const start = performance.now();
  const decoded = decodeText(bytes, { charset: sniffCharset(bytes) });
  if (!decoded.ok) return { text: null, title: null, date: null, ms: performance.now() - start };
  let article: ReturnType<Readability['parse']> = null;
  try {
    const { document } = parseHTML(decoded.text);
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  const ms = performance.now() - start;
  if (!article?.textContent?.trim()) return { text: null, title: null, date: null, ms };
  return { text: article.textContent, title: article.title ?? null, date: article.publishedTime ?? null, ms };
}

/** The readers by the names `--reader` takes. */
export const htmlReaders: Record<string, HtmlReader> = { dossier: readWithDossier, readability: readWithReadability };
