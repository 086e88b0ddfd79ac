/**
 * Reads the site's configuration file for the pages (Node only): `content/site.yaml`, or the file
 * `DOSSIER_SITE_CONFIG` names. A missing file gives every default (see `siteConfigSchema`).
 */
import { readFileSync } from 'node:fs';
import { parseSiteConfig, resolveSiteConfigFile, type SiteConfig } from '../lib/site-config.ts';

/** Reads and validates the configuration named by `env`; throws on a file that is there but wrong. */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const file = resolveSiteConfigFile(env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Could not read the site configuration ${file}; check its permissions.`, { cause: error });
    // A configuration named on purpose must be there; the default file is optional.
    if (file !== resolveSiteConfigFile({})) throw new Error(`The site configuration ${file} does not exist; create it or unset DOSSIER_SITE_CONFIG.`, { cause: error });
    text = '';
  }
  return parseSiteConfig(text, file);
}
