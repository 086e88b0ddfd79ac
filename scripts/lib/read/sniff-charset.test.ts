import { describe, expect, test } from 'vitest';
import { sniffCharset } from './sniff-charset.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffCharset', () => {
  test.each([
    ['<meta charset="ISO-8859-1">', 'iso-8859-1'],
    ["<meta charset='windows-1252' />", 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', 'iso-8859-15'],
    ['<html><head><title>x</title></head>', null],
  ])('%s', (html, expected) => {
    expect(sniffCharset(bytes(html))).toBe(expected);
  });

  test('looks only at the first 1024 bytes, as the HTML prescan does', () => {
    expect(sniffCharset(bytes(`${' '.repeat(1100)}<meta charset="iso-8859-1">`))).toBeNull();
  });
});
