/** Result of decoding one source file's bytes. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// Characters that change how text is shown without being text: bidi embeddings, overrides and
// isolates (the "Trojan Source" trick), zero-width spaces and joiners, word joiner, stray BOMs.
// Dropping them keeps titles and quotes reading as they are stored.
const invisible = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0 and C1 controls other than tab and line feed; NUL bytes from a bad copy are the usual case.
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Turns raw bytes into normalised text: UTF-8 (with or without BOM; a few stray invalid bytes in
 * otherwise UTF-8 text are read one by one as Windows-1252), UTF-16 LE/BE with BOM, or, when
 * the bytes are not UTF-8, the `charset` a page declares (HTML) or else Windows-1252 (a superset
 * of Latin-1). Line endings (CRLF, CR, NEL, U+2028/9) become `\n`, text becomes NFC,
 * control characters, bidi controls and zero-width characters are dropped. Binary and empty input
 * are refused with a reason for the user.
 *
 * @example decodeText(new TextEncoder().encode('\uFEFFDie Aktie\r\n')) // { ok: true, text: 'Die Aktie\n', … }
 * @example decodeText(Uint8Array.from([0x4b, 0xfc, 0x72]), { charset: 'iso-8859-1' }) // { ok: true, text: 'Kür', encoding: 'iso-8859-1' }
 */
export function decodeText(bytes: Uint8Array, options: { charset?: string | null } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty; add the article text or delete the file' };
  const decoded = decodeBytes(bytes, options.charset ?? null);
  if (isBinary(decoded.text)) {
    return { ok: false, reason: 'the file looks binary, not text; save the article as plain text (.txt, UTF-8) or as a web page (.html)' };
  }
  const text = normaliseText(decoded.text);
  if (text.trim() === '') return { ok: false, reason: 'the file holds only white space; add the article text or delete the file' };
  return { ok: true, text, encoding: decoded.encoding };
}

/**
 * The text clean-up `decodeText` applies, for text that arrives by another way (an HTML page's
 * character references, a front-matter string): one kind of line ending, no control, bidi or
 * zero-width characters, NFC.
 *
 * @example normaliseText('Ku\u0308rs\r\n\u202Eevil') // 'Kürs\nevil'
 */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(controls, '').replace(invisible, '').normalize('NFC');
}

function decodeBytes(bytes: Uint8Array, charset: string | null): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Text that is mostly UTF-8 with a few stray bytes (a Latin-1 "ä" pasted into a UTF-8 page)
    // stays UTF-8: one bad byte must not turn every "für" into "fÃ¼r".
    const mixed = decodeMostlyUtf8(bytes);
    if (mixed !== null) return { text: mixed, encoding: 'utf-8' };
    const fallback = toDecoder(charset) ?? new TextDecoder('windows-1252');
    return { text: fallback.decode(bytes), encoding: fallback.encoding };
  }
}

const windows1252 = new TextDecoder('windows-1252');

/**
 * Bytes that hold more valid UTF-8 multi-byte characters than invalid bytes, decoded as UTF-8
 * with each invalid byte read as Windows-1252; null for text that is not mostly UTF-8.
 *
 * @example decodeMostlyUtf8(Uint8Array.from([0x66, 0xc3, 0xbc, 0x72, 0x20, 0xe4])) // 'für ä'
 */
export function decodeMostlyUtf8(bytes: Uint8Array): string | null {
  const invalid: number[] = [];
  let valid = 0;
  for (let index = 0; index < bytes.length; ) {
    const length = toSequenceLength(bytes, index);
    if (length === 0) {
      invalid.push(index);
      index += 1;
    } else {
      if (length > 1) valid += 1;
      index += length;
    }
  }
  if (valid <= invalid.length) return null;
  let text = '';
  let start = 0;
  for (const index of invalid) {
    text += utf8.decode(bytes.subarray(start, index)) + windows1252.decode(bytes.subarray(index, index + 1));
    start = index + 1;
  }
  return text + utf8.decode(bytes.subarray(start));
}

// The length of the well-formed UTF-8 sequence at `index` (the Unicode standard's table 3-7), or 0.
function toSequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  const inRange = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return inRange(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

// A declared charset that is UTF-8 (already failed) or unknown to the platform gives no decoder.
function toDecoder(charset: string | null): TextDecoder | null {
  if (charset === null) return null;
  try {
    const decoder = new TextDecoder(charset.trim());
    return decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') ? null : decoder;
  } catch {
    return null;
  }
}

// Text has few control characters; more than 1 in 100 (NULs included) means a binary file.
function isBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const count = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return count > Math.max(2, sample.length / 100);
}
