import { decodeText } from './decode-text.ts';
import { htmlToText } from './html-to-text.ts';
import { readMarkdown } from './read-markdown.ts';
import { sniffCharset } from './sniff-charset.ts';
import type { SourceHints } from '../types.ts';

/** A source's article text with its metadata hints, or why it holds none. */
export type SourceText =
  | { ok: true; text: string; encoding: string; hints: SourceHints | null; warnings: string[] }
  | { ok: false; reason: string };

/** File endings ingest reads as articles, and how each is read. */
export const sourceFormats = { '.txt': 'text', '.md': 'markdown', '.html': 'html', '.htm': 'html' } as const;

/**
 * Turns one source file's bytes into article text by its format: `.txt` as is, `.md` without
 * its front-matter (which becomes hints), `.html`/`.htm` through the HTML extractor, its declared
 * charset honoured when the bytes are not UTF-8.
 *
 * @example toSourceText('a.md', new TextEncoder().encode('---\ntitle: X\n---\nBody')) // { ok: true, text: 'Body', hints: { origin: 'front-matter', title: 'X' }, … }
 */
export function toSourceText(file: string, bytes: Uint8Array): SourceText {
  const format = toFormat(file);
  const decoded = decodeText(bytes, format === 'html' ? { charset: sniffCharset(bytes) } : {});
  if (!decoded.ok) return decoded;
  if (format === 'html') {
    const page = htmlToText(decoded.text);
    if (page.text.trim() === '') {
      return { ok: false, reason: 'the page has no text outside scripts, navigation and ads; save the article page itself, or paste its text into a .txt file' };
    }
    return { ok: true, text: page.text, encoding: decoded.encoding, hints: page.hints, warnings: [] };
  }
  if (format === 'markdown') return { ok: true, encoding: decoded.encoding, ...readMarkdown(decoded.text) };
  return { ok: true, text: decoded.text, encoding: decoded.encoding, hints: null, warnings: [] };
}

/** The format a file name stands for, or null when ingest does not read it. */
export function toFormat(file: string): (typeof sourceFormats)[keyof typeof sourceFormats] | null {
  const dot = file.lastIndexOf('.');
  const ext = dot === -1 ? '' : file.slice(dot).toLowerCase();
  return Object.hasOwn(sourceFormats, ext) ? sourceFormats[ext as keyof typeof sourceFormats] : null;
}
