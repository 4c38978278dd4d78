import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Trials run real workflows on the local engine; CI runs many packages at once on two cores.
    testTimeout: 120_000,
  },
});
