/**
 * Reads a generated article file and renders its body (I/O; see `renderBody` for the HTML).
 *
 * The article page calls this while it is built, rather than keeping every rendered body in
 * Astro's content store: the store is serialised, bundled and parsed again on every build, and
 * with 10,000 articles the bodies were 57 % of its 69 MB and cost more to carry (about 7 s) than
 * to render again (Sätteri parses a body in a fraction of a millisecond).
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { renderBody, type RenderedBody } from '../lib/articles/render-body.ts';

/**
 * Splits a generated file into its body and the number of lines before it. The front-matter is
 * delimited as gray-matter reads it: a first line `---`, up to the next line that is `---`.
 *
 * @example splitFrontMatter('---\ntitle: x\n---\nText\n') // { body: 'Text\n', lineOffset: 3 }
 */
export function splitFrontMatter(contents: string): { body: string; lineOffset: number } {
  const match = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(contents);
  if (!match) return { body: contents, lineOffset: 0 };
  return { body: contents.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

/**
 * Renders the body of the article file at `path` (absolute, or relative to the working folder,
 * which is the project root in every `npm run` script, as entries' `filePath` are). Errors name
 * the file relative to the working folder, with the line.
 *
 * @example (await renderArticleFile('content/articles/x.mdx')).html // '<p>…</p>'
 */
export async function renderArticleFile(path: string): Promise<RenderedBody> {
  const file = relative(process.cwd(), resolve(path));
  let contents: string;
  try {
    contents = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${file}: could not read the article (${(error as Error).message}). Build again: \`npm run build\` writes the articles and the site together.`, { cause: error });
  }
  const { body, lineOffset } = splitFrontMatter(contents);
  return renderBody(body, file, lineOffset);
}
