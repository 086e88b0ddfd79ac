/**
 * Turns a benchmark result into the Markdown tables of `bench/results/latest.md` and docs/performance.md:
 * every figure beside the naive baseline's, and every goal of issue #7 beside its figure.
 */
import type { BenchResult, BuildFigures } from './bench-result.ts';

/** One goal of issue #7 with the figure that decides it. */
export type GoalRow = { goal: string; measured: string; met: 'yes' | 'no' | 'not measured' };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (ours: number | null | undefined, naive: number | null | undefined) => (ours && naive ? (ours / naive).toFixed(2) : '–');
const count = (value: number) => value.toLocaleString('en-US');
const or = <T>(value: T | null | undefined, format: (value: T) => string) => (value === null || value === undefined ? '–' : format(value));

/**
 * Judges each goal of issue #7 on a run. Goals stated for 10,000 articles are judged on the
 * figure measured at the run's size; the row says which size that was, and a full build time is
 * also projected linearly to 10,000.
 */
export function toGoalRows(result: BenchResult): GoalRow[] {
  const { build, incremental, firstSearch, site } = result.ours;
  const at = `at ${count(result.articles)}`;
  const rows: GoalRow[] = [];
  const naiveRatio = result.naive ? build.wallMs / result.naive.build.wallMs : null;
  rows.push({
    goal: '2,000 articles: full build ≤ 0.6 × naive',
    measured: naiveRatio === null ? 'naive skipped' : `${naiveRatio.toFixed(2)} × (${seconds(build.wallMs)} vs ${seconds(result.naive!.build.wallMs)}) ${at}`,
    met: naiveRatio === null ? 'not measured' : naiveRatio <= 0.6 ? 'yes' : 'no',
  });
  const projected = (build.wallMs * 10_000) / result.articles;
  rows.push({ goal: '10,000 articles: full build ≤ 60 s', measured: `${seconds(build.wallMs)} ${at}; linear projection ${seconds(projected)}`, met: projected <= 60_000 ? 'yes' : 'no' });
  const rss = Math.max(build.peakRssBytes ?? 0, build.peakTreeRssBytes);
  rows.push({ goal: '10,000 articles: peak RSS ≤ 2 GiB', measured: `${gib(rss)} ${at}`, met: rss <= 2 * 1024 ** 3 ? 'yes' : 'no' });
  const rate = build.ingestMs ? (result.articles / build.ingestMs) * 1000 : null;
  rows.push({ goal: 'ingest ≥ 1,000 articles/s', measured: rate === null ? 'no ingest line' : `${count(Math.round(rate))} articles/s ${at}`, met: rate === null ? 'not measured' : rate >= 1000 ? 'yes' : 'no' });
  rows.push({
    goal: 'first search ≤ 150 KB transferred',
    measured: firstSearch ? `${kb(firstSearch.gzipBytes)} gzipped (${kb(firstSearch.bytes)} uncompressed, ${firstSearch.requests} requests) ${at}` : 'browser skipped',
    met: firstSearch ? (firstSearch.gzipBytes <= 150 * 1024 ? 'yes' : 'no') : 'not measured',
  });
  rows.push({ goal: 'no page over 100 KB (paginated lists)', measured: `largest ${kb(site.largestPage.bytes)} (${site.largestPage.path}) ${at}`, met: site.largestPage.bytes <= 100 * 1024 ? 'yes' : 'no' });
  const share = incremental.wallMs / build.wallMs;
  rows.push({ goal: 'one changed source: rebuild ≤ 25 % of a full build', measured: `${(share * 100).toFixed(0)} % (${seconds(incremental.wallMs)}) ${at}`, met: share <= 0.25 ? 'yes' : 'no' });
  // A run stops with an error when a build fails (run-builds.ts), so a result of 50,000 or more
  // articles is one whose builds completed.
  rows.push(
    result.articles >= 50_000
      ? {
          goal: '50,000 articles complete without running out of memory',
          measured: `completed ${at}: full build ${seconds(build.wallMs)}, rebuild ${seconds(incremental.wallMs)}, peak RSS ${gib(rss)} of ${gib(result.machine.ramBytes)}`,
          met: 'yes',
        }
      : { goal: '50,000 articles complete without running out of memory', measured: `not run (this run: ${count(result.articles)})`, met: 'not measured' },
  );
  return rows;
}

