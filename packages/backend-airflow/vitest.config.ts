import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Checks start python3 subprocesses and load Ruff's WebAssembly; CI runs packages side by side.
    testTimeout: 60_000,
  },
});
