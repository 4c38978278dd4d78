import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One run compiles every probe workflow through the CLI (a process each, a few at a time).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
