import { defineConfig } from 'tsup';

export default defineConfig({
  // `test`: the loopback engine server, for tests of code that submits (the server's, a third party's).
  entry: { index: 'src/index.ts', 'test/index': 'test/support/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // import.meta.url in the CJS build too: the validator finds the schema files next to dist/.
  shims: true,
  // The Kubernetes client is ESM only; it is loaded with import() when a run is submitted.
  external: ['@kubernetes/client-node'],
});
