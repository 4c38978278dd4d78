import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library surface: `couler server` and tests import it.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // Both builds run at once into dist/: this one cleans, sparing what the other writes.
    clean: ['!bin.js', '!bin.js.map', '!compile-source-worker.js', '!compile-source-worker.js.map'],
    target: 'node20',
  },
  {
    // `couler-server`: the same server without the CLI, for process-level tests and the benchmark.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The child process that runs a submitted TypeScript/JavaScript workflow source, beside index.js.
    entry: { 'compile-source-worker': 'src/source/compile-source-worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
  },
]);
