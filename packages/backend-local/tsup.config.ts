import { defineConfig } from 'tsup';

export default defineConfig({
  // `launcher`: a small entry the CLI loads before the engine (prestartLauncher).
  entry: { index: 'src/index.ts', launcher: 'src/launcher.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // A native module: loaded from the user's node_modules, never bundled.
  external: ['better-sqlite3'],
});
