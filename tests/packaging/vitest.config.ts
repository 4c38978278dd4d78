import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing, an npm install from the registry and a type-check per package take a while.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
