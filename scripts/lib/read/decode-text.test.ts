import { describe, expect, test } from 'vitest';
import { decodeText, normaliseText } from './decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  test.each([
    ['UTF-8 without BOM', utf8('Die Aktie stieg.\n'), 'Die Aktie stieg.\n'],
    ['UTF-8 with BOM', utf8('\uFEFFDie Aktie stieg.'), 'Die Aktie stieg.'],
    ['CRLF and CR line endings', utf8('a\r\nb\rc'), 'a\nb\nc'],
    ['decomposed umlauts become NFC', utf8('Ku\u0308rzung'), 'K\u00fcrzung'],
    ['Windows-1252 umlauts', Uint8Array.from([0x4b, 0xfc, 0x72, 0x7a, 0x75, 0x6e, 0x67, 0x20, 0x80]), 'Kürzung €'],
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe4, 0x00]), 'Aä'],
    ['stray NUL bytes dropped', utf8('Alibaba\u0000 rose'), 'Alibaba rose'],
    ['UTF-16 BE with BOM', Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0xdf]), 'Aß'],
    ['mixed line endings, NEL and line separators', utf8('a\r\nb\rc\nd\u2028e\u0085f'), 'a\nb\nc\nd\ne\nf'],
    ['bidi overrides and zero-width characters dropped', utf8('\u202Eevil\u202C zero\u200Bwidth\u200D \u2067iso\u2069'), 'evil zerowidth iso'],
    ['other control characters dropped, tabs kept', utf8('a\u0007b\u001B[31mc\td'), 'ab[31mc\td'],
    ['invalid UTF-8 read as Windows-1252', Uint8Array.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0xc4]), 'Größe Ä'],
    // "für Größe" in UTF-8, then one Latin-1 "ä": the UTF-8 stays UTF-8, the stray byte is read alone.
    ['one stray byte in UTF-8 text', Uint8Array.from([0x66, 0xc3, 0xbc, 0x72, 0x20, 0x47, 0x72, 0xc3, 0xb6, 0xc3, 0x9f, 0x65, 0x20, 0xe4]), 'für Größe ä'],
  ])('%s', (_name, bytes, expected) => {
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, text: expected });
  });

  test('a declared charset decodes bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from([0x4b, 0xfc, 0x72, 0x20, 0xa4]); // ISO-8859-15: "Kür €"
    expect(decodeText(bytes, { charset: 'iso-8859-15' })).toMatchObject({ ok: true, text: 'Kür €', encoding: 'iso-8859-15' });
    // An unknown or UTF-8 label falls back to Windows-1252.
    expect(decodeText(bytes, { charset: 'no-such-charset' })).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decodeText(bytes, { charset: 'utf-8' })).toMatchObject({ ok: true, text: 'Kür ¤', encoding: 'windows-1252' });
  });

  test('a page declaring UTF-8 with one bad byte is not read as Windows-1252 as a whole', () => {
    const page = utf8('<meta charset="utf-8"><p>Kürzung für Größe</p>');
    const bytes = new Uint8Array([...page.subarray(0, 30), 0x96, ...page.subarray(30)]);
    const result = decodeText(bytes, { charset: 'utf-8' });
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (result.ok) expect(result.text).toContain('für Größe');
  });

  test('text with as many bad bytes as UTF-8 characters is not UTF-8', () => {
    // "ä" in UTF-8 once, two Latin-1 bytes: read as Windows-1252 as a whole.
    expect(decodeText(Uint8Array.from([0xc3, 0xa4, 0x20, 0xe4, 0xf6]))).toMatchObject({ ok: true, text: 'Ã¤ äö', encoding: 'windows-1252' });
  });

  test('the normaliser is exposed for text that arrives otherwise', () => {
    expect(normaliseText('Ku\u0308rs\r\n\u202Eevil')).toBe('Kürs\nevil');
  });

  test.each([
    ['empty', new Uint8Array(), /empty/],
    ['white space only', utf8(' \n\t\n'), /white space/],
    ['binary', Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256), /binary/],
  ])('%s input is refused with a reason', (_name, bytes, reason) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
