import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Airflow's check starts python3 per DAG; under a loaded CI several seconds each.
    testTimeout: 120_000,
  },
});
