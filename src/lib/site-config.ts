/**
 * The site's configuration file (`content/site.yaml`): its name, description and footer, the
 * language of its interface, and whether article pages name their source files. Declared once
 * here; `src/node/read-site-config.ts` reads the file for the pages.
 *
 * Environment-neutral: takes the file's text and the environment as arguments.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { parseOrThrow } from './parse-or-throw.ts';

/** Name of the environment variable that points the build at another configuration file. */
export const siteConfigVariable = 'DOSSIER_SITE_CONFIG';

/** Default configuration file, relative to the project root. */
export const defaultSiteConfigFile = 'content/site.yaml';

/**
 * Languages the interface (navigation, headings, labels) is written in. Only English so far: a
 * German interface needs every label translated, and a page that says `lang="de"` over English
 * words would mislead screen readers. Articles keep their own language either way.
 */
export const interfaceLanguages = ['en'] as const;

/** Every field is optional: a missing file, or a missing field, takes these defaults. */
export const siteConfigSchema = z
  .object({
    /** The site's name: in the header, every page title ("Article · Name") and the feeds' titles. */
    name: z.string().trim().min(1).max(80).default('Dossier'),
    /** One sentence about the site: the home page's meta description and the feeds' description. */
    description: z.string().trim().min(1).max(300).default('Company research from news articles.'),
    /** The footer line of every page, as plain text. */
    footer: z.string().trim().min(1).max(300).default('Dossier: company research from news articles.'),
    /** Language of the interface (`lang` of every page); see `interfaceLanguages`. */
    language: z.enum(interfaceLanguages, { error: `expected ${interfaceLanguages.map((code) => `"${code}"`).join(' or ')}: the interface has no words in other languages yet (articles keep their own language)` }).default('en'),
    /**
     * Whether article pages and `data/articles.json` name each article's source file
     * ("clippings/novo-2025-03-14.txt"). Off by default: on a public site a local file name is a
     * leak; turn it on for an intranet. Publisher and original address show either way, where known.
     */
    showSourceFiles: z.boolean().default(false),
  })
  .strict();

/** The site's configuration, defaults applied. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * Parses and validates the configuration YAML; an empty text gives every default. Throws one error
 * that names the file and each wrong field.
 *
 * @example parseSiteConfig('name: Nordlicht Research\n').name // 'Nordlicht Research'
 */
export function parseSiteConfig(text: string, file = defaultSiteConfigFile): SiteConfig {
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (cause) {
    throw new Error(`${file} is not valid YAML; fix the line the parser names: ${(cause as Error).message}`, { cause });
  }
  return parseOrThrow(siteConfigSchema, data, `Invalid site configuration ${file} (fields: ${Object.keys(siteConfigSchema.shape).join(', ')}; see docs/configuration.md)`);
}

/** Returns the configuration file named by `env`, else the default. */
export function resolveSiteConfigFile(env: Record<string, string | undefined>): string {
  const file = env[siteConfigVariable]?.trim();
  return file === undefined || file === '' ? defaultSiteConfigFile : file;
}
