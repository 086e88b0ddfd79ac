/**
 * The shape of one benchmark run, as written to `bench/results/<date>-<N>.json`.
 */
import type { FirstSearch } from './measure/measure-first-search.ts';
import type { MachineInfo } from './measure/machine-info.ts';
import type { OfflineFirstResult } from './measure/measure-offline-first-result.ts';
import type { SiteSizes } from './measure/measure-site.ts';

/** One timed build: wall time, memory and where the time went. */
export type BuildFigures = {
  exitCode: number;
  wallMs: number;
  /** Largest single process (GNU time), bytes; null without /usr/bin/time. */
  peakRssBytes: number | null;
  /** Largest sum over the process tree at one poll, bytes. */
  peakTreeRssBytes: number;
  /** Ingest as it reports itself (Dossier only). */
  ingestMs: number | null;
  /** Astro build without the search index. */
  siteBuildMs: number | null;
  /** Search indexing. */
  indexMs: number | null;
  pages: number | null;
};

/** Everything one run measured. */
export type BenchResult = {
  date: string;
  articles: number;
  seed: number;
  machine: MachineInfo;
  /** Load average (1, 5, 15 min) when the run ended: other work on the machine skews the figures. */
  loadAfter: number[];
  corpus: { files: number; bytes: number; english: number; german: number; markdown: number; companies: number };
  ours: {
    build: BuildFigures;
    site: SiteSizes;
    incremental: BuildFigures;
    firstSearch: FirstSearch | null;
    /** Time to the first result from file:// (absent in results written before it was added). */
    offlineFirstResult?: OfflineFirstResult | null;
  };
  naive: { build: BuildFigures; site: SiteSizes } | null;
};