/** The figures table: Dossier, naive and their ratio per figure. */
export function toFigureRows(result: BenchResult): string[][] {
  const { build, site, incremental, firstSearch, offlineFirstResult } = result.ours;
  const naive = result.naive;
  // Per HTML page the site has: the search step indexes article pages only, so its count is smaller.
  const perPage = (figures: BuildFigures, pages: number) => (figures.siteBuildMs && pages > 0 ? figures.siteBuildMs / pages : null);
  const row = (label: string, ours: number | null | undefined, theirs: number | null | undefined, format: (value: number) => string) => [label, or(ours, format), or(theirs, format), ratio(ours, theirs)];
  return [
    row('full build (wall)', build.wallMs, naive?.build.wallMs, seconds),
    row('ingest per article', build.ingestMs === null ? null : build.ingestMs / result.articles, null, (ms) => `${ms.toFixed(2)} ms`),
    row('site build per page (Astro, without index)', perPage(build, site.htmlPages), naive ? perPage(naive.build, naive.site.htmlPages) : null, (ms) => `${ms.toFixed(2)} ms`),
    row('search indexing', build.indexMs, naive?.build.indexMs, seconds),
    row('peak RSS, largest process', build.peakRssBytes, naive?.build.peakRssBytes, gib),
    row('peak RSS, whole process tree', build.peakTreeRssBytes, naive?.build.peakTreeRssBytes, gib),
    row('pages', site.htmlPages, naive?.site.htmlPages, count),
    row('dist size', site.distBytes, naive?.site.distBytes, mb),
    row('search index size', site.indexBytes, naive?.site.indexBytes, mb),
    row('article page, gzipped median', site.articleGzipMedianBytes, naive?.site.articleGzipMedianBytes, kb),
    row('article page, gzipped max', site.articleGzipMaxBytes, naive?.site.articleGzipMaxBytes, kb),
    row('largest page', site.largestPage.bytes, naive?.site.largestPage.bytes, kb),
    row('first search, gzipped', firstSearch?.gzipBytes, null, kb),
    row('first search, uncompressed', firstSearch?.bytes, null, kb),
    row('first result from file:// (median of 3)', offlineFirstResult?.medianMs, null, (ms) => `${ms} ms`),
    row('rebuild after one changed source', incremental.wallMs, null, seconds),
  ];
}

/** The whole Markdown report: machine line, figures table, goals table. */
export function formatResults(result: BenchResult): string {
  const { machine } = result;
  const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
  const corpus = result.corpus;
  return [
    `Benchmark of ${count(result.articles)} articles (seed ${result.seed}), ${result.date}: ${machine.cpu}, ${machine.cores} cores, ${gib(machine.ramBytes)} RAM, Node ${machine.node}, Astro ${machine.astro}, @astrojs/mdx ${machine.mdx}, Pagefind ${machine.pagefind}. Load average before ${machine.loadAverage.join(' / ')}, after ${result.loadAfter.join(' / ')}.`,
    '',
    `Corpus: ${count(corpus.files)} files (${mb(corpus.bytes)}; ${count(corpus.english)} English, ${count(corpus.german)} German, ${count(corpus.markdown)} Markdown) about ${count(corpus.companies)} companies.`,
    '',
    table(['figure', 'Dossier', 'naive Astro + MDX', 'Dossier / naive'], toFigureRows(result)),
    '',
    table(['goal (issue #7)', 'measured', 'met?'], toGoalRows(result).map((row) => [row.goal, row.measured, row.met])),
    '',
  ].join('\n');
}
