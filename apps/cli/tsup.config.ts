import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library surface: what other apps and tests import.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // Both builds run at once into dist/: this one cleans, sparing what the other writes.
    clean: ['!bin.js', '!bin.js.map'],
    target: 'node20',
  },
  {
    // The executable. A separate config so the shebang lands on bin.js only.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
