import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The crash test starts the engine from dist/ in a child process: build it first when stale.
    globalSetup: ['./test/build-once.ts'],
    // Tests start real processes; two cores, so leave room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
