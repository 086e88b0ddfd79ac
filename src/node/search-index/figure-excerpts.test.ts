// Pagefind puts a space before the text of every element with an id (an anchor, to it), so a
// figure whose <mark> carried the id showed as `bei " Halten"` in search excerpts. This runs the
// real Pagefind over an article body as the page renders it.
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { close, createIndex } from 'pagefind';
import { renderBody } from '../../lib/articles/render-body.ts';

async function indexedText(bodies: Record<string, string>): Promise<Record<string, string>> {
  const { index } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind did not start');
  for (const [name, html] of Object.entries(bodies)) {
    await index.addHTMLFile({ url: `/${name}.html`, content: `<!doctype html><html lang="de"><body><main data-pagefind-body>${html}</main></body></html>` });
  }
  const texts: Record<string, string> = {};
  for (const file of (await index.getFiles()).files) {
    if (!file.path.startsWith('fragment/')) continue;
    const json = gunzipSync(Buffer.from(file.content)).toString('utf8');
    const fragment = JSON.parse(json.slice(json.indexOf('{'))) as { url: string; content: string };
    texts[fragment.url.replace(/^\/|\.html$/g, '')] = fragment.content;
  }
  return texts;
}

afterAll(async () => {
  await close();
});

describe('figures in the search index', () => {
  test('keep the text around them as it is written', async () => {
    const body = 'Die Analysten bleiben bei „<Fig id="m1" kind="analyst_rating">Halten</Fig>“ und sehen das Ziel bei (<Fig id="m2" kind="price_target">41 Euro</Fig>).';
    const texts = await indexedText({
      page: renderBody(body, 'x.mdx').html,
      // The way a figure was marked before: the id on the mark itself.
      before: '<p>Die Analysten bleiben bei „<mark id="m1">Halten</mark>“.</p>',
    });
    expect(texts['page']).toContain('bleiben bei „Halten“ und sehen das Ziel bei (41 Euro).');
    expect(texts['before']).toContain('bei „ Halten“');
  });
});
