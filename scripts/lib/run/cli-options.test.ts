import { describe, expect, test } from 'vitest';
import { parseCliOptions } from './cli-options.ts';

describe('parseCliOptions', () => {
  test('content/overrides is applied to content/sources only: another --sources gets no overrides unless it names some', () => {
    expect(parseCliOptions([]).overrides).toBe('content/overrides');
    expect(parseCliOptions(['--sources', '/home/me/clippings']).overrides).toBeNull();
    expect(parseCliOptions(['--sources', '/home/me/clippings', '--overrides', '/home/me/corrections']).overrides).toBe('/home/me/corrections');
    expect(parseCliOptions(['--overrides', 'content/overrides', '--sources', 'x']).overrides).toBe('content/overrides');
  });
});
