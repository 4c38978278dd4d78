import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The Argo schema takes about a second to compile; property tests compile many workflows.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
