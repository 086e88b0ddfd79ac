/**
 * The content loader of the generated articles: each `<slug>.mdx` becomes an entry whose
 * front-matter is validated by the collection's schema. Bodies are not compiled as MDX modules
 * (bundling one module per article was 40 % of the build, issue #7) nor kept in the store: the
 * article page renders its body from the file (`renderArticleFile`).
 *
 * Entries are cached in Astro's data store by a digest of the file: an unchanged file's
 * front-matter is not parsed and validated again on the next build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import matter from 'gray-matter';
import { mapLimited } from '../node/map-limited.ts';

/** Options of `articlesLoader`. */
export interface ArticlesLoaderOptions {
  /** Folder of generated articles, absolute or relative to the project root. */
  base: string;
}

// Files read at once; enough to keep the disk busy without holding thousands of files open.
const readConcurrency = 16;

/**
 * Loads `<base>/**\/*.mdx` as articles. The entry id is the file's path without `.mdx`, which the
 * contract makes the article's slug; a file whose `slug` differs is an error. An entry's
 * `filePath` is relative to the project root, as Astro requires.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'dossier-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = isAbsolute(options.base) ? options.base : resolve(root, options.base);
      const files = await listArticleFiles(dir);
      if (files === null) context.logger.warn(`The articles folder ${dir} does not exist; run \`npm run ingest\` first.`);
      const seen = new Set<string>();
      await mapLimited(files ?? [], readConcurrency, async (file) => {
        seen.add(await syncFile(context, { root, dir, file }));
      });
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      watchFolder(context, { root, dir });
    },
  };
}

interface FileRef {
  root: string;
  dir: string;
  /** Path below `dir`, with `/` separators. */
  file: string;
}

// Stores one article unless the store already holds it at the same digest; returns its id.
async function syncFile({ store, parseData, generateDigest }: LoaderContext, { root, dir, file }: FileRef): Promise<string> {
  const path = join(dir, file);
  const id = file.slice(0, -'.mdx'.length);
  const filePath = relative(root, path).split(sep).join('/');
  const contents = await readFile(path, 'utf8');
  // The path is part of the digest: Astro's store ignores a `set` whose digest it already holds,
  // so an entry built from another --out folder (perhaps deleted since) would keep its old path.
  const digest = generateDigest(`${filePath}\n${contents}`);
  if (store.get(id)?.digest === digest) return id;
  // Options object given on purpose: without one gray-matter caches results by input string.
  const { data } = matter(contents, {});
  if (data['slug'] !== id) {
    throw new Error(`${filePath}: the front-matter says slug "${String(data['slug'])}", but the file is named "${id}.mdx". The slug is the file name; run \`npm run ingest\` to write the folder again.`);
  }
  store.set({ id, data: await parseData({ id, data, filePath: path }), filePath, digest });
  return id;
}

// `npm run dev`: re-read an article when ingest rewrites it, drop it when it is removed.
function watchFolder(context: LoaderContext, { root, dir }: Omit<FileRef, 'file'>): void {
  const { watcher, logger, store } = context;
  if (!watcher) return;
  watcher.add(dir);
  const toFile = (path: string) => {
    const file = relative(dir, path).split(sep).join('/');
    return file.endsWith('.mdx') && !file.startsWith('../') ? file : null;
  };
  const onChange = async (path: string) => {
    const file = toFile(path);
    if (file === null) return;
    try {
      await syncFile(context, { root, dir, file });
    } catch (error) {
      logger.error(`Failed to reload ${file}: ${(error as Error).message}`);
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (path) => {
    const file = toFile(path);
    if (file !== null) store.delete(file.slice(0, -'.mdx'.length));
  });
}

/** Lists the `.mdx` files below `dir` (paths with `/`, sorted), or null when `dir` is missing. */
async function listArticleFiles(dir: string): Promise<string[] | null> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return names.filter((name) => name.endsWith('.mdx')).map((name) => name.split(sep).join('/')).sort();
}
