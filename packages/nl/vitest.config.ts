import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Every hard check runs the TypeScript compiler; CI runs many packages at once on two cores.
    testTimeout: 120_000,
  },
});
