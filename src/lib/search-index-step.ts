/**
 * Who builds the search index: Astro's build (the `articleSearch` integration) or `npm run build`
 * after Astro has exited.
 *
 * `npm run build` indexes after Astro, so the indexer's memory (1.8 GB at 10,000 pages) does not
 * add to that of an Astro process that is done but still holds its heap. A plain `astro build`
 * still indexes by itself. Environment-neutral: takes the environment as an argument.
 */

/** Environment variable with which `npm run build` tells Astro to leave the index to it. */
export const indexAfterAstroVariable = 'DOSSIER_INDEX_AFTER_ASTRO';

/** Tells whether Astro's build should build the search index itself. */
export function isIndexedByAstro(env: Record<string, string | undefined>): boolean {
  return env[indexAfterAstroVariable] !== '1';
}
