import { defineConfig } from 'vitest/config';

// The end-to-end tests run whole workflows through the CLI; CI runs many packages at once.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } });
