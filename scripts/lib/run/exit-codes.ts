/**
 * The exit codes of `npm run ingest` and `npm run build`, declared once; `--help` and the README
 * list them.
 */

/** Every source became an article (and the site was built). */
export const okExitCode = 0;

/** Some sources failed; the rest were written (and the site was built from them). */
export const sourcesFailedExitCode = 1;

/** Bad usage: an unknown flag, a missing sources folder, an `--out` or `--dist` that is refused. Nothing was written. */
export const usageExitCode = 2;

/** Another run holds the lock. Nothing was written. */
export const lockedExitCode = 3;

/**
 * The run itself failed, not one source: the company registry or a note is invalid, an override
 * cannot be read, the disk is full. Nothing was written: the articles (and the site) are as they were.
 */
export const runFailedExitCode = 4;

/** The site build failed (Astro or the search index); the previous site was kept. */
export const siteFailedExitCode = 5;
