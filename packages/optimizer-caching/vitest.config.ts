import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    hookTimeout: 120_000,
    // CI runs many packages at once on two cores; the offline solver loads WebAssembly.
    testTimeout: 60_000,
  },
});
