/**
 * Bundles the search page's script, `src/search-ui/main.ts`, into `<dist>/search.js` after the
 * build (Node only).
 *
 * One classic script, not a module: from `file://` Chromium runs classic scripts but blocks
 * module scripts. esbuild (already Astro's dependency) turns the TypeScript modules into one
 * minified IIFE; the same input gives the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { searchScriptPath } from '../lib/paths.ts';

const entry = fileURLToPath(new URL('../search-ui/main.ts', import.meta.url));

/** Astro integration that writes `search.js` into the built site. */
export function searchScript(): AstroIntegration {
  return {
    name: 'dossier:search-script',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const code = await bundleSearchScript();
        await writeFile(join(fileURLToPath(dir), searchScriptPath), code);
        logger.info(`Wrote ${searchScriptPath} (${(code.byteLength / 1024).toFixed(1)} kB)`);
      },
    },
  };
}

/** Returns the search page's script as one minified classic script. */
export async function bundleSearchScript(): Promise<Uint8Array> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      minify: true,
      // Browsers of the last few years; `import()` and `??=` stay as written.
      target: 'es2022',
      legalComments: 'none',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.contents;
  } catch (error) {
    throw new Error(`Failed to bundle the search script ${entry}: fix the error above, then build again.`, { cause: error });
  }
}
