/** Result of decoding one source file's bytes. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin = new TextDecoder('windows-1252');

/**
 * Turns raw bytes into normalised text: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * Windows-1252 when the bytes are not valid UTF-8. Line endings become `\n`, text becomes NFC,
 * stray NUL bytes are dropped. Binary and empty input are refused with a reason for the user.
 *
 * @example decodeText(new TextEncoder().encode('\uFEFFDie Aktie\r\n')) // { ok: true, text: 'Die Aktie\n', … }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty; add the article text or delete the file' };
  const decoded = decodeBytes(bytes);
  if (isBinary(decoded.text)) {
    return { ok: false, reason: 'the file looks binary, not text; save the article as plain text (.txt, UTF-8)' };
  }
  const text = decoded.text.replace(/\u0000/g, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') return { ok: false, reason: 'the file holds only white space; add the article text or delete the file' };
  return { ok: true, text, encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: latin.decode(bytes), encoding: 'windows-1252' };
  }
}

// Text has few control characters; more than 1 in 100 (NULs included) means a binary file.
function isBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length / 100);
}
