import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the GUI (and the server it is generated from) when the sources are newer than dist.
    globalSetup: ['./test/build-once.ts'],
    // A real Chromium and real runs on a machine shared with other work.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // What the page shows follows the server: give each look a while on a loaded machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
