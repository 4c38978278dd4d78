import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The tests start loopback servers and the couler CLI as processes; two cores, so leave room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
