import { defineConfig } from 'vitest/config';

// Unit and pipeline tests sit beside their modules; browser tests (*.e2e.ts) have their own config.
export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
    // Temporary folders of the run go below one folder, removed at the end.
    globalSetup: ['scripts/testing/test-temp-dir.ts'],
    // CLI tests start real Node processes; on a loaded 2-core machine one can take several
    // seconds. A limit that only catches hangs, not a speed check (benchmarks do that).
    testTimeout: 30_000,
  },
});
