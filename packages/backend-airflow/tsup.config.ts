import { defineConfig } from 'tsup';

export default defineConfig({
  // `test`: the loopback engine server, for tests of code that submits (the server's, a third party's).
  // `versions`: the list `couler compile` offers, loaded without the backend.
  entry: { index: 'src/index.ts', versions: 'src/airflow-versions.ts', 'test/index': 'test/support/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // import.meta.url in the CJS build too: Ruff's WebAssembly package is required relative to it.
  shims: true,
  // The Ruff WebAssembly module is loaded at run time from its own package, never bundled.
  external: ['@astral-sh/ruff-wasm-nodejs'],
});
