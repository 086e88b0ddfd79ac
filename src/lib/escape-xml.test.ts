import { describe, expect, test } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escapeXml', () => {
  test('escapes every XML special character and drops forbidden ones', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0000g\uD800h`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fgh');
    expect(escapeXml('😀 Kurs')).toBe('😀 Kurs');
  });
});
