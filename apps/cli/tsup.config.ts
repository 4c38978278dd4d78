import { defineConfig } from 'tsup';

export default defineConfig({
  // One build for the library surface and the executable: the commands bin.js imports on demand
  // are chunks both share, and one clean cannot delete what a parallel build just wrote.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  // For bin.js; a hashbang line is a comment in the other modules.
  banner: { js: '#!/usr/bin/env node' },
});
