import { defineConfig } from 'vitest/config';

// CI runs every package's tests at once on two cores: a generous limit catches hangs, not slowness.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } });
