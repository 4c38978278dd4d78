import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Process-level tests spawn dist/bin.js; build it first when src is newer.
    globalSetup: ['./test/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
