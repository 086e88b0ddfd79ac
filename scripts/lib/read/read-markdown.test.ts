import { describe, expect, test } from 'vitest';
import { readMarkdown } from './read-markdown.ts';

describe('readMarkdown', () => {
  test('front-matter becomes hints, the body is the text', () => {
    const result = readMarkdown('---\ntitle: Siemens rises\ndate: 2025-12-12\npublisher: Example Wire\nurl: https://example.com/a\nlayout: x\n---\nShares rose.\n');
    expect(result).toEqual({
      text: 'Shares rose.\n',
      hints: { origin: 'front-matter', title: 'Siemens rises', published: '2025-12-12', publisher: 'Example Wire', url: 'https://example.com/a' },
      warnings: [],
    });
  });

  test('a file without front-matter, or with an opening rule but no closing one, is all text', () => {
    expect(readMarkdown('Shares rose.')).toEqual({ text: 'Shares rose.', hints: null, warnings: [] });
    expect(readMarkdown('---\nShares rose.')).toEqual({ text: '---\nShares rose.', hints: null, warnings: [] });
  });

  test('JavaScript front-matter is never evaluated', () => {
    const result = readMarkdown("---js\n{ title: (globalThis.__pwnedNode = 'eval ran', 'JS') }\n---\nBody text.");
    expect((globalThis as Record<string, unknown>)['__pwnedNode']).toBeUndefined();
    expect(result.text).toBe('Body text.');
    expect(result.hints).toBeNull();
    expect(result.warnings).toEqual(['front-matter in "js" ignored: Dossier reads YAML front-matter only']);
  });

  test('a YAML alias bomb is refused, the body kept', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const result = readMarkdown(`---\n${levels.join('\n')}\ntitle: *g\n---\nBody text.`);
    expect(result.text).toBe('Body text.');
    expect(result.hints).toBeNull();
    expect(result.warnings[0]).toMatch(/^front-matter ignored: it is not valid YAML \(Excessive alias count.*\); fix it or delete it$/);
  });

  test('YAML dates stay strings; a date that is not ISO is ignored with a warning', () => {
    expect(readMarkdown('---\ndate: 2025-12-12T04:09:05+01:00\n---\nx').hints?.published).toBe('2025-12-12T04:09:05+01:00');
    const loose = readMarkdown('---\ndate: 12. Dezember 2025\ntitle: X\n---\nx');
    expect(loose.hints).toEqual({ origin: 'front-matter', title: 'X' });
    expect(loose.warnings).toEqual(['front-matter date "12. Dezember 2025" ignored: write it as YYYY-MM-DD']);
  });

  test('hint strings lose control, bidi and zero-width characters', () => {
    expect(readMarkdown('---\ntitle: "A\\u202Eb\\u200Bc\\nd"\n---\nx').hints?.title).toBe('Abc d');
  });
});
