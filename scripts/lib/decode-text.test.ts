import { describe, expect, test } from 'vitest';
import { decodeText } from './decode-text.ts';

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
  ])('%s', (_name, bytes, expected) => {
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, text: expected });
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
