/**
 * The ingest report: every file under `--sources` appears in exactly one of `articles`, `failed`,
 * `skipped` and `duplicates`. `warnings` are about the run rather than one source (an override
 * whose source is gone, a lock taken over); `reused` counts sources taken from the cache.
 */
export type Report = {
  articles: { source: string; output: string; warnings: string[] }[];
  failed: { source: string; reason: string }[];
  skipped: { source: string; reason: string }[];
  duplicates: { source: string; duplicateOf: string }[];
  warnings: string[];
  reused: number;
};

/** Starts an empty report. */
export function createReport(): Report {
  return { articles: [], failed: [], skipped: [], duplicates: [], warnings: [], reused: 0 };
}

/** Serialises the report as the `--report` JSON contract (stable key order, sorted by source). */
export function toReportJson(report: Report): string {
  const bySource = <T extends { source: string }>(list: T[]) => [...list].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const { articles, failed, skipped, duplicates, warnings, reused } = report;
  return `${JSON.stringify({ articles: bySource(articles), failed: bySource(failed), skipped: bySource(skipped), duplicates: bySource(duplicates), warnings, reused }, null, 2)}\n`;
}

/** The exit code a run ends with: 0 when every source became an article, 1 when any failed. */
export function toExitCode(report: Report): 0 | 1 {
  return report.failed.length > 0 ? 1 : 0;
}

/** Lines that name each failed and skipped file with its reason, for the terminal. */
export function formatProblems(report: Report): string[] {
  return [
    ...report.failed.map((f) => `failed  ${f.source}: ${f.reason}`),
    ...report.skipped.map((s) => `skipped ${s.source}: ${s.reason}`),
    ...report.duplicates.map((d) => `duplicate ${d.source}: same bytes as ${d.duplicateOf}; only that one is an article`),
    ...report.warnings.map((warning) => `warning ${warning}`),
  ];
}
