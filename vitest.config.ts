import { defineConfig } from 'vitest/config';

// Unit and pipeline tests sit beside their modules; browser tests (*.e2e.ts) have their own config.
export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
  },
});
