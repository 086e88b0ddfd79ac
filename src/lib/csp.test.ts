import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspDirectives } from './csp.ts';

describe('csp', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./csp.ts')).sort()).toEqual(['contentSecurityPolicy', 'cspDirectives']);
  });

  test('refuses by default and allows no inline or evaluated script', () => {
    expect(contentSecurityPolicy.startsWith("default-src 'none'; ")).toBe(true);
    const scripts = cspDirectives.find(([name]) => name === 'script-src')?.[1] ?? '';
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|blob:|\*/);
  });

  test('allows no data: image and no worker: the search page needs neither', () => {
    expect(cspDirectives.find(([name]) => name === 'img-src')?.[1]).toBe("'self'");
    expect(cspDirectives.map(([name]) => name)).not.toContain('worker-src');
  });

  // Docs that drift from the policy are worse than none: docs/hosting.md quotes it verbatim.
  test('is the policy docs/hosting.md gives for nginx and for static hosts', async () => {
    const doc = await readFile(new URL('../../docs/hosting.md', import.meta.url), 'utf8');
    expect(doc).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy}" always;`);
    expect(doc).toContain(`/*\n  Content-Security-Policy: ${contentSecurityPolicy}\n`);
  });
});
