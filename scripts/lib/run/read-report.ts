import { readFileSync } from 'node:fs';
import { createReport, type Report } from './report.ts';

/** Path of the report `npm run build` always writes: beside the articles folder, `content/articles.report.json`. */
export function toReportFile(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.report.json`;
}

/**
 * Reads an ingest report written by `toReportJson`; fields an older report lacks get their empty
 * value. Null when the file is missing or is not a report (ingest stopped before writing it).
 */
export function readReport(file: string): Report | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as Report).articles)) return null;
  return { ...createReport(), ...(data as Partial<Report>) };
}
