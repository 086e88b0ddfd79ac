import { readdirSync } from 'node:fs';
import { compareText } from '../../../src/lib/compare.ts';

/**
 * One entry under the sources folder: a regular file to read, something else (a link, a socket,
 * a device) to skip, or an entry that cannot be read at all, with the reason. `file` is the path
 * relative to the sources folder with "/" separators, as reports and overrides name it; `path` is
 * the path to open, as bytes.
 */
export type ListedSource =
  | { file: string; path: Buffer; kind: 'file' | 'other' }
  | { file: string; path: Buffer; kind: 'failed'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Characters a name must not carry onto a page: C0 and C1 controls, bidi embeddings, overrides
// and isolates, zero-width characters (the ones `normaliseText` drops from article text).
const hiddenInName = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/**
 * Lists every entry below `dir`, sorted by `file`, folder by folder and by bytes, so a name that
 * is not UTF-8 is still opened by its own bytes and never collapses onto another name. A folder
 * that cannot be listed (no permission, a path over the system's limit) and a name that is not
 * UTF-8 or holds control or bidi characters are `failed` entries; the walk goes on. Throws only
 * when `dir` itself cannot be listed.
 */
export function listSourceFiles(dir: string): ListedSource[] {
  const listed: ListedSource[] = [];
  walk(Buffer.from(dir), '', listed, { top: true, problem: null });
  return listed.sort((a, b) => compareText(a.file, b.file));
}

// `problem`: what is wrong with the name of a folder above, which every file below shares.
function walk(folder: Buffer, prefix: string, listed: ListedSource[], { top, problem }: { top: boolean; problem: string | null }): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    if (top) throw error;
    listed.push({ file: prefix, path: folder, kind: 'failed', reason: toFolderReason(error as NodeJS.ErrnoException, folder) });
    return;
  }
  for (const entry of entries) {
    const path = Buffer.concat([folder, Buffer.from('/'), entry.name]);
    const name = toDisplayName(entry.name);
    const file = `${prefix}${name.text}`;
    const reason = problem ?? name.problem?.replace('the file name', entry.isDirectory() ? 'the name of the folder' : 'the file name') ?? null;
    if (entry.isDirectory()) walk(path, `${file}/`, listed, { top: false, problem: reason });
    else if (reason !== null) listed.push({ file, path, kind: 'failed', reason });
    else listed.push({ file, path, kind: entry.isFile() ? 'file' : 'other' });
  }
}

/**
 * A name as text, and what is wrong with it: bytes that are not UTF-8 are shown as `\xFF`, so two
 * such names stay two entries (`bad\xFF.txt`, `bad\xFE.txt`) and none is mistaken for a real
 * `bad\uFFFD.txt`.
 */
function toDisplayName(bytes: Buffer): { text: string; problem: string | null } {
  try {
    const text = utf8.decode(bytes);
    const hidden = hiddenInName.exec(text);
    if (!hidden) return { text, problem: null };
    const code = `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return { text: text.replace(new RegExp(hiddenInName.source, 'gu'), (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`), problem: `the file name holds an invisible or control character (${code}), which would show on its page; rename it` };
  } catch {
    const text = [...bytes].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase()}`)).join('');
    return { text: toDisplayName(Buffer.from(text)).text, problem: `the file name is not UTF-8 (bytes ${bytes.toString('hex').replace(/(..)(?=.)/g, '$1 ')}), so it cannot name an article or an override; rename it in UTF-8 (e.g. \`convmv -f latin1 -t utf-8\`)` };
  }
}

function toFolderReason(error: NodeJS.ErrnoException, folder: Buffer): string {
  if (error.code === 'ENAMETOOLONG') return `the folder's path is ${folder.length} bytes, longer than the system allows (ENAMETOOLONG); move its files to a folder nearer the sources folder`;
  if (error.code === 'EACCES' || error.code === 'EPERM') return `the folder could not be read (${error.code}); check its permissions, or move it out of the sources folder`;
  return `the folder could not be read (${error.code ?? String(error)}); move it out of the sources folder`;
}
