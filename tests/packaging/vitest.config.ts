import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing, an npm install from the registry (better-sqlite3 builds from source) and a
    // type-check per package take minutes, more while CI runs the other suites beside it.
    testTimeout: 600_000,
    hookTimeout: 1_200_000,
  },
});
