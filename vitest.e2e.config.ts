import { defineConfig } from 'vitest/config';

// Browser tests: build the site once if needed, then drive headless Chromium against dist/.
export default defineConfig({
  test: {
    include: ['scripts/e2e/**/*.e2e.ts'],
    // Temporary folders of the run go below one folder, removed at the end; then the site build.
    globalSetup: ['scripts/testing/test-temp-dir.ts', 'scripts/e2e/global-setup.ts'],
    // One browser at a time fits a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
