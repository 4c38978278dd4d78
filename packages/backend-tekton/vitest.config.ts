import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The Tekton schemas take a moment to compile, and CI runs many packages side by side.
    testTimeout: 60_000,
  },
});
