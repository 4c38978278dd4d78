import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Argo's schema takes about a second to compile, and the local-engine test runs processes;
    // CI runs many packages side by side.
    testTimeout: 60_000,
  },
});
